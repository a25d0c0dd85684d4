"""The desk's 稿件 search and a query whose words a story prints apart: ``大桥通车`` typed in
the box, the public search lists 海港大桥月底通车 with its note (不相连), the desk listed
nothing of it, so an editor looking for the story the readers find did not find it. The desk
lists such stories too, after those printing the characters together, each marked 不相连, and
says so as the public page does."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db

LIST = reverse("admin:articles_article_changelist")
#: The public results page's note for stories holding the words apart.
PUBLIC_NOTE = "没有稿件里这几个字连在一起；下面的稿件含有其中的每个词，但不相连"
#: The desk's, the same when it lists only those …
APART_NOTE = PUBLIC_NOTE + "。"
#: … and when it lists the stories holding the characters together first.
APART_AFTER_NOTE = (
    "先列出字连在一起的稿件；后面标“不相连”的稿件含有其中的每个词，但这几个字不连在一起。"
)


@pytest.fixture
def bridges(db):
    return {
        "apart": make_story("海港大桥月底通车", "工程进入收尾阶段。"),
        "together": make_story("大桥通车仪式举行", "大桥通车了。"),
        "other": make_story("城南菜场改造完工", "摊位整齐。"),
    }


def listed(client, query: str):
    response = client.get(LIST, {"q": query})
    assert response.status_code == 200
    rows = [a.pk for a in response.context["cl"].result_list]
    notes = [str(m) for m in response.context["messages"]]
    return rows, notes, response.content.decode()


def test_stories_holding_the_words_apart_are_listed_after_the_whole_matches(editor_client, bridges):
    rows, notes, html = listed(editor_client, "大桥通车")
    assert rows == [bridges["together"].pk, bridges["apart"].pk]
    assert notes == [APART_AFTER_NOTE]
    assert "不相连" in row(html, "海港大桥月底通车") and "search-apart" in html
    assert "不相连" not in row(html, "大桥通车仪式举行")


def row(html: str, headline: str) -> str:
    """The list's row (``<tr>…</tr>``) of the story ``headline``."""
    rows = html.split('id="result_list"')[1].split("</table>")[0].split("<tr")
    [found] = [r for r in rows if f">{headline}</a>" in r]
    return found


def test_apart_stories_alone_are_noted_as_the_public_search_notes_them(editor_client, client):
    apart = make_story("海港大桥月底通车", "工程进入收尾阶段。")
    rows, notes, _ = listed(editor_client, "大桥通车")
    assert rows == [apart.pk]
    assert notes == [APART_NOTE]
    public = client.get(reverse("search:search"), {"q": "大桥通车"}).content.decode()
    assert PUBLIC_NOTE in public and "海港大桥月底通车" in re.sub(r"<[^>]+>", "", public)


def test_a_column_sort_keeps_the_whole_matches_first(editor_client, bridges):
    """Sorted by 版内位置 (the apart story is first on the page), still whole matches first."""
    page = editor_client.get(LIST, {"q": "大桥通车"})
    columns = list(page.context["cl"].list_display)
    by_position = {"q": "大桥通车", "o": str(columns.index("position"))}
    rows = [a.pk for a in editor_client.get(LIST, by_position).context["cl"].result_list]
    assert bridges["apart"].position < bridges["together"].position
    assert rows == [bridges["together"].pk, bridges["apart"].pk]


def test_a_quoted_phrase_and_an_excluded_word_are_not_found_apart(editor_client, bridges):
    for query in ('"大桥通车"', "大桥通车 -海港"):
        rows, notes, html = listed(editor_client, query)
        assert rows == [bridges["together"].pk] and notes == []
        assert "不相连" not in html.split('id="result_list"')[1]


def test_one_word_searches_as_before_with_no_match_column(editor_client, bridges):
    rows, notes, html = listed(editor_client, "菜场")
    assert rows == [bridges["other"].pk] and notes == []
    assert "column-search_match" not in html
