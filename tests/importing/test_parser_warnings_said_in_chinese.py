"""Every warning the parser writes (English, stored with the page as ``Page.import_warnings``) is
said in Chinese wherever a report shows it: each kind the parser has
(articles/importing/warninglines.py), among them a target-first teaser with no title under it
(``■A5 海港新区`` over a date line), in ``import_pages``' text and ``--json`` reports, the
desk's upload preview and its result (tests/admin/test_desk_reports_chinese.py)."""

from __future__ import annotations

import json
import re
from io import StringIO

import pytest
from django.core.management import call_command

from articles.importing.warninglines import warning_in_chinese
from articles.parsing import parse_page
from articles.parsing.page import MAX_WARNINGS

#: A target-first teaser whose next line is the date (furniture), not its title.
NO_TITLE = (
    "导读\n■A5 海港新区\n2024年5月6日\n\n江边步道今天开放\n\n"
    "本报讯（记者李木）江边步道今天开放，全长三公里。\n"
)
SAID = "第2行：导读“■A5 海港新区”下面没有它的标题行，不算导读，已放在一边（请核对）"
ENGLISH = re.compile(r"[A-Za-z]{3,}")

PAGES = {
    "title lines alone": "红星县报\n\n山区公路今年全线贯通\n\n乡村振兴看今朝\n",
    "teaser with no title above": "本期导读\n\n■A5 海港新区\n\n首批企业入驻\n",
    "teaser with no title under": NO_TITLE,
    "stray forward marker": "（下转第3版）\n\n江边步道今天开放\n\n本报讯（记者李木）步道今天开放。\n",
    "backward marker with no text": "江边步道今天开放\n\n本报讯（记者李木）步道今天开放。\n\n（上接第1版）\n",
    "more than the parser lists": "\n\n".join(["（下转第3版）"] * (MAX_WARNINGS + 3)) + "\n",
}


@pytest.mark.parametrize("text", PAGES.values(), ids=PAGES.keys())
def test_each_kind_of_parser_warning_is_said_in_chinese(text):
    warnings = parse_page(text).warnings
    assert warnings
    for line in warnings:
        said = warning_in_chinese(line)
        assert not ENGLISH.search(said), (line, said)


def test_a_teaser_with_no_title_under_it_is_said_in_chinese():
    parsed = parse_page(NO_TITLE)
    assert parsed.warnings == ("line 2: teaser ■A5 海港新区 has no title line; set aside",)
    assert warning_in_chinese(parsed.warnings[0]) == SAID
    # (no teaser without a title: the target is set aside as printed)
    assert parsed.teasers == ()
    assert (2, "■A5 海港新区", "teaser-untitled") in [
        (s.line, s.text, s.reason) for s in parsed.set_aside
    ]


def test_a_target_alone_on_a_page_of_markers_is_said_set_aside():
    (first, _) = parse_page("■A4\n\n（下转A2版）\n").warnings
    assert (
        warning_in_chinese(first)
        == "第1行：导读“■A4”上面没有标题行，不算导读，已放在一边（请核对）"
    )


@pytest.mark.parametrize(
    ("stored", "said"),
    [
        (
            "line 2: teaser ■A5 海港新区 has no title line",
            "第2行：导读“■A5 海港新区”下面没有它的标题行（请核对）",
        ),
        (
            "line 1: teaser ■A4 has no title lines above it",
            "第1行：导读“■A4”上面没有标题行（请核对）",
        ),
    ],
)
def test_warnings_stored_by_earlier_parser_versions_are_still_said_in_chinese(stored, said):
    # (a report stored before version 32, when the target alone was kept as a teaser)
    assert warning_in_chinese(stored) == said


@pytest.mark.django_db
def test_import_pages_says_it_in_chinese_in_text_and_json(tmp_path):
    page = tmp_path / "A1.txt"
    page.write_text(NO_TITLE, encoding="utf-8")
    args = (str(page), "--paper", "晴川日报", "--date", "2024-05-06")
    out = StringIO()
    call_command("import_pages", *args, stdout=out, stderr=StringIO())
    assert f"注意：{SAID}" in out.getvalue() and "teaser" not in out.getvalue()
    out = StringIO()
    call_command("import_pages", *args, "--json", stdout=out, stderr=StringIO())
    [report] = json.loads(out.getvalue())["pages"]
    assert report["warnings"] == [SAID]
