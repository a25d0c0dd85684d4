"""What --overwrite-edited deletes of published stories is a clause of the page's line (将删去 in
a dry run, 已删去 in a real one), not only a warning: a whole story (readers lose its address)
and a published story's continuation (readers see only its other pages) apart."""

from __future__ import annotations

import json

import pytest

from articles.importing.reportlines import published_removed, report_clauses
from articles.importing.reports import PageImportReport
from tests.importing.test_published_story_kept import (  # noqa: F401
    CUT,
    FLAGS,
    page_file,
    published,
    run,
)

pytestmark = pytest.mark.django_db
STORY = "A4版 第2位的已发布稿件“渡口加开夜班船”：新的版面文本里已没有它，按 --overwrite-edited 将删去（读者再打不开它的地址）"
PART = "A5版 第1位“渡口加开夜班船”的续文（已发布）：新的版面文本里已没有它，按 --overwrite-edited 已删去（读者只看到它在A4版的部分）"


def test_a_dry_runs_page_line_says_the_published_story_will_be_deleted(tmp_path, published):  # noqa: F811
    cut = page_file(tmp_path, "cut2.txt", CUT)
    out = run(cut, "--page", "2", *FLAGS, "--dry-run", "--overwrite-edited")
    assert "；将删去 1 篇已发布的稿件（读者再打不开它的地址）" in out.splitlines()[0]


def test_a_real_runs_page_line_says_the_published_story_was_deleted(tmp_path, published):  # noqa: F811
    cut = page_file(tmp_path, "cut2.txt", CUT)
    out = run(cut, "--page", "2", *FLAGS, "--overwrite-edited")
    assert "；已删去 1 篇已发布的稿件（读者再打不开它的地址）" in out.splitlines()[0]


def test_the_json_clauses_name_it(tmp_path, published):  # noqa: F811
    cut = page_file(tmp_path, "cut2.txt", CUT)
    report = json.loads(
        run(cut, "--page", "2", *FLAGS, "--json", "--dry-run", "--overwrite-edited")
    )
    (clause,) = [c for c in report["pages"][0]["clauses"] if c["kind"] == "published_removed"]
    assert clause["count"] == 1 and clause["text"].startswith("将删去 1 篇已发布的稿件")


def test_a_published_continuation_deleted_is_its_own_clause():
    report = PageImportReport(source="5.txt", paper="渡口报", date="2024-01-02", label="A5")
    report.warnings = [PART, "line 3: （下转A9版） follows no text; set aside"]
    assert published_removed(report.warnings) == ([], [PART])
    (clause,) = report_clauses(report)
    assert clause.kind == "published_continuations_removed"
    assert clause.text == "已删去 1 段已发布稿件的续文（读者只看到它在别版的部分）"
    assert report.published_removed == [PART]
    assert report.other_warnings == ["line 3: （下转A9版） follows no text; set aside"]


def test_a_warning_of_another_kind_is_no_clause():
    report = PageImportReport(source="4.txt", paper="渡口报", date="2024-01-02", label="A4")
    report.warnings = [STORY.replace("已发布稿件", "稿件")]
    assert report_clauses(report) == []
