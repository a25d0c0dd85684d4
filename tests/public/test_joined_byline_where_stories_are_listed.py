"""A byline printed at the end of a continuation (``本报记者 梁国华`` as the last line on page 2,
kept with the whole story once the jump is stitched: articles/continuations/joinedbylines.py)
is shown wherever the story's 署名 is: the story page, the page view's list of stories (on
either page), both JSON twins, and a search result found by the name quotes it, as a result
found by the story's own 署名 does. The same credits everywhere, read with the lists' rows (no
query of their own: tests/public/test_queries.py). Pages written for these tests."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from articles.models import Page
from articles.publishing import issue_publish
from tests.continuations.test_byline_printed_at_the_end_of_a_continuation import (
    DAY,
    P1,
    P2,
    _import,
)

pytestmark = pytest.mark.django_db

SHOWN = "本报记者 梁国华"


def _text(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


@pytest.fixture
def story():
    story = _import([(P1, "1"), (P2, "2")])
    issue_publish(issue=story.issue, acknowledge_broken=True)
    return story


def _credits_on(client, label: str) -> list[str]:
    url = Page.objects.get(label=label, issue__date=DAY).get_absolute_url()
    html = client.get(url).content.decode()
    return [_text(m) for m in re.findall(r'<p class="meta muted">(.*?)</p>', html)]


def test_the_page_views_list_credits_the_story_as_its_page_does(client, story):
    html = client.get(story.get_absolute_url()).content.decode()
    assert SHOWN in _text(re.search(r'<p class="byline">(.*?)</p>', html).group(1))
    assert _credits_on(client, "1") == [SHOWN]
    assert _credits_on(client, "2") == [SHOWN]


def test_the_json_twins_give_the_byline_the_story_page_shows(client, story):
    page = Page.objects.get(label="1", issue__date=DAY)
    listed = client.get(page.get_absolute_url().rstrip("/") + ".json").json()["stories"]
    assert [s["byline"] for s in listed] == [SHOWN]
    assert [s["reporters"] for s in listed] == [["梁国华"]]
    twin = client.get(story.get_absolute_url().rstrip("/") + ".json").json()
    assert twin["byline"] == SHOWN and [r["name"] for r in twin["reporters"]] == ["梁国华"]


def test_a_search_result_found_by_the_name_quotes_the_byline_it_was_found_by(client, story):
    response = client.get(reverse("search:search"), {"q": "梁国华"})
    [hit] = response.context["page_obj"]
    assert hit.pk == story.pk
    assert str(hit.hl_snippet) == "署名：本报记者 <mark>梁国华</mark>"
    assert hit.shown.people == ("梁国华",)
