"""Marks from jieba's token offsets, mapped back to the printed text."""

import pytest

from search.engine import parse_query
from search.highlight import highlight, snippet

pytestmark = pytest.mark.django_db  # parsing a query brings the dictionary up to date


def test_title_words_are_marked_and_the_rest_escaped():
    html = highlight("用党建品牌让<社会组织>“亮心”", parse_query("党建"))
    assert html == "用<mark>党建</mark>品牌让&lt;社会组织&gt;“亮心”"


def test_a_word_inside_another_word_is_not_marked_by_tokens():
    # 党建 is a query term; in 政党建立 jieba reads 政党 / 建立, so nothing is marked there.
    html = highlight("政党建立与党建工作", parse_query("党建"))
    assert html == "政党建立与<mark>党建</mark>工作"


def test_substring_matches_are_marked_when_no_token_matches():
    html = highlight("南通国际会展中心迎来展会", parse_query("会展中心"))
    assert html == "南通国际<mark>会展中心</mark>迎来展会"


def test_marks_map_back_to_full_width_text():
    html = highlight("推进ＡＩ应用", parse_query("ai"))
    assert html == "推进<mark>ＡＩ</mark>应用"


def test_adjacent_terms_are_one_mark():
    html = highlight("全市打好污染防治攻坚战", parse_query("污染 防治"))
    assert "<mark>污染防治</mark>" in html


def test_snippet_is_centred_on_the_matches_with_ellipses():
    text = (
        "开头的话。" * 40 + "市委书记徐惠民强调，要把节约土地资源放在重要位置。" + "结尾的话。" * 40
    )
    html = snippet(text, parse_query("徐惠民 土地"))
    assert html.startswith("…") and html.endswith("…")
    assert "<mark>徐惠民</mark>" in html and "<mark>土地</mark>" in html
    assert len(html) < 200


def test_snippet_without_a_match_in_the_body_is_its_beginning():
    html = snippet("第一段文字。第二段文字。", parse_query("标题里的词"))
    assert html == "第一段文字。第二段文字。"


def test_marks_map_back_when_one_printed_character_is_several():
    # ㍿ reads 株式会社 and ﬁ reads fi: the marks after them still fall on the printed words.
    html = highlight("㍿东方港口ﬁ港口", parse_query("港口"))
    assert html == "㍿东方<mark>港口</mark>ﬁ<mark>港口</mark>"
    assert highlight("㍿株式会社", parse_query("株式会社")) == "<mark>㍿株式会社</mark>"


def test_a_text_of_one_character_for_one_needs_no_offset_table():
    from search.highlight import _normalised_with_map

    norm, origin = _normalised_with_map("報道ＡＩ")
    assert norm == "报道ai" and list(origin) == [0, 1, 2, 3]
    norm, origin = _normalised_with_map("ﬁ报")
    assert norm == "fi报" and list(origin) == [0, 0, 1]


def test_a_text_is_normalised_character_by_character_whatever_its_characters():
    from search.highlight import _normalised_with_map
    from search.text import normalize

    # Every 37th character of the plane, and the ones that read as several or as none.
    sample = "".join(chr(c) for c in range(0x20, 0xD800, 37)) + "報ＡＩﬁ㍿\u00ad\U00020000Σ"
    for text in (sample, sample[:200], "港口建设報道ＡＩ", "\U00020000報"):
        norm, origin = _normalised_with_map(text)
        assert norm == "".join(normalize(ch) for ch in text)
        assert list(origin) == [i for i, ch in enumerate(text) for _ in normalize(ch)]


@pytest.mark.parametrize(
    "text",
    [
        "港口建设继续推进，第3.5个泊位验收。市长（兼港务局长）说：“港口要建好！”",
        "南通港口 Nantong Port, 2020年7月9日;港口吞吐量增长12.5%？是的、港口。",
        "《港口报》「港口」【港口】[港口]'港口'\"港口\"港口港口",
    ],
)
def test_marks_from_the_runs_holding_a_term_are_the_marks_of_the_whole_text(text):
    # Only runs between punctuation that hold a term are segmented (search.highlight._RUN):
    # the spans must be those of segmenting the whole text at once.
    from search.highlight import _normalised_with_map, _term_spans
    from search.text import tokenize_spans

    norm, _ = _normalised_with_map(text)
    for query in ("港口", "泊位 验收", "增长", "局长", "3.5", "12.5%"):
        terms = set(parse_query(query).terms)
        whole = [(s, e) for word, s, e in tokenize_spans(norm) if word in terms]
        assert _term_spans(norm, 0, len(norm), terms) == whole
        assert _term_spans(norm, 3, len(norm) - 2, terms) == [
            (s + 3, e + 3) for word, s, e in tokenize_spans(norm[3:-2]) if word in terms
        ]


def test_a_quoted_phrase_is_marked_only_where_its_characters_are_together():
    q = parse_query('"大桥通车"')
    assert highlight("城南大桥今日合龙", q) == "城南大桥今日合龙"
    assert highlight("大桥工程", q) == "大桥工程"
    assert highlight("城南大桥通车在即", q) == "城南<mark>大桥通车</mark>在即"
    assert "<mark>" not in snippet("大桥工程进入收尾，通车在即。", q)


def test_a_quoted_phrase_beside_an_unquoted_word_of_its_own_marks_that_word():
    q = parse_query('"大桥通车" 大桥')
    assert highlight("大桥工程", q) == "<mark>大桥</mark>工程"
