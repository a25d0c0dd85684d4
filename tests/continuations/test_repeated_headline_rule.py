"""The repeated headline under 上接, decided against the story's deck (no database).

INPUT.md, "Continuations (jumps)": a continuation often repeats the headline, or a shortened one,
under its backward marker, which stands on its own line or is glued to the first words. The
parser keeps those words as text; :mod:`articles.continuations.headlines` makes them the part's
title lines once the story's deck shows they repeat it. Pages written for these tests (a county
paper's page 2).
"""

from articles.continuations.headlines import as_parsed, as_stitched, leads, title_count

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
    raw = page("（上接第一版）" + HEAD, "", BODY, "", MORE)
    other = ["", "青山县三座污水处理厂同时开工", ""]
    assert as_stitched([HEAD], parsed_part(BODY), leads(raw), other) == (
        [],
        parsed_part(HEAD + BODY),
    )
    assert as_stitched([HEAD], parsed_part(BODY), leads(raw), None) == (
        [],
        parsed_part(HEAD + BODY),
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
    assert title_count(lead, BODY, DECK) == 0
    assert title_count(lead, HEAD + BODY, DECK) == 1
    assert title_count(lead, HEAD, DECK) == 0  # (nothing left: the paragraph is no text)
