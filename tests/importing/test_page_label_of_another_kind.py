"""A file whose name gives the page's number without the section letter the issue's pages have
(``01.txt`` into an issue with ``A1``), or with one they have not (``A1.txt`` beside ``1``), is
refused before anything is written, naming both labels and both ways on; given explicitly
(``--page``, the desk's 版次) it is imported as given. Command, ``--json`` and the desk alike."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.importing.labelmix import mixed_with
from articles.models import Article, Page

pytestmark = pytest.mark.django_db

LEAD = (
    "北岸新区开通第一条有轨电车\n"
    "本报讯（记者石磊）北岸新区第一条有轨电车昨天开通，全长十二公里，设站十五座，"
    "沿线居民到市中心的时间缩短一半。\n"
)
OTHER = "河边步道今日完工\n本报讯 沿河步道昨天全线完工，全长三公里，市民可以沿河散步。\n"
FLAGS = ("--paper", "北岸晨报", "--date", "2020-07-09", "--workers", "0")


def run(*args) -> str:
    out = StringIO()
    call_command("import_pages", *map(str, args), *FLAGS, stdout=out, stderr=StringIO())
    return out.getvalue()


def write(folder, name, text=LEAD):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def homes() -> list[tuple[str, str]]:
    return sorted((page.label, page.source_name) for page in Page.objects.all())


def test_a_number_only_name_beside_the_issues_lettered_page_is_refused(tmp_path):
    run(write(tmp_path / "a", "A1.txt"), "--new-paper")
    before = (homes(), list(Article.objects.values_list("pk", "page_id")))
    path = write(tmp_path / "b", "01.txt")

    with pytest.raises(CommandError) as refused:
        run(path)

    message = str(refused.value)
    assert (
        f"{path}: 本期已有A1版；文件 01.txt 的版次“1”像是同一版。若是A1版，请改名为 A1.txt "
        "或加 --page A1；若确是另一叠的第1版，请加 --page 1"
    ) in message, message
    assert (homes(), list(Article.objects.values_list("pk", "page_id"))) == before


def test_json_refusal_names_the_file(tmp_path):
    run(write(tmp_path / "a", "A1.txt"), "--new-paper")
    path = write(tmp_path / "b", "01.txt")
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("import_pages", str(path), *FLAGS, "--json", stdout=out, stderr=StringIO())
    (error,) = json.loads(out.getvalue())["errors"]
    assert error["file"] == str(path)
    assert "本期已有A1版" in error["message"]


def test_the_reverse_a_lettered_name_beside_a_numbered_page_is_refused(tmp_path):
    run(write(tmp_path / "a", "1.txt"), "--new-paper")
    path = write(tmp_path / "b", "A1.txt")
    with pytest.raises(CommandError) as refused:
        run(path)
    message = str(refused.value)
    assert "本期已有1版；文件 A1.txt 的版次“A1”像是同一版。若是1版，请改名为 1.txt" in message
    assert "若确是A叠的第1版，请加 --page A1" in message
    assert Page.objects.count() == 1


def test_page_flag_takes_it_either_way(tmp_path):
    run(write(tmp_path / "a", "A1.txt"), "--new-paper")
    run(write(tmp_path / "b", "01.txt"), "--page", "A1")  # the same page: a re-import
    assert [p.label for p in Page.objects.all()] == ["A1"]
    run(write(tmp_path / "c", "01.txt", OTHER), "--page", "1")  # really another section's
    assert sorted(p.label for p in Page.objects.all()) == ["1", "A1"]


def test_a_dated_name_is_renamed_keeping_its_date(tmp_path):
    run(write(tmp_path / "a", "A1.txt"), "--new-paper")
    with pytest.raises(CommandError) as refused:
        run(write(tmp_path / "b", "2020-07-09_01.txt"))
    assert "请改名为 2020-07-09_A1.txt" in str(refused.value)


def test_no_mix_for_a_reimport_another_section_or_a_new_number(tmp_path):
    run(write(tmp_path / "a", "A1.txt"), "--new-paper")
    run(write(tmp_path / "b", "A1.txt"))  # the same label
    run(write(tmp_path / "c", "B1.txt", OTHER))  # another section's page 1
    run(write(tmp_path / "d", "A2.txt", OTHER))  # a new number of the issue's form
    # (2.txt, a new number without letters, is refused: test_label_forms_in_one_issue)
    assert sorted(p.label for p in Page.objects.all()) == ["A1", "A2", "B1"]


def test_mixed_with_rule():
    assert mixed_with("1", ["A1", "A2"]) == "A1"
    assert mixed_with("A1", ["1", "2"]) == "1"
    assert mixed_with("1", ["1", "A1"]) is None
    assert mixed_with("B1", ["A1"]) is None
    assert mixed_with("3", ["A1", "A2"]) is None
