"""A re-import whose text no longer has a published story keeps it (readers keep its address)
and says so in the dry run, the real run and --json; --overwrite-edited removes it and names it."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article

pytestmark = pytest.mark.django_db

FIRST = (
    "湖滨区新开两条公交线路\n本报讯（记者顾晓岚）湖滨区昨天新开两条公交线路，方便沿线居民出行。\n"
)
SECOND = (
    "社区图书室周末延长开放\n"
    "本报讯（记者程一帆）从本周起，各社区图书室周末开放到晚上八点。\n\n"
    "老街口的梧桐树挂上了名牌\n"
    "本报讯（记者沈立）老街口的二十棵梧桐树昨天挂上了写有树龄的名牌。\n"
)
CUT = SECOND.split("\n\n")[0] + "\n"


def run(*args) -> str:
    out = StringIO()
    call_command("import_pages", *map(str, args), "--workers", "0", stdout=out, stderr=StringIO())
    return out.getvalue()


def page_file(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


FLAGS = ("--paper", "湖滨日报", "--date", "2024-03-05")


@pytest.fixture
def published(tmp_path, client):
    run(page_file(tmp_path, "1.txt", FIRST), page_file(tmp_path, "2.txt", SECOND), *FLAGS)
    _publish()
    story = Article.objects.get(headline="老街口的梧桐树挂上了名牌")
    assert client.get(story.get_absolute_url()).status_code == 200
    return story


def _publish() -> None:
    from articles.models import Issue

    issue = Issue.objects.get()
    call_command(
        "publish_issue",
        "--paper",
        issue.publication.slug,
        "--date",
        "2024-03-05",
        stdout=StringIO(),
    )


def test_a_published_story_cut_from_the_page_text_is_kept_and_reported(
    tmp_path, client, published, django_capture_on_commit_callbacks
):
    cut = page_file(tmp_path, "cut2.txt", CUT)
    dry = run(cut, "--page", "2", *FLAGS, "--dry-run")
    with django_capture_on_commit_callbacks(execute=True):
        real = run(cut, "--page", "2", *FLAGS)
    assert "1 篇已发布的稿件不在新的版面文本里（将保留，读者仍能打开）" in dry
    assert "1 篇已发布的稿件不在新的版面文本里（已保留，读者仍能打开）" in real
    for out in (dry, real):
        assert "处冲突" not in out.splitlines()[0]  # not counted as a hand edit
        conflict = next(line for line in out.splitlines() if line.strip().startswith("冲突："))
        assert "“老街口的梧桐树挂上了名牌”" in conflict and "已经发布" in conflict
        assert "--overwrite-edited" in conflict and "撤回" in conflict
    assert client.get(published.get_absolute_url()).status_code == 200


def test_the_json_report_lists_the_kept_published_story(tmp_path, published):
    cut = page_file(tmp_path, "cut2.txt", CUT)
    report = json.loads(run(cut, "--page", "2", *FLAGS, "--json"))
    (conflict,) = report["pages"][0]["conflicts"]
    assert "老街口的梧桐树挂上了名牌" in conflict and "已经发布" in conflict


def test_overwrite_edited_removes_it_and_names_it_even_after_a_run_that_kept_it(
    tmp_path, client, published, django_capture_on_commit_callbacks
):
    cut = page_file(tmp_path, "cut2.txt", CUT)
    run(cut, "--page", "2", *FLAGS)
    with django_capture_on_commit_callbacks(execute=True):  # the public cache told
        out = run(cut, "--page", "2", *FLAGS, "--overwrite-edited")
    assert "已发布稿件“老街口的梧桐树挂上了名牌”" in out and "已删去" in out
    assert not Article.objects.filter(pk=published.pk).exists()
    assert client.get(published.get_absolute_url()).status_code == 404


def test_a_draft_cut_from_the_page_text_still_goes_without_a_conflict(tmp_path):
    run(page_file(tmp_path, "2.txt", SECOND), "--page", "2", *FLAGS)
    out = run(page_file(tmp_path, "cut2.txt", CUT), "--page", "2", *FLAGS)
    assert "冲突" not in out
    assert not Article.objects.filter(headline="老街口的梧桐树挂上了名牌").exists()
