"""A conflict line says what the run does: a dry run (--dry-run, --json with dry_run true, the
desk's preview) that the story will be kept (将保留), a real run that it was (已保留), as the
page's line does."""

from __future__ import annotations

import json

import pytest

from articles.importing.reportlines import conflict_in_chinese
from tests.importing.test_published_story_kept import (  # noqa: F401
    CUT,
    FLAGS,
    page_file,
    published,
    run,
)

pytestmark = pytest.mark.django_db
KEPT_LINE = "A3 #2 “渡口加开夜班船”: published and no longer in the page text; kept (use it)"


def conflicts(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.strip().startswith("冲突：")]


def test_a_dry_runs_conflict_says_the_published_story_will_be_kept(tmp_path, published):  # noqa: F811
    cut = page_file(tmp_path, "cut2.txt", CUT)
    (line,) = conflicts(run(cut, "--page", "2", *FLAGS, "--dry-run"))
    assert "新的版面文本里已没有它，将保留，读者仍能打开" in line
    assert "已保留" not in line


def test_a_real_runs_conflict_says_the_published_story_was_kept(tmp_path, published):  # noqa: F811
    cut = page_file(tmp_path, "cut2.txt", CUT)
    (line,) = conflicts(run(cut, "--page", "2", *FLAGS))
    assert "新的版面文本里已没有它，已保留，读者仍能打开" in line


def test_the_json_of_a_dry_run_says_will_be_kept(tmp_path, published):  # noqa: F811
    cut = page_file(tmp_path, "cut2.txt", CUT)
    report = json.loads(run(cut, "--page", "2", *FLAGS, "--json", "--dry-run"))
    (page,) = report["pages"]
    assert page["dry_run"] is True
    (conflict,) = page["conflicts"]
    assert "将保留" in conflict and "已保留" not in conflict


def test_the_words_follow_the_mode_for_every_kind_of_kept_line():
    assert "，已保留，" in conflict_in_chinese(KEPT_LINE)
    assert "，将保留，" in conflict_in_chinese(KEPT_LINE, dry_run=True)
    photo = "A3 photo #1: has an uploaded image or hand edits and is not in the text"
    assert "，将保留（" in conflict_in_chinese(photo, dry_run=True)
