"""The repeated headline under 上接, decided against the story's deck (no database).

INPUT.md, "Continuations (jumps)": a continuation often repeats the headline, or a shortened one,
under its backward marker, which stands on its own line or is glued to the first words. The
parser keeps those words as text; :mod:`articles.continuations.headlines` makes them the part's
title lines once the story's deck shows they repeat it. Pages written for these tests (a county
paper's page 2).
"""

import pytest

from articles.continuations.headlines import (
    as_parsed,
    as_stitched,
    leads,
    put_back,
    title_count,
)
from articles.parsing import parse_page

HEAD = "青山县新建三座污水处理厂"
DECK = ["", HEAD, ""]
BODY = "县生态环境局表示，三座污水处理厂建成后，全县城镇污水处理率将提高到百分之九十五以上。"
MORE = "据了解，三座处理厂均采用膜生物反应器工艺，日处理能力合计两万吨。"


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def parsed_part(first: str) -> list[dict]:
    """The blocks the parser makes of such a page: the leading line glued into the paragraph."""
    return [{"kind": "paragraph", "text": first}, {"kind": "paragraph", "text": MORE}]


def stitched(raw: str, first: str, deck=DECK):
    return as_stitched([], parsed_part(first), leads(raw), deck)


def test_marker_glued_to_the_headline_then_a_blank_line():
    raw = page("（上接第一版）" + HEAD, "", BODY, "", MORE)
    assert stitched(raw, HEAD + BODY) == ([HEAD], parsed_part(BODY))


def test_marker_on_its_own_line_then_the_headline_then_the_text():
    raw = page("（上接第一版）", HEAD, BODY, "", MORE)
    assert stitched(raw, HEAD + BODY) == ([HEAD], parsed_part(BODY))


def test_marker_then_a_blank_line_then_a_shortened_headline():
    raw = page("（上接第一版）", "", "新建三座污水处理厂", BODY, "", MORE)
    assert stitched(raw, "新建三座污水处理厂" + BODY) == (["新建三座污水处理厂"], parsed_part(BODY))


def test_headline_and_subheadline_repeated_under_the_marker():
    deck = ["", HEAD, "日处理能力合计两万吨"]
    raw = page("（上接第一版）", HEAD, "日处理能力合计两万吨", "", BODY)
    assert stitched(raw, HEAD + "日处理能力合计两万吨" + BODY, deck) == (
        [HEAD, "日处理能力合计两万吨"],
        parsed_part(BODY),
    )


def test_the_headline_compared_as_normalised_for_matching():
    raw = page("（上接第１版）", "青山縣新建３座污水處理廠", BODY)
    deck = ["", "青山县新建3座污水处理厂", ""]
    assert stitched(raw, "青山縣新建３座污水處理廠" + BODY, deck)[0] == ["青山縣新建３座污水處理廠"]


def test_continued_sentence_glued_to_the_marker_stays_text():
    raw = page(
        "（上接第一版）设计单位进场勘查",
        "确保明年六月建成投用，全县城镇污水处理率将提高。",
        "",
        MORE,
    )
    first = "设计单位进场勘查确保明年六月建成投用，全县城镇污水处理率将提高。"
    assert stitched(raw, first) == ([], parsed_part(first))


def test_a_piece_of_the_headline_cut_by_the_column_stays_text():
    # The lines of one cut column are as long as each other: the piece is not set apart.
    raw = page(
        "（上接第一版）三座污水处理厂", "建成后全县城镇污水处理率将提高到", "百分之九十五以上。"
    )
    first = "三座污水处理厂建成后全县城镇污水处理率将提高到百分之九十五以上。"
    assert stitched(raw, first) == ([], parsed_part(first))


def test_a_shortened_headline_glued_to_the_marker_over_a_longer_last_line_is_a_title_line():
    # The line under it ends the paragraph yet is longer: the piece's line is no column line.
    raw = page("（上接第一版）污水处理厂", "全县污水处理率将提高到九成以上。", "", MORE)
    first = "污水处理厂全县污水处理率将提高到九成以上。"
    assert stitched(raw, first) == (
        ["污水处理厂"],
        parsed_part("全县污水处理率将提高到九成以上。"),
    )


def test_a_shortened_headline_with_words_left_out_is_a_title_line():
    raw = page("（上接第一版）", "", "青山县污水处理厂", BODY, "", MORE)
    assert stitched(raw, "青山县污水处理厂" + BODY) == (["青山县污水处理厂"], parsed_part(BODY))


