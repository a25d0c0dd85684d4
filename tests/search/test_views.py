"""The public search page and the keyword page."""

import re
from datetime import date

import pytest
from django.db import connection
from django.urls import reverse

from search import engine
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
URL = reverse("search:search")


def headlines(response) -> list[str]:
    return [a.headline for a in response.context["page_obj"].object_list]


def test_search_page_lists_matches_with_marks(client, seed):
    response = client.get(URL, {"q": "徐惠民"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "找到 2 篇" in html
    assert "<mark>徐惠民</mark>" in html
    assert {a.pk for a in response.context["page_obj"]} == {seed["projects"].pk, seed["works"].pk}
    assert seed["projects"].get_absolute_url() in html
    assert 'value="徐惠民"' in html  # the query stays in the form (and the URL)


def test_headline_match_is_marked_in_the_title(client, seed):
    html = client.get(URL, {"q": "党建"}).content.decode()
    assert "用<mark>党建</mark>品牌让社会组织“亮心”" in html


def test_search_page_says_when_nothing_matches(client, seed):
    response = client.get(URL, {"q": "量子计算机"})
    assert response.status_code == 200
    assert "没有找到与“量子计算机”相关的稿件。试试换一个词。" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    ["'; DROP TABLE search_searchentry; --", '"党建" OR 1=1', "党建 & | ! <->", "%_\\", "！！！"],
)
def test_hostile_queries_get_a_page(client, seed, query):
    response = client.get(URL, {"q": query})
    assert response.status_code == 200
    # …while a page number that is not one is refused (tests/security/test_absurd_input.py)
    assert client.get(URL, {"q": query, "page": "x';--"}).status_code == 400


def test_empty_search_page_shows_the_form(client, db):
    response = client.get(URL)
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()
    assert response.context["result"] is None


def test_filters(client, seed):
    both = {seed["projects"].pk, seed["works"].pk}

    def pks(**params):
        response = client.get(URL, {"q": "徐惠民", **params})
        assert response.status_code == 200
        return {a.pk for a in response.context["page_obj"]}

    assert pks(paper="nantong-daily") == both
    assert pks(start="2020-07-09", end="2020-07-09") == both
    assert pks(start="2020-07-10") == set()
    assert pks(label="A2") == {seed["works"].pk}  # continued on A2; projects is not
    assert pks(label="Ａ１") == both  # normalised like the importer's labels
    assert pks(reporter="朱文君") == both
    assert pks(reporter="金帅") == set()


def test_invalid_filters_are_reported_not_fatal(client, seed):
    response = client.get(URL, {"q": "徐惠民", "start": "2020-13-45", "paper": "no-such-paper"})
    assert response.status_code == 200
    assert len(response.context["page_obj"].object_list) == 2  # the bad filters are ignored
    assert response.context["form"].errors.keys() == {"start", "paper"}


def test_filters_without_a_query_list_stories(client, seed):
    response = client.get(URL, {"reporter": "金帅"})
    assert {a.pk for a in response.context["page_obj"]} == {
        seed["pollution"].pk,
        seed["villages"].pk,
    }


def test_pagination_keeps_the_query_and_filters(client, db):
    for day in range(1, 26):
        make_story(f"港口建设第{day}期", "港口建设继续推进。", day=date(2021, 1, day))
    response = client.get(URL, {"q": "港口", "paper": "test-daily"})
    page = response.context["page_obj"]
    assert page.paginator.count == 25 and len(page.object_list) == 20
    assert headlines(response)[0] == "港口建设第25期"  # same rank: newest first
    html = response.content.decode()
    next_link = re.search(r'href="([^"]*page=2[^"]*)"', html).group(1).replace("&amp;", "&")
    assert "q=%E6%B8%AF%E5%8F%A3" in next_link and "paper=test-daily" in next_link
    second = client.get(URL + next_link)
    assert len(second.context["page_obj"].object_list) == 5
    assert headlines(second)[-1] == "港口建设第1期"


def test_a_windowed_result_says_so(client, db, monkeypatch):
    monkeypatch.setattr(engine, "RANK_WINDOW", 3)
    for day in range(1, 6):
        make_story(f"港口建设第{day}期", "港口建设继续推进。", day=date(2021, 1, day))
    response = client.get(URL, {"q": "港口"})
    html = response.content.decode()
    assert "找到 5 篇" in html and "最新的 3 篇" in html
    assert len(response.context["page_obj"].object_list) == 3


def test_queries_per_page_do_not_grow_with_results(client, db, django_assert_max_num_queries):
    for day in range(1, 21):
        make_story(f"港口建设第{day}期", "港口建设继续推进。", day=date(2021, 1, day))
    # (on PostgreSQL one of them reads where the newest entries start, once a minute per
    # process: search.engine.recent_since; each test starts without it; one the photographers
    # of the page's stories, search.results.show; whether the word is a renamed reporter's name
    # costs none once the process holds the former names, search.views.renamed_reporter: the
    # first search reads them; one the site's papers, articles.public.public_papers, as
    # tests/search/test_results.py counts it)
    client.get(URL, {"q": "建设"})
    engine._recent_dates.clear()  # (read again, as a test's first search reads it)
    # (10 on SQLite; on PostgreSQL 5 more: the planner's settings set and reset around the
    # matches and the page, search.engine.index_plans, and the newest entries' start)
    with django_assert_max_num_queries(10 + (5 if connection.vendor == "postgresql" else 0)):
        response = client.get(URL, {"q": "港口"})
    assert len(response.context["page_obj"].object_list) == 20


def test_tag_page_lists_the_stories_with_the_keyword(client, seed):
    response = client.get(reverse("search:tag", kwargs={"word": "党建"}))
    assert response.status_code == 200
    assert [a.pk for a in response.context["page_obj"]] == [seed["party"].pk]
    html = client.get(URL, {"q": "飞牛小匠"}).content.decode()
    assert reverse("search:tag", kwargs={"word": "党建"}) in html  # tags on each result


def test_a_keyword_no_public_story_has_is_a_chinese_404(client, seed):
    response = client.get(reverse("search:tag", kwargs={"word": "不存在的词"}))
    assert response.status_code == 404
    assert "找不到这个页面" in response.content.decode()
    seed["party"].status = "draft"
    seed["party"].save()
    assert client.get(reverse("search:tag", kwargs={"word": "党建"})).status_code == 404


def test_a_keyword_page_past_its_last_page_is_a_404(client, seed):
    url = reverse("search:tag", kwargs={"word": "党建"})
    assert client.get(url, {"page": "2"}).status_code == 404


def test_search_is_mounted_above_the_paper_catch_all(client, db):
    assert URL == "/search/"
    assert client.get("/search/").resolver_match.namespace == "search"


def test_a_capped_count_says_more_than(client, db, monkeypatch):
    from search import engine

    monkeypatch.setattr(engine, "RANK_WINDOW", 2)
    monkeypatch.setattr(engine, "COUNT_CAP", 3)
    for day in range(1, 6):
        make_story(f"港口建设第{day}期", "港口建设继续推进。", day=date(2021, 1, day))
    html = client.get(URL, {"q": "港口"}).content.decode()
    assert "找到超过 3 篇" in html and "最新的 2 篇" in html


def test_a_bad_page_number_is_the_only_problem_said(client, db):
    response = client.get(URL, {"q": "报", "page": "9" * 20})
    html = response.content.decode()
    assert response.status_code == 400
    assert "页码" in html
    assert "没有可以检索的字词" not in html


def test_a_query_too_long_is_said_in_chinese_and_not_echoed(client, db):
    response = client.get(URL, {"q": "报" * 2000})
    html = response.content.decode()
    assert response.status_code == 400
    assert "检索词太长：最多 200 个字" in html
    assert "确保该变量" not in html
    assert "报" * 201 not in html


def test_every_search_box_takes_the_longest_query_searched(client, db):
    from search.engine import MAX_QUERY_LENGTH

    html = client.get(URL).content.decode()
    boxes = re.findall(r'<input[^>]*name="q"[^>]*>', html)
    assert len(boxes) >= 2  # the top bar's and the search form's
    assert all(f'maxlength="{MAX_QUERY_LENGTH}"' in box for box in boxes), boxes


def test_words_found_apart_are_listed_with_a_note_and_marked(client, db):
    make_story("海港大橋月底通車", "本報訊 海港大橋工程進入收尾階段，月底通車。")
    html = client.get(URL, {"q": "大桥通车"}).content.decode()
    assert "找到 1 篇与“大桥通车”相关的稿件（没有稿件里这几个字连在一起" in html
    assert "<mark>大橋</mark>" in html and "<mark>通車</mark>" in html


def test_the_search_box_has_one_type(client):
    html = client.get("/search/").content.decode()
    box = html[html.index('name="q"') - 200 : html.index('name="q"') + 200]
    tag = box[box.rindex("<input", 0, 200) :]
    tag = tag[: tag.index(">")]
    assert tag.count("type=") == 1 and 'type="search"' in tag
