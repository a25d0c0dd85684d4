"""The query side: the seed's words find the right stories on both databases, results are exact,
any input is safe, and the substring fallback covers words shorter than the index's tokens."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articles.models import Article
from search import engine
from search.engine import (
    filter_articles,
    fts5_match_text,
    parse_query,
    search,
    tsquery_text,
)
from tests.search.conftest import contains, make_story

pytestmark = pytest.mark.django_db


def found(query: str, queryset=None) -> list[Article]:
    result = search(queryset if queryset is not None else Article.objects.published(), query)
    return list(result.queryset)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("徐惠民", {"projects", "works"}),
        ("污染防治", {"pollution"}),
        ("飞牛小匠", {"party"}),
        ("千企联千村", {"villages"}),
        ("党建", {"party"}),
    ],
)
def test_seed_words_find_their_stories(seed, query, expected):
    result = search(Article.objects.published(), query)
    assert not result.fallback  # found by the index, not by the scan
    assert {a.pk for a in result.queryset} == {seed[name].pk for name in expected}
    assert result.total == len(expected)


def test_text_continued_on_a2_is_part_of_the_stitched_story(seed):
    # "倒排工期" is only in the A2 continuation of the works story.
    assert [a.pk for a in found("倒排工期")] == [seed["works"].pk]


def test_every_result_contains_the_query(seed):
    for query in ["徐惠民", "项目", "南通 服务", "社会组织", "重大项目", "黄巍东 考核"]:
        result = search(Article.objects.published(), query)
        assert result.total
        for article in result.queryset:
            assert all(contains(article, part) for part in result.query.parts), (query, article)


def test_terms_found_apart_are_listed_only_when_no_story_has_them_together(seed):
    # Both stories have 徐惠民 and 项目, never "徐惠民项目": the exact match finds none, so the
    # stories with both words apart are listed, flagged as such for the results page.
    result = search(Article.objects.published(), "徐惠民项目")
    assert result.loose and not result.fallback
    assert {a.pk for a in result.queryset} == {seed["projects"].pk, seed["works"].pk}
    assert {a.pk for a in found("徐惠民 项目")} == {seed["projects"].pk, seed["works"].pk}
    assert not search(Article.objects.published(), "徐惠民 项目").loose


def test_a_query_typed_without_spaces_finds_its_words_apart_in_either_script(db):
    story = make_story("海港大橋月底通車", "本報訊 海港大橋工程進入收尾階段，月底通車。")
    make_story("大桥新闻", "另一座大桥正在设计。")
    result = search(Article.objects.published(), "大桥通车")
    assert result.loose
    assert [a.pk for a in result.queryset] == [story.pk]


def test_words_together_win_over_words_apart(db):
    together = make_story("大桥通车仪式举行", "大桥通车了。")
    make_story("海港大桥月底通车", "工程进入收尾阶段。")
    result = search(Article.objects.published(), "大桥通车")
    assert not result.loose
    assert [a.pk for a in result.queryset] == [together.pk]


def test_a_query_that_matches_nothing_finds_nothing(seed):
    result = search(Article.objects.published(), "量子计算机")
    assert result.total == 0
    assert list(result.queryset) == []


def test_word_inside_a_longer_token_falls_back_to_a_substring_match(db):
    story = make_story("南通国际会展中心迎来首场大型展会", "昨日，南通国际会展中心迎来首场展会。")
    make_story("其他新闻", "今天天气很好。")
    assert "会展中心" not in story.search_entry.body_tokens.split()
    result = search(Article.objects.published(), "会展中心")
    assert result.fallback
    assert [a.pk for a in result.queryset] == [story.pk]


def test_stop_words_alone_fall_back_to_substring(seed):
    result = search(Article.objects.published(), "的")
    assert result.fallback and result.total == 5


def test_headline_ranks_above_body_then_newer_first(db):
    body_only = make_story("市里召开会议", "会上提到港口发展。", day=date(2021, 5, 1))
    older_title = make_story("港口发展迎来新机遇", "今年开局良好。", day=date(2020, 1, 1))
    newer_title = make_story("港口发展迎来新机遇", "今年开局良好。", day=date(2021, 1, 1))
    ranked = [a.pk for a in found("港口")]
    assert ranked == [newer_title.pk, older_title.pk, body_only.pk]


def test_a_very_common_word_ranks_its_newest_matches(db, monkeypatch):
    monkeypatch.setattr(engine, "RANK_WINDOW", 3)
    days = [date(2021, 1, d) for d in range(1, 6)]
    stories = {d: make_story("港口新闻", "港口" * (6 - d.day) + "建设。", day=d) for d in days}
    result = search(Article.objects.published(), "港口")
    assert (result.total, result.listed, result.windowed) == (5, 3, True)
    listed = list(result.queryset)
    assert {a.pk for a in listed} == {stories[d].pk for d in days[2:]}  # the three newest
    assert [a.search_rank for a in listed] == sorted((a.search_rank for a in listed), reverse=True)
    assert len(list(result[0:20])) == 3


def test_search_is_case_and_width_insensitive(db):
    story = make_story("ＡＩ赋能制造业", "南通推进ＡＩ应用。")
    assert [a.pk for a in found("ai")] == [story.pk]
    assert [a.pk for a in found("ＡＩ")] == [story.pk]


def test_public_search_sees_published_stories_only_and_the_admin_sees_all(db):
    draft = make_story("港口发展规划草案", "港口发展规划。", published=False)
    assert found("港口发展") == []
    assert list(filter_articles(Article.objects.all(), "港口发展")) == [draft]


def test_filter_articles_keeps_the_queryset_for_a_blank_query(seed):
    queryset = Article.objects.all()
    assert filter_articles(queryset, "  ") is queryset
    assert list(filter_articles(queryset, "！！！")) == []
    ranked = filter_articles(queryset.filter(issue__date=date(2020, 7, 9)), "徐惠民")
    assert {a.pk for a in ranked} == {seed["projects"].pk, seed["works"].pk}
    assert all(hasattr(a, "search_rank") for a in ranked)
    unranked = filter_articles(queryset, "徐惠民", rank=False)
    assert {a.pk for a in unranked} == {seed["projects"].pk, seed["works"].pk}
    assert set(filter_articles(queryset, "会展中心", rank=False)) == set()


def test_query_parts_and_terms():
    q = parse_query(' "污染防治"  徐惠民-  Ｐ２Ｐ ')
    assert q.parts == ("污染防治", "徐惠民", "p2p")
    assert "徐惠民" in q.terms and "污染防治" in q.terms
    assert parse_query("污染防治 -徐惠民").excluded == ("徐惠民",)  # a minus before: left out
    assert parse_query("！！ ？？").is_empty
    assert parse_query("a\x00b").parts == ("a", "b")


def test_terms_are_quoted_for_each_database():
    assert tsquery_text(("党建", "it's", "a\\b")) == "'党建' & 'it''s' & 'a\\\\b'"
    assert fts5_match_text(("党建", 'say "hi"')) == '"党建" "say ""hi"""'


