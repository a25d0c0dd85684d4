"""The 版名 and 记者 filters and the keyword pages find what is printed in either script
(traditional = simplified, full-width = half-width), as the query box does, and the page shows
the value as the reader typed it (search.forms, search.results, search.views)."""

import re
from datetime import date
from itertools import product

import pytest
from django.db import connection
from django.urls import reverse

from articles.models import Article, Byline, Person
from articles.text import fold, folding_to
from search import engine, results
from search.engine import parse_query
from search.forms import SPELLINGS_AT_MOST, apply_filters, spellings
from search.models import Keyword
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
URL = reverse("search:search")


def byline(story: Article, name: str) -> Article:
    person, _ = Person.objects.get_or_create(name=name)
    Byline.objects.create(article=story, person=person, order=Byline.objects.count())
    return story


@pytest.fixture
def stories(db):
    return {
        "traditional": byline(
            make_story("港口新泊位驗收", "港口建设继续推进。", section="國際新聞", label="A3"),
            "何曉雨",
        ),
        "simplified": byline(
            make_story("港口夜市开张", "港口夜市开张。", day=date(2021, 3, 2), section="港航"),
            "林晓舟",
        ),
        "front": make_story("港口迎来新航线", "港口航线开通。", day=date(2021, 3, 3), label="A1"),
    }


def listed_pks(client, **params) -> set[int]:
    response = client.get(URL, params)
    assert response.status_code == 200
    return {story.pk for story in response.context["page_obj"]}


@pytest.mark.parametrize("with_query", [True, False])
@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"reporter": "何晓雨"}, "traditional"),  # stored traditional, typed simplified
        ({"reporter": "何曉雨"}, "traditional"),  # as printed
        ({"reporter": "林曉舟"}, "simplified"),  # stored simplified, typed traditional
        ({"section": "国际新闻"}, "traditional"),
        ({"section": "國際新聞"}, "traditional"),
        ({"section": "國际新闻"}, "traditional"),  # mixed
        ({"section": "港航"}, "simplified"),
        ({"section": "頭版"}, "front"),  # 头版: a front page printed without a 版名
        ({"section": "头版"}, "front"),
    ],
)
def test_a_filter_finds_the_value_printed_in_the_other_script(
    client, stories, filters, expected, with_query
):
    params = {"q": "港口", **filters} if with_query else filters
    assert listed_pks(client, **params) == {stories[expected].pk}


def test_a_name_stored_in_both_scripts_is_found_in_both(client, stories):
    other = byline(make_story("港口灯塔修复", "港口灯塔修复。", day=date(2021, 3, 4)), "何晓雨")
    both = {stories["traditional"].pk, other.pk}
    assert listed_pks(client, q="港口", reporter="何晓雨") == both
    assert listed_pks(client, reporter="何曉雨") == both


def test_another_name_is_still_not_found(client, stories):
    assert listed_pks(client, q="港口", reporter="何晓") == set()
    assert listed_pks(client, reporter="何晓雨雨") == set()
    assert listed_pks(client, section="国际") == set()


def test_the_page_shows_the_value_as_typed(client, stories):
    html = client.get(URL, {"q": "港口", "reporter": "何晓雨", "section": "國際新聞"}).text
    assert 'name="reporter" value="何晓雨"' in html
    assert 'name="section" value="國際新聞"' in html
    assert "找到 1 篇" in html


@pytest.mark.parametrize(
    "values",
    [
        {"reporter": "何晓雨"},
        {"section": "國际新闻", "start": date(2021, 3, 1)},
        {"section": "頭版"},
        {"reporter": "没有这个人"},
    ],
)
def test_prepared_queries_filter_as_the_engine_does(stories, values):
    _, found = results.found(values, parse_query("港口"))
    by_engine = engine.search(apply_filters(Article.objects.public(), values), parse_query("港口"))
    assert [s.pk for s in found[0 : found.count()]] == list(
        by_engine.queryset.values_list("pk", flat=True)
    )
    listed = results.listed(values)
    assert [s.pk for s in listed[0 : listed.count()]] == list(
        apply_filters(Article.objects.public(), values)
        .order_by(*results.NEWEST_FIRST)
        .values_list("pk", flat=True)
    )


