"""A quoted phrase with a space in it (``"南通 港"``, ``“长江 保护”``, ``"Anna Lee"``) is one
phrase, as printed: the space is none between Han characters (print has none there) and one
between Latin words; unquoted, the words stay two parts a story may hold apart."""

import pytest

from articles.models import Article
from search.engine import search
from search.highlight import highlight, snippet
from search.queries import parse_query
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db


@pytest.fixture
def stories(db):
    """Stories printing each phrase, and others holding its words apart."""
    return {
        "port": make_story("港口新闻", "南通港今年集装箱吞吐量再创新高。"),
        "port apart": make_story("南通新闻", "南通的内河码头改造完成，港区道路拓宽。"),
        "river": make_story("环保新闻", "沿江各市签署长江保护协议。"),
        "river apart": make_story("长江新闻", "长江沿岸湿地得到保护，候鸟数量增加。"),
        "anna": make_story("音乐会", "钢琴家Anna Lee昨晚在大剧院演出。"),
        "anna apart": make_story("画展", "画家Lee与Anna合办画展。"),
    }


def found(stories: dict, typed: str) -> set[str]:
    """The names of the stories ``typed`` finds."""
    named = {story.pk: name for name, story in stories.items()}
    return {named[a.pk] for a in search(Article.objects.published(), typed).queryset}


@pytest.mark.parametrize(
    ("typed", "phrase", "wanted"),
    [
        ('"南通 港"', "南通港", {"port"}),
        ("“长江 保护”", "长江保护", {"river"}),
        ("＂长江　保护＂", "长江保护", {"river"}),  # (full-width quotes and space, as typed)
        ('"Anna Lee"', "anna lee", {"anna"}),
        ('"Anna   Lee"', "anna lee", {"anna"}),
    ],
)
def test_a_quoted_phrase_with_a_space_is_found_as_printed(stories, typed, phrase, wanted):
    assert parse_query(typed).phrases == (phrase,)
    assert parse_query(typed).parts == (phrase,)
    assert found(stories, typed) == wanted


def test_the_same_words_unquoted_are_still_two_parts(stories):
    assert parse_query("南通 港").parts == ("南通", "港")
    assert found(stories, "Anna Lee") == {"anna", "anna apart"}


def test_a_quoted_phrase_beside_another_word_and_excluded(stories):
    assert parse_query('"南通 港" 吞吐量').parts == ("南通港", "吞吐量")
    assert found(stories, '"南通 港" 吞吐量') == {"port"}
    query = parse_query('长江 -"长江 保护"')
    assert query.excluded == ("长江保护",)
    assert found(stories, '长江 -"长江 保护"') == {"river apart"}


def test_a_quote_left_open_reads_the_words_apart_as_before():
    assert parse_query('"南通 港').parts == ("南通", "港")


def test_highlights_mark_the_phrase():
    assert "<mark>南通港</mark>" in snippet(
        "南通港今年集装箱吞吐量再创新高。", parse_query('"南通 港"')
    )
    html = highlight("钢琴家Anna Lee昨晚演出", parse_query('"Anna Lee"'))
    assert "<mark>Anna Lee</mark>" in html


@pytest.mark.parametrize(
    ("typed", "printed"),
    [('"GDP 增长"', "全市GDP增长百分之六。"), ('"2020 年"', "2020年全市人口普查完成。")],
)
def test_a_space_beside_a_han_character_is_optional(db, typed, printed):
    from search.results import found as page_found

    story = make_story("经济新闻", printed)
    result, _ = page_found({}, parse_query(typed))
    assert [a.pk for a in result.queryset] == [story.pk]


def test_a_space_between_latin_words_is_still_needed(stories):
    from search.results import found as page_found

    make_story("人名", "钢琴家AnnaLee演出。")
    result, _ = page_found({}, parse_query('"Anna Lee"'))
    assert [a.pk for a in result.queryset] == [stories["anna"].pk]


def test_dropping_the_quotes_is_suggested_when_it_finds_something(client, db):
    from django.urls import reverse

    make_story("年终新闻", "2020的最后一天，全年工作总结完成。")
    html = client.get(reverse("search:search"), {"q": '"2020 年"'}).content.decode()
    assert "去掉引号</a>，能找到其中的词分开出现的 1 篇稿件" in html
