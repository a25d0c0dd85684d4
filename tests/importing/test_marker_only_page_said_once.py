"""A page that holds nothing but continuation markers: each stray marker is said once in the
import report (its warning, with its line number), not again as a line that looks like text;
the desk's 请先核对 holds it once, as a stray marker, so the desk's home counts the page."""

from io import StringIO

import pytest
from django.core.management import call_command

from articles.importing.reportlines import warnings_in_chinese
from articles.importing.storedflags import STRAY_MARKER, stored_flags
from articles.models import Page
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


def test_a_stray_marker_is_one_flag_for_the_desk_to_check():
    # (the desk's home counts a page's 请先核对 flags: a page of stray markers must show there)
    parsed = parse_page(MARKERS_ONLY)
    flags = stored_flags(parsed, MARKERS_ONLY)
    assert [(flag["line"], flag["kind"]) for flag in flags] == [
        (1, STRAY_MARKER),
        (3, STRAY_MARKER),
        (5, STRAY_MARKER),
    ]
    assert flags[0]["text"] == "（下转第3版）"


@pytest.mark.django_db
def test_import_pages_says_each_stray_marker_once(tmp_path):
    page = tmp_path / "A1.txt"
    page.write_text(
        "江边步道今天开放\n\n本报讯（记者李木）江边步道今天开放，全长三公里。\n\n（下转第3版）\n\n"
        + "（上接第1版）\n",
        encoding="utf-8",
    )
    out = StringIO()
    call_command(
        "import_pages", str(page), "--paper", "晴川日报", "--date", "2024-05-06", stdout=out
    )
    said = out.getvalue()
    assert said.count("（上接第1版）") == 1 and "请先核对：" not in said
    assert Page.objects.get().parser_flags[-1]["kind"] == STRAY_MARKER
