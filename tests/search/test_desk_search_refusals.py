"""The desk's 稿件 search box refuses what the site refuses, with a message instead of a silent
cut or an empty list: a query over the longest searched (no cut that could drop a closing
quote; the box has its maxlength), words to leave out alone (how to write it); a full-width
minus alone gets the site's how-to hint; mixed double quotes are one phrase
(search/queries.py desk_query_refusal, _paired; articles/admin/storysearch.py)."""

import pytest
from django.urls import reverse

from search.queries import MAX_QUERY_LENGTH, parse_query
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:articles_article_changelist")


@pytest.fixture
def printed(db):
    return {
        "joined": make_story("重大项目开工", "全市重大项目集中开工。"),
        "apart": make_story("项目观察", "重大的变化来自一个小项目。"),
    }


def test_a_query_over_the_longest_is_refused_with_a_message_not_cut(admin_client, printed):
    typed = "项" * MAX_QUERY_LENGTH + ' "重大 项目"'
    html = admin_client.get(CHANGELIST, {"q": typed}).content.decode()
    assert f"检索词太长：最多 {MAX_QUERY_LENGTH} 个字（现在 {len(typed)} 个）" in html
    assert "重大项目开工" not in html


def test_the_desk_s_search_box_has_the_longest_query_as_its_maxlength(admin_client, printed):
    html = admin_client.get(CHANGELIST).content.decode()
    assert (
        f'maxlength="{MAX_QUERY_LENGTH}"' in html.split('id="searchbar"')[0].rsplit("<input", 1)[1]
    )


@pytest.mark.parametrize("typed", ["-项目", '-"重大 项目"', '－"重大 项目"'])
def test_only_excluded_words_at_the_desk_say_how_to_write_it(admin_client, printed, typed):
    html = admin_client.get(CHANGELIST, {"q": typed}).content.decode()
    assert "没有要找的词：只排除的检索什么也找不到" in html
    assert "南通 -项目" in html


def test_a_story_picker_s_lookup_says_nothing(admin_client, printed):
    # (the autocomplete shares the search: no message left for the next page)
    lookup = {"app_label": "articles", "model_name": "photo", "field_name": "article"}
    response = admin_client.get(reverse("admin:autocomplete"), {**lookup, "term": "-项目"})
    assert response.status_code == 200 and response.json()["results"] == []
    html = admin_client.get(CHANGELIST, {"q": "重大"}).content.decode()
    assert "只排除的检索" not in html


def test_a_full_width_minus_alone_gets_the_site_s_how_to_hint(client, printed):
    url = reverse("search:search")
    for typed in ['-"重大 项目"', '－"重大 项目"']:
        html = client.get(url, {"q": typed}).content.decode()
        assert "减号开头的词表示排除，还要写一个要找的词" in html, typed


@pytest.mark.parametrize("typed", ['“重大 项目"', '"重大 项目”', "＂重大 项目”"])
def test_mixed_double_quotes_are_one_phrase(typed):
    query = parse_query(typed)
    assert query.parts == ("重大项目",) and query.phrases == ("重大项目",)
    assert query.echoed == typed


@pytest.mark.parametrize("typed", ["项目 -项目", '"项目" -项目', "重大 项目 -项目"])
def test_a_word_both_looked_for_and_excluded_at_the_desk_finds_nothing_and_says_why(
    admin_client, printed, typed
):
    """Reviewer B (session 68), defect 11: ``湿地 -湿地`` listed the stories holding 湿地."""
    response = admin_client.get(CHANGELIST, {"q": typed})
    html = response.content.decode()
    assert list(response.context["cl"].result_list) == []
    assert "“项目”既要找又加了减号排除：没有稿件既含有又不含有它，什么也找不到" in html
    assert "南通 -项目" in html


def test_another_word_excluded_at_the_desk_still_leaves_out_only_its_stories(admin_client, printed):
    response = admin_client.get(CHANGELIST, {"q": "项目 -变化"})
    assert [a.headline for a in response.context["cl"].result_list] == ["重大项目开工"]
    assert "既要找又加了减号排除" not in response.content.decode()