def test_the_headline_followed_by_words_that_go_on_it_stays_text():
    raw = page(
        "（上接第一版）", HEAD, "的选址工作已经完成，全县城镇污水处理率将提高到百分之九十五以上。"
    )
    first = HEAD + "的选址工作已经完成，全县城镇污水处理率将提高到百分之九十五以上。"
    assert stitched(raw, first) == ([], parsed_part(first))


def test_a_short_piece_of_the_headline_is_not_enough():
    raw = page("（上接第一版）", "", "污水处理", BODY)
    assert stitched(raw, "污水处理" + BODY) == ([], parsed_part("污水处理" + BODY))


def test_a_piece_cut_inside_a_word_of_the_headline_is_not_a_shortened_headline():
    raw = page("（上接第一版）", "", "县新建三座污水处理", BODY)
    first = "县新建三座污水处理" + BODY
    assert stitched(raw, first) == ([], parsed_part(first))


def test_a_continuation_without_a_repeated_headline_is_unchanged():
    raw = page("（上接第一版）" + BODY, "", MORE)
    assert stitched(raw, BODY) == ([], parsed_part(BODY))


def test_without_a_story_nothing_changes():
    raw = page("（上接第一版）" + HEAD, "", BODY)
    assert stitched(raw, HEAD + BODY, deck=None) == ([], parsed_part(HEAD + BODY))


def test_the_split_is_glued_back_when_the_deck_no_longer_says_it():
    raw = page("（上接第一版）" + HEAD, BODY, "", MORE)  # (no blank line: the parser glued it)
    other = ["", "青山县三座污水处理厂同时开工", ""]
    assert as_stitched([HEAD], parsed_part(BODY), leads(raw), other) == (
        [],
        parsed_part(HEAD + BODY),
    )
    assert as_stitched([HEAD], parsed_part(BODY), leads(raw), None) == (
        [],
        parsed_part(HEAD + BODY),
    )


def test_a_title_the_parser_read_set_apart_under_the_marker_stays_whatever_the_deck():
    raw = page("（上接第一版）" + HEAD, "", BODY, "", MORE)
    other = ["", "青山县三座污水处理厂同时开工", ""]
    for deck in (other, None):
        assert as_stitched([HEAD], parsed_part(BODY), leads(raw), deck) == (
            [HEAD],
            parsed_part(BODY),
        )


def test_title_lines_printed_over_the_marker_are_the_parsers_and_stay():
    raw = page(HEAD, "（上接第一版）" + BODY, "", MORE)
    assert as_parsed([HEAD], parsed_part(BODY), leads(raw)) == ([HEAD], parsed_part(BODY))
    assert as_stitched([HEAD], parsed_part(BODY), leads(raw), ["", "别的标题", ""])[0] == [HEAD]


def test_merged_markers_start_no_lead():
    raw = page("……建成投用，（下转第二版）（上接第一版）" + HEAD + "县生态环境局表示。")
    assert leads(raw) == []


def test_title_count_is_zero_when_the_paragraph_does_not_open_with_the_lines():
    (lead,) = leads(page("（上接第一版）", HEAD, BODY))
    assert title_count(lead, parsed_part(BODY), DECK) == 0
    assert title_count(lead, parsed_part(HEAD + BODY), DECK) == 1
    assert title_count(lead, [{"kind": "paragraph", "text": HEAD}], DECK) == 0  # (no text left)


# --- A repeated headline that ends with a mark: a paragraph (or crosshead) of its own ---------
# The parser ends a paragraph at a line that ends a sentence (。！？…, a closing quote, ——), so
# such a repeated headline is not glued into the text: it is taken off as whole blocks.

SURGE = "用电高峰来了！"
SURGE_DECK = ["", SURGE, "全县用电负荷创新高"]
TEXT = (
    "据介绍，县供电公司已组织抢修队伍二十四小时待命，确保居民和重点企业用电，并对老旧线路开展巡查。"
)
LATER = "县供电公司提醒市民错峰用电，空调温度不低于二十六摄氏度。"


def read(*lines: str):
    """The page as the parser reads it: its raw text and its first story's (title lines, blocks)."""
    raw = page(*lines)
    story = parse_page(raw).articles[0]
    return raw, (list(story.title_lines), [{"kind": b.kind, "text": b.text} for b in story.blocks])


def texts(blocks: list[dict]) -> list[str]:
    return [b["text"] for b in blocks]


