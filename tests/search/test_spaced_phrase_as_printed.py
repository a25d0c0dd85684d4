"""A quoted phrase typed with a space (``"南通 港"``) finds it as printed with or without spaces
between its words (南通港, 南通 港, 南通　港: any run of half- or full-width spaces), never its
words apart, without a second reading in the index (search/spaced.py: the words asked of the
index, the candidates matched by a pattern); the page marks what was printed."""

import pytest
from django.urls import reverse

from search.queries import parse_query, spaced_pattern
from search.results import found
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
URL = reverse("search:search")


@pytest.fixture
def printed(db):
    return {
        "joined": make_story("港口新闻", "南通港今年集装箱吞吐量再创新高。"),
        "space": make_story("航运新闻", "南通 港新开两条内贸航线。"),
        "wide": make_story("码头新闻", "南通　港的集装箱码头扩建完成。"),
        "run": make_story("物流新闻", "南通 　 港区物流园开工。"),
        "apart": make_story("南通新闻", "南通的内河码头改造完成，港区道路拓宽。"),
        "anna": make_story("音乐会", "钢琴家Anna  Lee昨晚在大剧院演出。"),
        "anna apart": make_story("画展", "画家Lee与Anna合办画展。"),
    }


def names(printed: dict, typed: str) -> set[str]:
    named = {story.pk: name for name, story in printed.items()}
    result, stories = found({}, parse_query(typed))
    listed = {named[a.pk] for a in stories[0 : result.total]}
    assert len(listed) == result.total
    return listed


@pytest.mark.parametrize("typed", ['"南通 港"', "“南通　港”", "＂南通  港＂"])
def test_the_phrase_is_found_with_or_without_spaces_between_its_words(printed, typed):
    assert names(printed, typed) == {"joined", "space", "wide", "run"}


def test_latin_words_take_any_run_of_spaces_but_never_none(printed):
    assert names(printed, '"Anna Lee"') == {"anna"}
    assert spaced_pattern(("anna", "lee")) == "anna[ \u3000]+lee"


def test_beside_another_word_and_with_an_exclusion(printed):
    assert names(printed, '"南通 港" 集装箱') == {"joined", "wide"}
    assert names(printed, '"南通 港" -码头') == {"joined", "space", "run"}


def test_the_index_is_asked_for_the_words_not_a_second_reading():
    query = parse_query('"南通 港"')
    assert query.parts == ("南通港",) and query.spaced == (("南通港", ("南通", "港")),)
    assert query.terms == ("南通",)


def test_the_page_marks_what_was_printed(client, printed):
    html = client.get(URL, {"q": '"南通 港"'}).content.decode()
    assert "找到 4 篇与" in html
    assert "<mark>南通　港</mark>" in html and "<mark>南通 港</mark>" in html
    assert "<mark>南通港</mark>" in html


def test_a_minus_phrase_typed_with_spaces_leaves_out_its_printed_spacing(printed):
    # 南通　港's story has 码头 too: left out, as 南通港 printed joined would be.
    assert names(printed, '码头 -"南通 港"') == {"apart"}
    assert parse_query('码头 -"南通 港"').excluded_spaced == (("南通港", ("南通", "港")),)


def test_the_desk_s_search_box_finds_the_printed_spacing_too(admin_client, printed):
    changelist = reverse("admin:articles_article_changelist")
    html = admin_client.get(changelist, {"q": '"南通 港"'}).content.decode()
    listed = {name for name, story in printed.items() if story.headline in html}
    assert listed == {"joined", "space", "wide", "run"}
    html = admin_client.get(changelist, {"q": '码头 -"南通 港"'}).content.decode()
    assert {name for name, story in printed.items() if story.headline in html} == {"apart"}
