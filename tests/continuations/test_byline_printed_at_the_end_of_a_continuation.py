"""A byline printed apart at the end of a continuation (``本报记者 梁国华`` as the last line on
page 2, nothing on page 1) is kept with the whole story once the jump is stitched
(articles/continuations/joinedbylines.py): the story shows it, its search entry holds it (the
name finds the story as the 记者 filter does), and detaching the part gives it back. Pages
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from articles.continuations import jump_unlink
from articles.continuations.joinedbylines import joined_bylines, story_byline
from articles.models import Article, Jump, JumpState
from articles.publishing import issue_publish
from search.engine import search
from tests.factories import import_text

pytestmark = pytest.mark.django_db

DAY = date(2025, 6, 3)
HEADLINE = "冬闲变冬忙"
P1 = (
    f"{HEADLINE}\n\n本报讯 入冬以来，红旗公社各大队组织社员积肥修渠，男女老少齐上阵，"
    "工地上红旗招展，社员们说（下转第二版）\n"
)
TAIL = "今年冬天不能闲着，要为明年丰收打好基础。全公社已完成土方十二万方。"
P2 = f"（上接第一版）\n\n{TAIL}\n\n本报记者 梁国华\n"
ORDERS = pytest.mark.parametrize(
    "pages", [[(P1, "1"), (P2, "2")], [(P2, "2"), (P1, "1")]], ids=["head first", "tail first"]
)


def _import(pages) -> Article:
    for text, label in pages:
        import_text(text, label, when=DAY)
    story = Article.objects.get(headline=HEADLINE)
    assert story.parts.count() == 2, "the jump is stitched"
    assert story.reporter_names() == ["梁国华"]
    return story


def shown_byline(story: Article) -> str:
    """The 署名 the story page shows (its own, then its joined parts' printed apart)."""
    return story_byline(story, joined_bylines([story.pk]).get(story.pk, ()))


@ORDERS
def test_the_whole_story_shows_the_byline_its_continuation_printed(client, pages):
    story = _import(pages)
    assert shown_byline(story) == "本报记者 梁国华"
    issue_publish(issue=story.issue, acknowledge_broken=True)
    html = client.get(story.get_absolute_url()).content.decode()
    assert "本报记者" in html and "梁国华" in html


@ORDERS
def test_search_for_the_name_finds_what_the_reporter_filter_finds(client, pages):
    story = _import(pages)
    issue_publish(issue=story.issue, acknowledge_broken=True)
    typed = client.get(reverse("search:search"), {"q": "梁国华"})
    filtered = client.get(reverse("search:search"), {"reporter": "梁国华"})
    assert {s.pk for s in typed.context["page_obj"]} == {story.pk}
    assert {s.pk for s in filtered.context["page_obj"]} == {story.pk}
    assert {a.pk for a in search(Article.objects.all(), "本报记者 梁国华").queryset} == {story.pk}


@ORDERS
def test_detaching_the_part_gives_its_byline_back(pages):
    story = _import(pages)
    [jump] = Jump.objects.filter(direction="forward", state=JumpState.LINKED)
    jump_unlink(jump=jump)
    story.refresh_from_db()
    assert shown_byline(story) == ""
    [tail] = Article.objects.exclude(pk=story.pk)
    assert shown_byline(tail) == "本报记者 梁国华"
