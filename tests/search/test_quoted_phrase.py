"""A part written between quotes is a phrase: found only with its characters together, and the
page echoes the query without doubling its quotes."""

import pytest
from django.urls import reverse

from articles.models import Article
from search.engine import search
from search.queries import Query, parse_query
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
URL = reverse("search:search")


@pytest.fixture
def apart(db):
    """A story holding 快车道 and 驶入 apart, never 快车道驶入, and one holding 南通 too."""
    return (
        make_story("车辆驶入新区", "新建的快车道明天开通，车辆从东口驶入。"),
        make_story("南通大桥通车", "南通大桥的快车道今天开通，首批车辆驶入桥面。"),
    )


@pytest.mark.parametrize(
    "typed", ['"快车道驶入"', "“快车道驶入”", "「快车道驶入」", "＂快车道驶入＂"]
)
def test_a_quoted_phrase_never_lists_its_words_apart(apart, typed):
    assert parse_query(typed).phrases == ("快车道驶入",)
    result = search(Article.objects.published(), typed)
    assert result.total == 0 and not result.loose


def test_the_same_words_unquoted_still_list_them_apart(apart):
    result = search(Article.objects.published(), "快车道驶入")
    assert result.loose and result.total == 2


def test_a_quoted_phrase_beside_other_words_keeps_its_characters_together(apart):
    together = make_story("南通快车道驶入车流", "南通 大桥：快车道驶入车流明显增加。")
    # 南通 and 大桥 may be apart (no story prints 南通大桥 with the phrase), the phrase may not
    result = search(Article.objects.published(), '"快车道驶入" 南通大桥')
    assert result.loose
    assert [a.pk for a in result.queryset] == [together.pk]


def test_a_quoted_phrase_is_found_where_printed(apart):
    story = make_story("新闻", "首批车辆从快车道驶入主城。")
    result = search(Article.objects.published(), "“快车道驶入”")
    assert [a.pk for a in result.queryset] == [story.pk] and not result.loose


def test_the_page_echoes_a_quoted_query_once_quoted(client, apart):
    html = client.get(URL, {"q": "“快车道驶入”"}).content.decode()
    assert "““" not in html and "””" not in html
    assert "没有找到与“快车道驶入”相关的稿件" in html
    assert "<title>“快车道驶入”的检索结果" in html
    assert "去掉引号" in html
    assert 'value="“快车道驶入”"' in html  # the box keeps what was typed


def test_a_quoted_word_found_nowhere_is_not_said_to_be_found_apart(client, apart):
    html = client.get(URL, {"q": "“快车道” 北京"}).content.decode()
    assert "没有找到与“‘快车道’ 北京”相关的稿件" in html and "去掉引号" not in html


def test_the_page_echoes_quotes_inside_a_query_as_single_ones(client, apart):
    make_story("南通快车道驶入车流", "南通 大桥：快车道驶入车流明显增加。")
    html = client.get(URL, {"q": '"快车道驶入" 南通'}).content.decode()
    assert "篇与“‘快车道驶入’ 南通”相关的稿件" in html


@pytest.mark.parametrize(
    ("typed", "echoed"),
    [
        ("快车道驶入", "“快车道驶入”"),
        ('"快车道驶入"', '"快车道驶入"'),  # quoted whole: as typed, a phrase
        ("『快车道』", "『快车道』"),
        ("“快车道” “驶入”", "“‘快车道’ ‘驶入’”"),
        ('"党建" OR 1=1', "“‘党建’ OR 1=1”"),
        ("O'Neil", "“O'Neil”"),
        ("“亮", "““亮”"),  # a quote without its pair stays as typed
        ("心”", "“心””"),
        ("“", "““”"),
    ],
)
def test_what_the_page_echoes(typed, echoed):
    assert Query(typed, (), ()).echoed == echoed
