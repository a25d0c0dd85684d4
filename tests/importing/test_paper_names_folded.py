"""Paper names that differ only in traditional and simplified characters (晴川日报 / 晴川日報):
the name written exactly is that paper; a folded name is a paper only when one paper folds to
it, else it is refused naming each with its slug, as the spreadsheets' 报纸 is
(``articles.importing.papers.papers_written``); ``--new-paper`` never folds a name silently
into an existing paper; and a page printing the other paper's name is warned about."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Issue, Page, Publication

pytestmark = pytest.mark.django_db

DAY = "2026-11-02"
PAGE = (
    "{masthead}\n2026年11月2日 星期一  A1 要闻\n\n码头改造工程开工\n\n"
    "本报讯（记者王海涛）城东码头改造工程昨日开工，预计明年五月完工，届时可停靠万吨级货轮。\n"
)


def run(*args) -> str:
    out = StringIO()
    call_command("import_pages", *map(str, args), "--workers", "0", stdout=out, stderr=StringIO())
    return out.getvalue()


def page_file(tmp_path, masthead: str = "晴川日报"):
    path = tmp_path / "A1.txt"
    path.write_text(PAGE.format(masthead=masthead), encoding="utf-8")
    return path


def group(tmp_path):
    """A folder of 晴川日报's pages (qc-daily, by its paper.json)."""
    day = tmp_path / "group" / "qc-daily" / DAY
    day.mkdir(parents=True)
    (day.parent / "paper.json").write_text(
        json.dumps({"name": "晴川日报", "slug": "qc-daily"}), encoding="utf-8"
    )
    (day / "A1.txt").write_text(PAGE.format(masthead="晴川日报"), encoding="utf-8")
    return day.parent.parent


@pytest.fixture
def daily():
    return Publication.objects.create(name="晴川日报", slug="qc-daily")


@pytest.fixture
def twins(daily):
    """Both spellings are papers (the desk lets an editor add the second)."""
    Publication.objects.create(name="晴川日報", slug="qc-daily-hk")


def test_new_paper_with_an_existing_paper_s_name_in_traditional_characters_is_refused(
    tmp_path, daily
):
    with pytest.raises(CommandError) as refused:
        run(page_file(tmp_path), "--new-paper", "--paper", "晴川日報", "--date", DAY)
    message = str(refused.value)
    assert "“晴川日報”与已有的报纸“晴川日报”（网址名 qc-daily）只差繁体、简体" in message
    assert "请去掉 --new-paper，用 --paper qc-daily" in message
    assert not Page.objects.exists() and Publication.objects.count() == 1


def test_without_new_paper_the_traditional_name_still_means_the_existing_paper(tmp_path, daily):
    run(page_file(tmp_path), "--paper", "晴川日報", "--date", DAY)
    assert Issue.objects.get().publication == daily


def test_only_paper_takes_the_paper_named_exactly_not_the_one_it_folds_to(tmp_path, twins):
    with pytest.raises(CommandError) as refused:
        run(group(tmp_path), "--only-paper", "晴川日報", "--dry-run")
    assert "没有一个属于报纸 '晴川日報'" in str(refused.value)
    out = run(group(tmp_path / "again"), "--only-paper", "晴川日报", "--dry-run")
    assert "晴川日报" in out


def test_a_name_two_papers_fold_to_is_refused_naming_both_slugs(tmp_path):
    Publication.objects.create(name="体育日报", slug="tiyu")
    Publication.objects.create(name="體育日報", slug="tiyu-hk")
    for flag in ("--only-paper", "--paper"):
        with pytest.raises(CommandError) as refused:
            run(page_file(tmp_path), flag, "体育日報", "--date", DAY)
        message = str(refused.value)
        assert "“体育日報”可指不止一份报纸" in message, flag
        assert "“体育日报”（网址名 tiyu）、“體育日報”（网址名 tiyu-hk）" in message
        assert "网址名，如 tiyu" in message
    assert not Page.objects.exists()


def test_a_page_printing_the_other_spelling_s_paper_is_warned_about(tmp_path, twins):
    out = run(page_file(tmp_path, "晴川日報"), "--paper", "晴川日报", "--date", DAY)
    assert "版面上印的报名是“晴川日報”，却导入为“晴川日报”" in out


def test_the_other_spelling_alone_is_no_other_paper(tmp_path, daily):
    """Only 晴川日报 exists: a masthead printed 晴川日報 is its name (no warning)."""
    out = run(page_file(tmp_path, "晴川日報"), "--paper", "晴川日报", "--date", DAY)
    assert "版面上印的报名是" not in out


def test_new_paper_with_a_paper_json_name_in_other_characters_is_refused_too(tmp_path, daily):
    folder = group(tmp_path)
    (folder / "qc-daily").rename(folder / "qc-daily-hk")
    (folder / "qc-daily-hk" / "paper.json").write_text(
        json.dumps({"name": "晴川日報", "slug": "qc-daily-hk"}), encoding="utf-8"
    )
    with pytest.raises(CommandError, match="与已有的报纸“晴川日报”（网址名 qc-daily）只差繁体"):
        run(folder, "--new-paper")
    assert Publication.objects.count() == 1 and not Page.objects.exists()
