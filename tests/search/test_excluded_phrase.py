"""A minus before a quoted phrase leaves out the stories printing the phrase (``-"大桥通车"``),
as a minus before a word does; it never makes the phrase a requirement."""

import pytest
from django.urls import reverse

from articles.models import Article
from search.engine import search
from search.queries import parse_query
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
URL = reverse("search:search")


@pytest.mark.parametrize("typed", ['城南 -"大桥通车"', "城南 -“大桥通车”", "城南 -「大桥通车」"])
def test_a_minus_before_a_quoted_phrase_excludes_it(typed):
    q = parse_query(typed)
    assert q.parts == ("城南",) and q.excluded == ("大桥通车",) and q.phrases == ()


def test_the_search_leaves_out_the_stories_printing_the_excluded_phrase(client):
    bridge = make_story("城南大桥今日合龙", "城南大桥通车在即，大桥工程进入收尾。")
    road = make_story("城南道路整修", "城南多条道路整修完毕。")
    result = search(Article.objects.published(), '城南 -"大桥通车"')
    assert [a.pk for a in result.queryset] == [road.pk]
    html = client.get(URL, {"q": '城南 -"大桥通车"'}).content.decode()
    assert "不含“大桥通车”" in html and "城南 -‘大桥通车’" in html
    assert bridge.headline not in html


def test_a_quoted_word_and_an_excluded_quoted_word():
    make_story("西德新憲法", "西德新憲法今日生效。")
    other = make_story("西德近况", "西德经济平稳。")
    result = search(Article.objects.published(), '"西德" -"新憲法"')
    assert [a.pk for a in result.queryset] == [other.pk]


def test_a_minus_before_a_number_is_still_a_temperature():
    assert parse_query("气温 -5℃").excluded == ()
