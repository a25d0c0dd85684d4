"""A file whose line ends were converted to CRLF twice (every line ends in ``\\r\\r\\n``) reads
as the same page with LF: each CR CR LF is one line end when that is the file's convention,
not a line end and a blank line (a reviewer's finding: a blank line after every line changed
the parse of nearly every page). Real blank lines (``\\r\\n\\r\\n``) stay blank lines, and so do
the few CR CR LF of a page whose line ends are otherwise CRLF. Pages written for these tests."""

from __future__ import annotations

import pytest

from articles.parsing import parse_page
from articles.parsing.htmltext import printed_text
from articles.parsing.lineends import doubled_line_ends, single_line_ends
from articles.parsing.page import page_lines

PAGE = (
    "岚川日报\n第2版\n要闻\n\n"
    "岚川县新建三座污水处理厂\n"
    "沿河十二个村生活污水集中处理\n\n"
    "本报讯（记者 顾言）岚川县三座乡镇污水处理厂日前全部建成投运，\n"
    "日处理能力合计一万二千吨。\n\n"
    "据县生态环境局介绍，三座处理厂均采用一体化设备，出水达到一级A标准。\n\n"
    "青石镇办起农机夜校\n\n"
    "本报讯（通讯员 许朗）青石镇农机夜校开课一个月，三百多名村民学会了修理拖拉机。\n"
)


def doubled(text: str) -> str:
    """``text`` (LF) converted to CRLF twice."""
    return text.replace("\n", "\r\n").replace("\n", "\r\n")


def test_a_page_converted_twice_parses_as_the_page():
    assert doubled(PAGE).count("\r\r\n") == PAGE.count("\n")
    assert parse_page(doubled(PAGE)) == parse_page(PAGE)


def test_its_lines_are_the_pages_lines():
    assert page_lines(doubled(PAGE)) == page_lines(PAGE)
    assert printed_text(doubled(PAGE)) == PAGE
    assert printed_text(doubled(PAGE.replace("顾言", "<b>顾言</b>"))) == PAGE


def test_the_story_keeps_its_deck_and_reporter():
    first, second = parse_page(doubled(PAGE)).articles
    assert first.headline == "岚川县新建三座污水处理厂"
    assert first.subheadline == "沿河十二个村生活污水集中处理"
    assert first.reporters == ("顾言",)
    assert second.headline == "青石镇办起农机夜校"


def test_blank_lines_of_a_crlf_page_stay_blank_lines():
    crlf = PAGE.replace("\n", "\r\n")
    assert not doubled_line_ends(crlf)
    assert single_line_ends(crlf) is crlf
    assert parse_page(crlf) == parse_page(PAGE)


def test_a_few_doubled_ends_among_crlf_ones_are_not_the_files_convention():
    crlf = PAGE.replace("\n", "\r\n")
    few = crlf.replace("要闻\r\n", "要闻\r\r\n", 1)  # one stray CR: a line end and a blank line
    assert not doubled_line_ends(few)
    assert page_lines(few)[0] == [*page_lines(PAGE)[0][:3], "", *page_lines(PAGE)[0][3:]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("甲\r\r\n乙\r\r\n\r\r\n丙\r\r\n", True),  # every end, a blank line among them
        ("甲\r\r\n乙", True),  # one end, one line
        ("甲\r\r\r\n乙\r\r\r\n", True),  # converted three times
        ("\r\r\n".join("甲" * 19) + "\r\n甲", True),  # 19 of 20: nearly every
        ("甲\r\r\n乙\r\n丙\r\n", False),  # one of three
        ("甲\r\r乙\r\r", False),  # an old Mac's blank lines: no LF
        ("甲\n乙\n", False),
    ],
)
def test_the_convention_is_every_or_nearly_every_line_end(text, expected):
    assert doubled_line_ends(text) is expected
