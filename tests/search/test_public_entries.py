"""A search over the public stories read from the index entries alone (``search(..., public=True)``,
search/public.py), and the entry's ``visible`` that makes it possible (migration 0005's triggers):
every way a story's visibility changes reaches its entry, and the results are the ordinary ones."""

from datetime import date

import pytest
from django.db import connection

from articles.models import Article, Issue
from articles.publishing import issue_publish, issue_unpublish, stories_publish, stories_unpublish
from search import engine
from search.engine import search
from search.indexing import index_articles
from search.models import SearchEntry
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")


def _visible(story: Article) -> bool | None:
    return SearchEntry.objects.get(pk=story.pk).visible


@postgresql_only
def test_an_entry_is_visible_only_when_its_story_and_issue_are_published():
    shown = make_story("港口新闻", "港口建设。", day=date(2021, 3, 1))
    draft = make_story("港口草稿", "港口建设。", day=date(2021, 3, 2), published=False)
    waiting = make_story(
        "港口待发", "港口建设。", day=date(2021, 3, 2), slug="b", paper="乙报", published=False
    )
    Article.objects.filter(pk=waiting.pk).update(status="published")  # its issue stays a draft
    assert (_visible(shown), _visible(draft), _visible(waiting)) == (True, False, False)


@postgresql_only
def test_publishing_and_unpublishing_a_story_reach_its_entry():
    story = make_story("港口新闻", "港口建设。", day=date(2021, 3, 1))
    stories_unpublish(articles=[story])
    assert _visible(story) is False
    stories_publish(articles=[story])
    assert _visible(story) is True
    Article.objects.filter(pk=story.pk).update(status="draft")  # a bulk update, no signal
    assert _visible(story) is False
    story.refresh_from_db()
    story.status = "published"
    story.save()
    assert _visible(story) is True


@postgresql_only
def test_publishing_and_unpublishing_an_issue_reach_every_story_of_it():
    one = make_story("港口新闻", "港口建设。", day=date(2021, 3, 1))
    two = make_story("市场动态", "菜价平稳。", day=date(2021, 3, 1))
    issue_unpublish(issue=one.issue)
    assert (_visible(one), _visible(two)) == (False, False)
    issue_publish(issue=Issue.objects.get(pk=one.issue_id), acknowledge_broken=True)
    assert (_visible(one), _visible(two)) == (True, True)
    Issue.objects.filter(pk=one.issue_id).update(status="draft")
    assert (_visible(one), _visible(two)) == (False, False)


@postgresql_only
def test_a_story_moved_to_a_draft_issue_is_no_longer_visible():
    story = make_story("港口新闻", "港口建设。", day=date(2021, 3, 1))
    hidden = make_story("市场动态", "菜价平稳。", day=date(2021, 4, 1), published=False)
    Article.objects.filter(pk=story.pk).update(issue=hidden.issue)
    assert _visible(story) is False


@postgresql_only
def test_an_entry_cannot_be_made_visible_by_hand_and_keeps_its_state_when_reindexed():
    story = make_story("港口草稿", "港口建设。", published=False)
    SearchEntry.objects.filter(pk=story.pk).update(visible=True)
    assert _visible(story) is False
    index_articles([story.pk], force=True)  # an upsert
    assert _visible(story) is False


def _archive() -> list[Article]:
    """Ten days of 港口 stories (a draft story on day 9, a draft issue on day 3), others beside."""
    stories = []
    for day in range(1, 11):
        stories.append(
            make_story("港口新闻", "港口建设。", day=date(2021, 1, day), published=day != 9)
        )
        make_story("市场动态", "菜价平稳。", day=date(2021, 1, day), slug="other", paper="另报")
    stories.append(
        make_story("港口通讯", "港口扩建。", day=date(2021, 1, 3), slug="c", paper="丙报")
    )
    Issue.objects.filter(publication__slug="c").update(status="draft")
    return stories


def _figures(result) -> tuple:
    return [s.pk for s in result.queryset], result.total, result.capped, result.listed


@pytest.mark.parametrize("recent", [1, 4, 12, 40])
@pytest.mark.parametrize("query", ["港口", "港口建设", "港口 扩建"])
def test_the_entries_give_the_results_the_stories_give(monkeypatch, recent, query):
    monkeypatch.setattr(engine, "RANK_WINDOW", 3)
    monkeypatch.setattr(engine, "COUNT_CAP", 5)
    monkeypatch.setattr(engine, "RECENT_ENTRIES", recent)
    monkeypatch.setattr(engine, "_recent_dates", {})
    _archive()
    expected = _figures(search(Article.objects.public(), query))
    assert _figures(search(Article.objects.public(), query, public=True)) == expected


def test_an_unpublished_story_is_not_found_through_the_entries():
    stories = _archive()
    before = search(Article.objects.public(), "港口", public=True)
    assert before.total == 9  # ten days, less the draft story of day 9 and the draft issue
    stories_unpublish(articles=[stories[9]])
    issue_unpublish(issue=stories[0].issue)
    after = search(Article.objects.public(), "港口", public=True)
    found = {s.pk for s in after.queryset}
    assert after.total == 7 and not found & {stories[0].pk, stories[8].pk, stories[9].pk}


@pytest.mark.parametrize("recent", [2, 8, 40])
def test_a_full_recent_window_is_told_the_same_from_the_entries(monkeypatch, recent):
    monkeypatch.setattr(engine, "RANK_WINDOW", 3)
    monkeypatch.setattr(engine, "RECENT_ENTRIES", recent)
    monkeypatch.setattr(engine, "_recent_dates", {})
    _archive()
    q = engine.parse_query("港口")
    matched = engine.index_filter(Article.objects.public(), q)
    entries = engine.public_window_entries("default", q, True)
    assert engine.recent_window_is_full(matched, entries) == engine.recent_window_is_full(matched)