def test_a_filter_in_the_other_script_costs_the_same_queries(
    client, stories, django_assert_num_queries
):
    client.get(URL, {"q": "港口", "reporter": "林晓舟"})  # (the dictionary's first check)
    # (the stories' eight, their photographers among them, and the photos standing alone:
    # search.photohits)
    # (10: with the site's papers, articles.public.public_papers)
    with django_assert_num_queries(10 + (4 if connection.vendor == "postgresql" else 0)):
        client.get(URL, {"q": "港口", "reporter": "林曉舟"})


@pytest.mark.parametrize(
    "typed", ["何曉雨", "何晓雨", "林晓舟", "港航", "國際新聞", "ＡＢ c", "頭版"]
)
def test_spellings_are_every_text_that_folds_alike(typed):
    found = spellings(typed)
    assert found[0] == fold(typed)
    assert len(set(found)) == len(found)
    # articles.text.folding_to reads the fold's own table (as the people pages do)
    assert set(found) == {"".join(p) for p in product(*map(folding_to, fold(typed)))}


def test_spellings_of_a_name():
    # 雨 also as the Kangxi radical ⾬ (U+2F6C) a PDF's text layer may give for it
    assert spellings("何曉雨") == spellings("何晓雨") == ["何晓雨", "何晓⾬", "何曉雨", "何曉⾬"]
    assert {"台湾", "臺灣", "台灣", "臺湾"} <= set(spellings("台湾"))


def test_a_value_with_too_many_spellings_is_looked_up_as_typed_and_folded():
    typed = "國際新聞" * 4  # 2 ** 8 × more than 2 ** 4 spellings
    assert spellings(typed) == ["国际新闻" * 4, typed]
    assert len(spellings("國際新聞")) <= SPELLINGS_AT_MOST


def test_a_long_section_in_the_other_script_is_found_folded(client, db):
    section = "国际新闻" * 4
    story = make_story("港口新泊位", "港口建设。", section=section)
    assert listed_pks(client, section="國際新聞" * 4) == {story.pk}


def test_a_keyword_page_in_the_other_script_lists_the_stored_keywords_stories(client, db):
    story = make_story("臺灣同胞來通參訪", "十餘位臺灣同胞昨天來到南通，臺灣同胞表示交流前景廣闊。")
    assert Keyword.objects.filter(article=story, word="台湾同胞").exists()
    for typed in ("台湾同胞", "臺灣同胞", "臺湾同胞"):
        response = client.get(reverse("search:tag", kwargs={"word": typed}))
        html = response.text
        assert response.status_code == 200
        assert "臺灣同胞來通參訪" in html and "共 1 篇" in html
        assert f"<h1>关键词：{typed}</h1>" in html  # as typed
        canonical = re.search(r'<link rel="canonical" href="[^"]*(/search/tag/[^"]*)"', html)
        if typed == "台湾同胞":
            assert canonical is None
        else:  # the stored keyword's address
            assert canonical.group(1) == reverse("search:tag", kwargs={"word": "台湾同胞"})


def test_a_keyword_page_finds_latin_keywords_in_any_case_and_width(client, db):
    story = make_story("ChatGPT走进课堂", "ChatGPT走进课堂，ChatGPT成为老师的助手。")
    word = Keyword.objects.filter(article=story, word__contains="chatgpt").values_list(
        "word", flat=True
    )
    assert list(word) == ["chatgpt"]
    for typed in ("chatgpt", "ChatGPT", "ＣｈａｔＧＰＴ"):
        html = client.get(reverse("search:tag", kwargs={"word": typed})).text
        assert "共 1 篇" in html


@pytest.mark.parametrize("typed", ["\u00ad", "Ａ" * 50, "..", "~s", "臺/灣"])
def test_a_keyword_page_of_any_word_is_answered(client, db, typed):
    from articles.params import encode_segment

    response = client.get(reverse("search:tag", kwargs={"word": encode_segment(typed)}))
    assert response.status_code == 404  # (no story has it: no such page, never a 500)
    assert "找不到这个页面" in response.text


def test_a_filter_only_search_that_finds_nothing_says_so(client, stories):
    html = client.get(URL, {"reporter": "陈默"}).content.decode()
    assert "没有符合筛选条件的稿件" in html and 'class="hits"' not in html


def test_a_filter_only_search_that_finds_stories_counts_them(client, stories):
    html = client.get(URL, {"reporter": "林晓舟"}).content.decode()
    assert "共 1 篇稿件符合筛选条件" in html and "没有符合筛选条件" not in html
