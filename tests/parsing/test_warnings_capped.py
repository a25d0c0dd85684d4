"""A page of thousands of stray markers lists its first warnings and says how many more there
were, so the import report and the desk's preview stay readable (fresh review, 2026-12-01)."""

from articles.importing.reports import warning_in_chinese
from articles.parsing.page import MAX_WARNINGS
from tests.parsing.helpers import parse


def test_stray_markers_past_the_limit_are_counted_not_listed():
    parsed = parse("（下转A2版）" * 200)
    assert len(parsed.warnings) == MAX_WARNINGS + 1
    assert parsed.warnings[-1] == "150 more warnings not listed"
    assert warning_in_chinese(parsed.warnings[-1]) == "还有 150 条提示未列出"


def test_a_few_warnings_are_all_listed():
    parsed = parse("（下转A2版）" * 3)
    assert len(parsed.warnings) == 3
