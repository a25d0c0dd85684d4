"""A page that holds nothing but continuation markers: each stray marker is said once in the
import report (its warning, with its line number), not again as a line that looks like text."""

from articles.importing.reportlines import warnings_in_chinese
from articles.importing.storedflags import stored_flags
from articles.parsing import parse_page

MARKERS_ONLY = "（下转第3版）\n\n（下转第4版）\n\n（上接第1版）\n"


def test_a_stray_marker_is_warned_about_and_not_flagged_as_text_as_well():
    parsed = parse_page(MARKERS_ONLY)
    flags = stored_flags(parsed, MARKERS_ONLY)
    assert [flag["kind"] for flag in flags if flag["kind"] == "set-aside-text"] == []
    assert len(warnings_in_chinese(list(parsed.warnings))) == 3


def test_a_backward_marker_followed_by_no_text_is_warned_about_at_its_line():
    parsed = parse_page(MARKERS_ONLY)
    assert warnings_in_chinese(list(parsed.warnings))[-1] == (
        "第5行：接续标记“（上接第1版）”后面没有正文（请核对）"
    )
