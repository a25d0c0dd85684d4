"""A search that finds nothing suggests only what would find something (search/hints.py):
dropping the quotes when the phrase's words stand apart in some story the query lets in, dropping
an excluded word when it is what leaves the stories out, and neither when neither helps."""

import html
import re
from urllib.parse import parse_qs

import pytest
from django.urls import reverse

from tests.search.conftest import make_story
from tests.search.test_quoted_phrase import apart  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db
URL = reverse("search:search")


def no_results(client, q: str) -> str:
    html = client.get(URL, {"q": q}).content.decode()
    assert "没有找到与" in html, html
    return html.split('class="search-summary no-results">', 1)[1].split("</p>", 1)[0]


def test_an_exclusion_that_leaves_the_phrase_out_is_what_the_page_suggests_dropping(client):
    make_story("南通推动高质量发展", "南通市推动高质量发展，港口吞吐量再创新高。")
    said = no_results(client, '"高质量 发展" -南通')
    assert "有 1 篇稿件含要找的字词，但都含排除的词“南通”；" in said
    assert ">去掉“-南通”</a>就能找到" in said
    assert "去掉引号" not in said  # unquoted, -南通 still leaves the one story out


def test_dropping_the_quotes_is_suggested_with_what_it_would_find(client, apart):  # noqa: F811
    said = no_results(client, "“快车道驶入”")
    assert "去掉引号</a>，能找到其中的词分开出现的 2 篇稿件" in said
    assert "就能找到" not in said  # nothing excluded


def test_nothing_is_suggested_when_neither_way_would_find_a_story(client, apart):  # noqa: F811
    # Both stories print 开通: unquoted the words stand apart only in stories -开通 leaves out,
    # and no story prints the phrase whole.
    said = no_results(client, "“快车道驶入” -开通")
    assert "去掉引号" not in said and "就能找到" not in said
    assert "试试换一个词" in said


def _links(said: str) -> dict[str, dict]:
    """The suggestions' links: their words → their query string, parsed."""
    found = re.findall(r'<a class="search-hint" href="\?([^"]*)">([^<]*)</a>', said)
    return {words: parse_qs(html.unescape(query)) for query, words in found}


def test_each_suggestion_links_its_search_keeping_the_other_filters(client, apart):  # noqa: F811
    make_story("南通推动高质量发展", "南通市推动高质量发展，港口吞吐量再创新高。")
    html_ = client.get(
        URL, {"q": '"快车道驶入" -开发', "start": "2000-01-01", "page": "1"}
    ).content.decode()
    said = html_.split('class="search-summary no-results">', 1)[1].split("</p>", 1)[0]
    links = _links(said)
    assert links["去掉引号"] == {"q": ["快车道驶入 -开发"], "start": ["2000-01-01"]}
    assert _links(no_results(client, '"高质量 发展" -南通'))["去掉“-南通”"] == {
        "q": ['"高质量 发展"']
    }
    # followed, each finds what it said it would
    for query in (links["去掉引号"],):
        found = client.get(URL, {k: v[0] for k, v in query.items()}).content.decode()
        assert "找到 2 篇与“快车道驶入 -开发”相关的稿件" in found


def test_a_query_quoted_whole_is_echoed_with_its_quotes_escaped(client, apart):  # noqa: F811
    said = no_results(client, "“快车道驶入”")
    assert said.startswith("没有找到与“快车道驶入”相关的稿件")
    assert no_results(client, '"<b>快车道驶入</b>"').startswith(
        "没有找到与&quot;&lt;b&gt;快车道驶入&lt;/b&gt;&quot;相关的稿件"
    )
    assert no_results(client, "『快车道驶入』").startswith("没有找到与『快车道驶入』相关的稿件")