@pytest.mark.parametrize(
    ("printed", "headline"),
    [
        ("用电高峰来了！", "用电高峰来了！"),
        ("用电高峰来了!", "用电高峰来了！"),  # half-width mark
        ("用电高峰来了？", "用电高峰来了"),  # another mark, the deck without one
        ("用电高峰来了……", "用电高峰来了"),
        ("用电高峰来了。", "用电高峰来了！"),
        ("用党建品牌让社会组织“亮心”", "用党建品牌让社会组织“亮心”"),  # a closing quote
        ("让社会组织「亮心」", "让社会组织「亮心」"),
        ("用电高峰来了", "用电高峰来了！"),  # no mark under the marker: glued, as before
    ],
)
def test_a_repeated_headline_is_a_title_line_whatever_its_end_mark(printed, headline):
    raw, (title_lines, blocks) = read("（上接A1版）", printed, TEXT, "", LATER)
    assert as_stitched(title_lines, blocks, leads(raw), ["", headline, ""]) == (
        [printed],
        [{"kind": "paragraph", "text": TEXT}, {"kind": "paragraph", "text": LATER}],
    )


@pytest.mark.parametrize(
    "lines",
    [
        ("（上接A1版）" + SURGE, TEXT),  # glued to the marker
        ("（上接A1版）", "", SURGE, "", TEXT),  # between blank lines
    ],
    ids=["glued-to-marker", "blank-lines"],
)
def test_a_headline_paragraph_of_its_own_is_taken_off_wherever_it_stands(lines):
    raw, (title_lines, blocks) = read(*lines)
    assert texts(blocks)[0] == SURGE  # (the parser's own paragraph)
    assert as_stitched(title_lines, blocks, leads(raw), SURGE_DECK) == (
        [SURGE],
        [{"kind": "paragraph", "text": TEXT}],
    )


def test_a_headline_and_a_subheadline_as_paragraph_and_crosshead_are_both_title_lines():
    raw, (title_lines, blocks) = read("（上接A1版）", SURGE, "全县用电负荷创新高", TEXT, "", LATER)
    assert [b["kind"] for b in blocks][:2] == ["paragraph", "crosshead"]
    assert as_stitched(title_lines, blocks, leads(raw), SURGE_DECK) == (
        [SURGE, "全县用电负荷创新高"],
        [{"kind": "paragraph", "text": TEXT}, {"kind": "paragraph", "text": LATER}],
    )


def test_a_kicker_ending_in_a_dash_and_a_quoted_headline_are_both_title_lines():
    deck = ["港闸区组织部门强化引领——", "用党建品牌让社会组织“亮心”", ""]
    raw, (title_lines, blocks) = read("（上接A1版）", *deck[:2], TEXT, "", LATER)
    assert as_stitched(title_lines, blocks, leads(raw), deck)[0] == deck[:2]


def test_a_shortened_headline_with_its_end_mark_set_apart_is_a_title_line():
    raw, (title_lines, blocks) = read("（上接A1版）", "", "高峰来了！", "", TEXT)
    assert as_stitched(title_lines, blocks, leads(raw), SURGE_DECK)[0] == ["高峰来了！"]


@pytest.mark.parametrize(
    "lines",
    [
        ("（上接A1版）", SURGE + TEXT),  # the sentence goes on, on the same printed line
        (
            "（上接A1版）" + SURGE + "”",
            "市民张女士笑着说，家里的空调从早开到晚。",
            "",
            LATER,
        ),  # a quotation's end
        ("（上接A1版）", SURGE, "”市民张女士笑着说，家里的空调从早开到晚。", "", LATER),  # goes on
        ("（上接A1版）", "用电高峰来了，全县负荷创新高！", TEXT),  # starts like it, says more
        ("（上接A1版）", SURGE, ""),  # nothing after it: the part is that text
    ],
    ids=["same-line", "closing-quote", "quote-after", "longer-sentence", "nothing-after"],
)
def test_a_first_sentence_that_starts_like_the_headline_stays_text(lines):
    raw, parsed = read(*lines)
    assert as_stitched(*parsed, leads(raw), SURGE_DECK) == parsed


@pytest.mark.parametrize(
    "lines",
    [
        ("（上接A1版）", SURGE, TEXT, "", LATER),
        ("（上接A1版）" + SURGE, "", TEXT),
        ("（上接A1版）", "全县用电负荷创新高", SURGE, TEXT),
        ("（上接A1版）", SURGE, "全县用电负荷创新高", TEXT, "", LATER),
        ("（上接A1版）", "全县用电负荷创新高", TEXT, "", LATER),
    ],
)
def test_a_split_is_put_back_as_the_parser_made_the_blocks(lines):
    raw, parsed = read(*lines)
    split = as_stitched(*parsed, leads(raw), SURGE_DECK)
    assert split[0]  # (taken off)
    assert as_stitched(*split, leads(raw), ["", "县供电公司启动迎峰度夏预案", ""]) == parsed
    assert as_parsed(*split, leads(raw)) == parsed
    assert put_back(*split) == parsed[1]
