"""Traditional and simplified characters are one search (OpenCC's character table on the index
and on the query alike), and the marks still fall on the characters as printed."""

import pytest

from articles.models import Article
from articles.text import fold
from search.engine import parse_query, search
from search.highlight import highlight
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db


def found(query: str) -> list[int]:
    return [a.pk for a in search(Article.objects.published(), query).queryset]


def test_a_traditional_query_finds_a_simplified_story():
    story = make_story("台湾同胞联合书画展开幕", "两岸书画家联合举办展览。")
    assert found("臺灣同胞") == [story.pk]
    assert found("聯合書畫展") == [story.pk]


def test_a_simplified_query_finds_a_traditional_story():
    story = make_story("臺灣同胞聯合書畫展開幕", "兩岸書畫家聯合舉辦展覽。")
    assert found("台湾同胞") == [story.pk]
    assert found("书画展") == [story.pk]


def test_bao_finds_both_forms_of_the_newspaper():
    simplified = make_story("本报举办读者开放日", "报社迎来读者。")
    traditional = make_story("本報舉辦讀者開放日", "報社迎來讀者。")
    assert set(found("報社")) == {simplified.pk, traditional.pk}
    assert set(found("报社")) == {simplified.pk, traditional.pk}


def test_marks_fall_on_the_printed_traditional_characters():
    assert highlight("臺灣同胞聯合書畫展開幕", parse_query("台湾同胞")) == (
        "<mark>臺灣同胞</mark>聯合書畫展開幕"
    )
    assert highlight("本報舉辦讀者開放日", parse_query("读者")) == "本報舉辦<mark>讀者</mark>開放日"


def test_folding_keeps_every_offset():
    printed = "（下轉Ａ２版）臺灣鄉親於後來發現的書畫"
    folded = fold(printed)
    assert len(folded) == len(printed)
    assert folded == "(下转A2版)台湾乡亲于后来发现的书画"
