"""A query of one Han character finds every public story that prints it, whether or not the
segmenter ever cut that character alone (报 inside 日报, 海报, 本报讯)."""

import pytest
from django.urls import reverse

from articles.models import Article
from search.engine import filter_articles, parse_query, search
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
URL = reverse("search:search")


@pytest.fixture
def bao(db) -> dict[str, Article]:
    return {
        "alone": make_story("港口新闻", "这份报很好看。"),
        "daily": make_story("日报社发布简报", "今天的内容很多。"),
        "poster": make_story("城市风貌", "街头的海报吸引了市民。"),
        "dispatch": make_story("大桥通车", "本报讯 大桥今天正式通车。"),
        "none": make_story("天气晴朗", "今天天气很好。"),
    }


def test_one_character_finds_every_story_printing_it(bao):
    result = search(Article.objects.public(), "报")
    assert {a.pk for a in result.queryset} == {
        bao[name].pk for name in ("alone", "daily", "poster", "dispatch")
    }
    assert result.total == 4


def test_one_character_in_the_other_script_finds_them_too(bao):
    assert search(Article.objects.public(), "報").total == 4


def test_one_character_beside_a_word_narrows_that_word(bao):
    found = {a.pk for a in search(Article.objects.public(), "大桥 报").queryset}
    assert found == {bao["dispatch"].pk}
    assert parse_query("大桥 报").terms == ("大桥",)


def test_admin_search_of_one_character_finds_them_all(bao):
    assert filter_articles(Article.objects.all(), "报").count() == 4


def test_search_page_lists_every_story_with_the_character(client, bao):
    response = client.get(URL, {"q": "报"})
    assert response.status_code == 200
    assert response.context["result"].total == 4
    assert len(response.context["page_obj"].object_list) == 4


def test_one_character_beside_a_word_is_marked_wherever_printed(bao):
    from search.highlight import highlight

    assert highlight("本报讯 大桥通车", parse_query("大桥 报")) == (
        "本<mark>报</mark>讯 <mark>大桥</mark>通车"
    )
