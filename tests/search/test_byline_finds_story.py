"""A byline printed apart from the story's text (``本报记者 苏蔓`` on its own line, ``（记者 王小川）``
closing it), which the parser takes into the story's 署名, is in its index entry
(search.storycredits), so the reporter's name finds the story she signed, as a photographer's
credit line does; a result found only so quotes the byline. An index built before is brought
up to date by ``rebuild_search_index --changed``."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article, Issue
from search.engine import search
from search.models import Keyword
from search.storycredits import printed_credits
from tests.factories import import_text
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db

URL = reverse("search:search")
PAGE = """A3  民生

城南菜市场完成改造

本报记者 苏蔓

城南菜市场改造工程昨日完工，摊位由120个增加到160个。

市民表示，改造后的菜市场更加整洁。

老街区装上新路灯

沿河老街的一百二十盏新路灯昨晚亮起。

（记者 王小川）
"""


def hits(query: str) -> set[int]:
    return {a.pk for a in search(Article.objects.all(), query).queryset}


@pytest.fixture
def stories() -> dict[str, Article]:
    import_text(PAGE, "A3")
    Issue.objects.update(status="published")
    Article.objects.update(status="published")
    found = {a.headline: a for a in Article.objects.all()}
    assert found["城南菜市场完成改造"].byline == "本报记者 苏蔓"
    assert "苏蔓" not in found["城南菜市场完成改造"].full_text()
    return found


def test_a_reporter_s_name_in_a_byline_printed_apart_finds_the_story(stories):
    market, lights = stories["城南菜市场完成改造"], stories["老街区装上新路灯"]
    assert hits("苏蔓") == {market.pk}
    assert hits("蘇蔓") == {market.pk}  # (either script, as every word)
    assert hits("王小川") == {lights.pk}
    assert hits("菜市场") == {market.pk}  # (its text, as before)


def test_the_results_page_quotes_the_byline_the_story_was_found_by(client, stories):
    html = client.get(URL, {"q": "苏蔓"}).content.decode()
    assert "城南菜市场完成改造" in html
    assert "署名：本报记者 <mark>苏蔓</mark>" in html


def test_keywords_stay_drawn_from_the_story_s_own_text(stories):
    words = set(
        Keyword.objects.filter(article=stories["城南菜市场完成改造"]).values_list("word", flat=True)
    )
    assert words and "苏蔓" not in words and "记者" not in words


def test_a_byline_or_dateline_the_text_prints_is_not_indexed_twice():
    blocks = [[{"kind": "paragraph", "text": "本报讯（记者朱文君 卢兆欣）昨日上午，会议召开。"}]]
    assert printed_credits("记者朱文君　卢兆欣", "", blocks) == []
    opening = [[{"kind": "paragraph", "text": "新华社北京11月20日电 国家统计局发布数据。"}]]
    assert printed_credits("", "新华社北京11月20日电", opening) == []
    assert printed_credits("本报记者 苏蔓", "本报南京11月20日讯", opening) == [
        "本报记者 苏蔓",
        "本报南京11月20日讯",
    ]
    assert printed_credits("  ", "", opening) == []


def test_rebuild_changed_brings_an_index_built_without_bylines_up_to_date():
    story = make_story("城南菜市场完成改造", "城南菜市场改造工程昨日完工。")
    # A byline written with no save signal (as in an index built before bylines were in it).
    Article.objects.filter(pk=story.pk).update(byline="本报记者 苏蔓")
    assert hits("苏蔓") == set()
    out = StringIO()
    call_command("rebuild_search_index", "--changed", "--no-progress", stdout=out)
    assert hits("苏蔓") == {story.pk}
