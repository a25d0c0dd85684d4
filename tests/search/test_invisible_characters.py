"""Invisible format characters inside words (zero-width space, joiners, word joiner, byte-order
mark, soft hyphen: PDF text layers and web pages leave them; INPUT.md) are dropped from the index
and from queries alike, so a word reads as the page shows it; the stored text keeps them and the
marks still fall on the printed characters. On both databases (the index, the substring check
and the substring fallback)."""

import pytest
from django.urls import reverse

from articles.models import Article
from search.engine import parse_query, search
from search.highlight import highlight, snippet
from search.text import analyse, normalize
from tests.search.conftest import contains, make_story

pytestmark = pytest.mark.django_db

ZWSP, ZWNJ, ZWJ, WJ, BOM, SHY = "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"


def found(query: str) -> list[int]:
    return [a.pk for a in search(Article.objects.published(), query).queryset]


@pytest.mark.parametrize("invisible", [ZWSP, ZWNJ, ZWJ, WJ, BOM, SHY])
def test_a_word_split_by_an_invisible_character_is_one_word_in_the_index(invisible):
    assert normalize(f"投入{invisible}使用") == "投入使用"
    assert "投入使用" in analyse(f"新校舍昨天投入{invisible}使用").tokens


@pytest.mark.parametrize("invisible", [ZWSP, SHY, BOM])
def test_search_finds_a_word_split_by_an_invisible_character(invisible):
    story = make_story("湖畔小学迎来新校舍", f"湖畔小学新校舍昨天投入{invisible}使用。")
    make_story("其他新闻", "新校舍明年投入建设，后年使用。")
    assert found("投入使用") == [story.pk]
    assert contains(story, "投入使用")
    # The stored text stays as printed.
    assert story.parts.get().blocks[0]["text"] == f"湖畔小学新校舍昨天投入{invisible}使用。"


def test_a_query_holding_a_zero_width_space_finds_the_word_with_or_without_one():
    split = make_story("湖畔小学迎来新校舍", f"新校舍昨天投入{ZWSP}使用。")
    whole = make_story("东湖小学迎来新校舍", "新校舍今天投入使用。")
    assert parse_query(f"投入{ZWSP}使用").parts == ("投入使用",)
    assert set(found(f"投入{ZWSP}使用")) == {split.pk, whole.pk}
    assert set(found(f"投{SHY}入使用")) == {split.pk, whole.pk}


def test_the_substring_fallback_reads_through_a_zero_width_space():
    story = make_story("南通迎来首场大型展会", f"昨日，南通国际会展{ZWSP}中心迎来首场展会。")
    make_story("其他新闻", "今天天气很好。")
    result = search(Article.objects.published(), "会展中心")
    assert result.fallback
    assert [a.pk for a in result.queryset] == [story.pk]


def test_a_soft_hyphen_in_a_latin_word_is_not_a_break():
    story = make_story("港口合作", f"双方签署co{SHY}operation协议。")
    assert found("cooperation") == [story.pk]


def test_a_mark_over_a_word_split_by_a_zero_width_space_covers_it_as_printed():
    query = parse_query("投入使用")
    assert highlight(f"新校舍昨天投入{ZWSP}使用", query) == f"新校舍昨天<mark>投入{ZWSP}使用</mark>"
    assert (
        snippet(f"新校舍昨天投入{ZWSP}使用。", query) == f"新校舍昨天<mark>投入{ZWSP}使用</mark>。"
    )
    # Several in a row, and a query that holds one itself.
    assert highlight(f"投入{ZWSP}{SHY}使用", parse_query(f"投{ZWSP}入使用")) == (
        f"<mark>投入{ZWSP}{SHY}使用</mark>"
    )


def test_marks_after_an_invisible_character_keep_their_offsets():
    # A character beyond the plane (one code point, a surrogate pair in UTF-16) and a zero-width
    # space before the word: the mark falls on the word, whole characters either side.
    assert highlight(f"陈𪚥{ZWSP}投入{ZWSP}使用的新校舍", parse_query("投入使用 校舍")) == (
        f"陈𪚥{ZWSP}<mark>投入{ZWSP}使用</mark>的新<mark>校舍</mark>"
    )
    assert highlight(f"投入{ZWSP}使用", parse_query("使用")) == f"投入{ZWSP}<mark>使用</mark>"
    assert highlight(f"投入{ZWSP}使用", parse_query("投入")) == f"<mark>投入</mark>{ZWSP}使用"


def test_a_byte_order_mark_at_the_start_of_a_paragraph_stays_in_the_snippet():
    query = parse_query("投入使用")
    text = f"{BOM}新校舍投入{ZWSP}使用{ZWSP}"
    assert highlight(text, query) == f"{BOM}新校舍<mark>投入{ZWSP}使用</mark>{ZWSP}"
    assert snippet(text, query) == f"{BOM}新校舍<mark>投入{ZWSP}使用</mark>{ZWSP}"
    assert highlight(f"{BOM}投入使用", query) == f"{BOM}<mark>投入使用</mark>"
    assert highlight(ZWSP, query) == ZWSP


def test_the_search_page_marks_the_printed_word(client):
    story = make_story("湖畔小学迎来新校舍", f"{BOM}湖畔小学新校舍昨天投入{ZWSP}使用。")
    html = client.get(reverse("search:search"), {"q": f"投入{ZWSP}使用"}).content.decode()
    assert story.get_absolute_url() in html
    assert f"<mark>投入{ZWSP}使用</mark>" in html


@pytest.mark.parametrize("mark", ["\u200e", "\u2066"], ids=["lrm", "isolate"])
def test_a_direction_mark_inside_a_word_is_dropped_for_search(mark):
    from search.text import normalize

    assert normalize(f"投入{mark}使用") == "投入使用"
