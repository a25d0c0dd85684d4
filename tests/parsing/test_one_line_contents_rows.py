"""Rows of a contents box (``今日导读``) that give page and title on one line are teasers: the page
first (``B2 标题``, ``第二版　标题``, ``A4：标题``), or after the title behind leader dots
(``标题·····B2``) or in brackets (``标题（B2版）``); the box may print blank lines under its label
and between its rows. A page-first row counts only under the box's label or another teaser: a page's own
running head (``A2 要闻``) stays page furniture.

INPUT.md ("Teasers"): front-page pointers to inner pages are not articles. Invented titles.
"""

from tests.parsing.helpers import decks, parse, reasons

STORY = (
    "",
    "青石港新航线开通",
    "",
    "本报讯（记者 周岚）昨日，青石港至东湾的集装箱航线开通，每周两班。",
    "",
)


def _teasers(parsed):
    return [("".join(t.title_lines), t.target_label) for t in parsed.teasers]


def test_page_first_rows_with_a_chinese_numbered_page_or_a_colon():
    parsed = parse("本期导读", "第二版　东湾渔村办起民宿", "A4：青石中学新校区落成", *STORY)
    assert _teasers(parsed) == [("东湾渔村办起民宿", "2"), ("青石中学新校区落成", "A4")]
    assert decks(parsed) == [("", "青石港新航线开通", "")]


def test_leader_dots_and_bracketed_letter_pages_with_blank_lines_in_the_box():
    rows = ("东湾渔村办起民宿·····B2", "", "青石中学新校区落成（B3版）")
    parsed = parse("今日看点", "", *rows, *STORY)
    assert _teasers(parsed) == [("东湾渔村办起民宿", "B2"), ("青石中学新校区落成", "B3")]
    assert decks(parsed) == [("", "青石港新航线开通", "")]


def test_a_running_head_outside_a_contents_box_is_no_teaser():
    # boundary: no box label above, so ``A2 要闻`` is the page's own head, not a teaser
    parsed = parse("A2 要闻", *STORY)
    assert parsed.teasers == ()
    assert reasons(parsed)["A2 要闻"] == "page-header"
    assert decks(parsed) == [("", "青石港新航线开通", "")]
