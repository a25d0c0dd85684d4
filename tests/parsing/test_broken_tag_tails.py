"""A broken tag's tail at the head of a line of a scraped page (``">乡村振兴开新局``) is the
site's markup, never printed (INPUT.md, "Encoding and layout"): the headline reads without it,
the tail is set aside; a printed quote mark stays (pages of my own)."""

import pytest

from articles.parsing.htmltext import printed_lines, printed_text
from tests.parsing.helpers import decks, parse, reasons

DATELINE = "本报讯（记者 王明）我市乡村振兴工作取得新进展，全年建成示范村十二个。"


@pytest.mark.parametrize(
    "tail",
    [
        '">',
        '"/>',
        "' />",
        "'>",
        "/>",
        '" / >',
        '" target="_blank">',
        "' title='乡村振兴' target=_blank>",
        '" rel="noopener" data-id="12" />',
    ],
)
def test_a_headline_after_a_broken_tag_s_tail_reads_without_it(tail):
    parsed = parse(tail + "乡村振兴开新局", DATELINE)
    assert decks(parsed) == [("", "乡村振兴开新局", "")]
    assert reasons(parsed) == {tail: "archive-separator"}


def test_a_tag_tail_before_a_traditional_headline_under_a_full_width_indent():
    parsed = parse(
        '\u3000\u3000">鄉村振興開新局', "本報訊（記者 王明）我市鄉村振興工作取得新進展。"
    )
    assert [a.headline for a in parsed.articles] == ["鄉村振興開新局"]


def test_a_tag_tail_after_a_block_tag_on_a_tagged_page_is_dropped_too():
    parsed = parse('<p>"/>乡村振兴开新局</p>', f"<p>{DATELINE}</p>")
    assert decks(parsed) == [("", "乡村振兴开新局", "")]


def test_a_tag_tail_alone_on_its_line_is_set_aside_whole():
    parsed = parse('">', "乡村振兴开新局", DATELINE)
    assert decks(parsed) == [("", "乡村振兴开新局", "")]
    assert reasons(parsed) == {'">': "archive-separator"}


def test_a_tag_tail_opening_a_paragraph_is_not_printed():
    parsed = parse("乡村振兴开新局", DATELINE, '">全市农民人均可支配收入增长百分之七。')
    assert [b.text for b in parsed.articles[0].blocks][-1] == "全市农民人均可支配收入增长百分之七。"


@pytest.mark.parametrize(
    "line",
    [
        '"乡村振兴"开新局',
        "'乡村振兴'开新局",
        "“>”号表示大于",
        "&quot;&gt;乡村振兴开新局",
        '乡村振兴">开新局',
        '"乡村振兴" 开新局>',
        '"Hello" world">',
        '" 乡村="振兴">开新局',
    ],
)
def test_a_printed_quote_or_a_tail_not_at_a_line_s_head_is_not_read_as_markup(line):
    html = printed_lines([line])
    assert html.tags == {} and html.tags_only == frozenset()


def test_continuations_match_the_text_read_without_the_tail():
    assert printed_text('">乡村振兴开新局\n' + DATELINE) == "乡村振兴开新局\n" + DATELINE