HOSTILE = [
    '"徐惠民"',
    "徐惠民' OR '1'='1",
    "'; DROP TABLE articles_article; --",
    '" OR "" = "',
    "党建 & | ! ( ) : * <-> <2>",
    "NEAR(党建 品牌, 2)",
    "党建* 党:* title_tokens:党建 {title_tokens} : ^党建",
    "\\' \\\\ %_ % _ \\",
    "\x00徐惠民\x00",
    "AND OR NOT",
    "''''''",
    '""""',
    "'",
    '"',
    "-",
    "a" * 500,
    "徐惠民 " * 60,
    "\u200b党建\ufeff",
    "党建\n\t项目",
    "$$ $1 ?; /* */ -- #",
    "\ud800党建\udfff",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_return_results_never_errors(seed, query):
    result = search(Article.objects.published(), query)
    stories = list(result.queryset[:20])
    assert result.total == len(stories) or result.total > 20
    admin = list(filter_articles(Article.objects.all(), query)[:20])
    assert len(admin) >= 0


def test_quoted_and_operator_queries_still_find_the_word(seed):
    assert {a.pk for a in found('"党建"')} == {seed["party"].pk}
    assert {a.pk for a in found("徐惠民' OR '1'='1")} == set()  # 1=1 is not in any story


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.text(max_size=40))
def test_any_text_is_a_safe_query(seed, text):
    result = search(Article.objects.published(), text)
    list(result.queryset[:5])
    list(filter_articles(Article.objects.all(), text)[:5])


def test_past_the_count_cap_the_total_says_more_than(db, monkeypatch):
    monkeypatch.setattr(engine, "RANK_WINDOW", 2)
    monkeypatch.setattr(engine, "COUNT_CAP", 3)
    for day in range(1, 6):
        make_story("港口新闻", "港口建设。", day=date(2021, 1, day))
    result = search(Article.objects.published(), "港口")
    assert (result.total, result.capped, result.listed) == (3, True, 2)
    monkeypatch.setattr(engine, "COUNT_CAP", 5)
    result = search(Article.objects.published(), "港口")
    assert (result.total, result.capped, result.listed) == (5, False, 2)
