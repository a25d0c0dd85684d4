"""Letter-spaced titles, bylines and text (副刊 pages, OCR: ``秋 思``, poet ``李 白``,
``城 市 公 交``) are indexed as the unspaced words readers type: ``秋思`` and ``李白`` find them.
The stored text stays as printed, a mark covers the printed characters (spaces included), a
query's space still means "both words", and ``rebuild_search_index --changed`` brings an index
built before up to date. On both databases (the index, the substring check and its fallback)."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article
from search import entriesahead, indexing
from search.engine import parse_query, search
from search.highlight import highlight, snippet
from search.text import join_letter_spaced, normalize
from tests.search.conftest import contains, make_story

pytestmark = pytest.mark.django_db


def found(query: str) -> set[int]:
    return {a.pk for a in search(Article.objects.published(), query).queryset}


@pytest.mark.parametrize(
    ("printed", "indexed"),
    [
        ("秋 思", "秋思"),
        ("记者 李 白", "记者 李白"),
        ("城 市 公 交 开通", "城市公交 开通"),
        ("南 通 李白", "南通 李白"),
        ("南通 服务", "南通 服务"),  # words of two characters: a space between words stays
        ("报 南通", "报 南通"),
        ("秋  思", "秋  思"),  # two spaces: not letter-spaced
        ("a b 秋", "a b 秋"),
    ],
)
def test_only_letter_spaced_han_runs_are_joined(printed, indexed):
    assert join_letter_spaced(printed) == indexed


def test_a_letter_spaced_title_is_found_as_typed_unspaced():
    poem = make_story("秋 思", "枯藤老树昏鸦，小桥流水人家。")
    make_story("秋天的思念", "又是一年秋风起。")
    assert found("秋思") == {poem.pk}
    assert found("秋 思") >= {poem.pk}  # as before: both characters
    assert contains(poem, "秋思")
    assert poem.headline == "秋 思"  # stored as printed


def test_a_letter_spaced_byline_and_text_are_found_as_typed_unspaced():
    story = make_story("静夜思", "诗人 李 白 的名篇。", "本市 城 市 公 交 线路调整。")
    other = make_story("李家白菜丰收", "李师傅家的白菜丰收了。")
    byline = make_story("月下独酌", "花间一壶酒。")
    Article.objects.filter(pk=byline.pk).update(byline="李 白")
    indexing.index_articles([byline.pk], force=True)
    assert found("李白") == {story.pk, byline.pk}
    assert found("城市公交") == {story.pk}
    assert other.pk in found("李 白")  # a query's space: both characters, anywhere


def test_a_mark_covers_the_printed_letter_spaced_characters():
    query = parse_query("李白")
    assert highlight("诗人 李 白 的名篇", query) == "诗人 <mark>李 白</mark> 的名篇"
    assert snippet("诗人 李 白 的名篇。", query) == "诗人 <mark>李 白</mark> 的名篇。"
    assert highlight("秋 思", parse_query("秋思")) == "<mark>秋 思</mark>"
    # Printed unspaced, as before.
    assert highlight("诗人李白的名篇", query) == "诗人<mark>李白</mark>的名篇"


def test_the_search_page_finds_and_marks_a_letter_spaced_title(client):
    poem = make_story("秋 思", "枯藤老树昏鸦，小桥流水人家。")
    html = client.get(reverse("search:search"), {"q": "秋思"}).content.decode()
    assert poem.get_absolute_url() in html
    assert "<mark>秋 思</mark>" in html


def test_rebuild_changed_joins_letter_spaced_runs_of_an_index_built_before(monkeypatch):
    poem = make_story("秋 思", "枯藤老树昏鸦。", index=False)
    other = make_story("港口新闻", "港口建设提速。")
    # As an index built before this: entries are made by search.entriesahead.
    monkeypatch.setattr(indexing, "index_form", normalize)
    monkeypatch.setattr(entriesahead, "index_form", normalize)
    indexing.index_articles([poem.pk])
    monkeypatch.undo()
    assert found("秋思") == set()
    out = StringIO()
    call_command("rebuild_search_index", "--changed", "--no-progress", stdout=out)
    assert out.getvalue().startswith("Re-indexed 1 of 2 stories")
    assert found("秋思") == {poem.pk}
    assert other.pk not in found("秋思")
