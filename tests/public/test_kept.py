"""What the story, page and issue views work out at some cost (a story's related stories, the
issue's pages, its calendar and neighbouring issues) is kept between renders while nothing it
shows has changed (articles.caching.kept), so a page rendered without the page cache does not
work it out again, and never shows it stale."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import caching
from articles.models import Article, Issue, Photo
from articles.publishing import issue_publish
from tests.factories import import_text
from tests.public.conftest import DAY, ISSUE_URL, PAPER, PARTY, synthetic_page
from tests.public.test_queries import ARTICLE_QUERIES, ISSUE_QUERIES, PAGE_QUERIES

NEXT_DAY = date(2020, 7, 10)


@pytest.fixture
def page_cache_off(settings):
    settings.NEWSROOM_PUBLIC_CACHE_SECONDS = 0
    settings.NEWSROOM_KEPT_SECONDS = 3600


def queries(client, url: str) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in captured.captured_queries]


def test_a_story_page_rendered_again_does_not_work_out_its_related_stories_again(
    client, edition, page_cache_off
):
    url = edition.url(PARTY)
    first, again = queries(client, url), queries(client, url)
    assert len(first) == ARTICLE_QUERIES - 1  # no photo: no photo credits
    assert any("search_keyword" in sql for sql in first)
    assert not any("search_keyword" in sql for sql in again)
    # Only the gate is asked again: related (keywords 2, the desk's rule 1), the issue's pages,
    # the story's parts, bylines, photos and open jump, and 上一篇/下一篇 are kept.
    assert len(again) == 1


def test_the_issue_and_page_views_keep_the_issues_pages_and_calendar(
    client, edition, page_cache_off
):
    a1 = f"/{PAPER}/{DAY}/A1/"
    assert len(queries(client, ISSUE_URL)) == ISSUE_QUERIES
    # pages, month, 上一期, 下一期, the site's papers and the card's lead photo kept
    assert len(queries(client, ISSUE_URL)) == ISSUE_QUERIES - 6
    assert len(queries(client, a1)) == PAGE_QUERIES - 2  # the issue's pages and papers, kept


def test_an_edit_to_a_listed_story_shows_on_the_story_pages_that_list_it(
    client, edition, page_cache_off, django_capture_on_commit_callbacks
):
    url = edition.url(PARTY)
    listed = client.get(url).context["related"][0]
    other = Article.objects.get(pk=listed.pk)
    with django_capture_on_commit_callbacks(execute=True):
        other.headline = "编辑改过的主题"
        other.save()
    assert "编辑改过的主题" in client.get(url).content.decode()


def test_a_published_issue_shows_at_once_in_the_calendar_and_next_issue_link(
    client, edition, page_cache_off, django_capture_on_commit_callbacks
):
    client.get(ISSUE_URL)
    import_text(synthetic_page("A1", "要闻", 1, 0), "A1", when=NEXT_DAY)
    with django_capture_on_commit_callbacks(execute=True):
        issue_publish(issue=Issue.objects.get(date=NEXT_DAY), acknowledge_broken=True)
    assert f"/{PAPER}/{NEXT_DAY}/" in client.get(ISSUE_URL).content.decode()


def test_a_value_worked_out_while_content_changed_is_not_kept(
    db, settings, django_capture_on_commit_callbacks
):
    settings.NEWSROOM_KEPT_SECONDS = 3600
    tags = lambda value: [caching.story(1)]  # noqa: E731

    def changed_meanwhile():
        with django_capture_on_commit_callbacks(execute=True):
            caching.bump_content_version([caching.story(1)])
        return "worked out while story 1 changed"

    with caching.collecting(caching.change_mark()):
        caching.kept("test", changed_meanwhile, tags)
        assert caching.kept("test", lambda: "worked out again", tags) == "worked out again"
    with caching.collecting(caching.change_mark()):
        assert caching.kept("test", lambda: "kept", tags) == "kept"
        assert caching.kept("test", lambda: "not worked out", tags) == "kept"


def test_nothing_is_kept_outside_a_page_render(db, settings):
    settings.NEWSROOM_KEPT_SECONDS = 3600
    assert caching.kept("test", lambda: 1, lambda value: []) == 1
    assert caching.kept("test", lambda: 2, lambda value: []) == 2


# --- the story's own parts, bylines and photos, 上一篇/下一篇, and a page's pieces (issue 18) ---

A1_URL = f"/{PAPER}/{DAY}/A1/"


def test_a_story_page_rendered_again_asks_only_for_the_story(client, edition, page_cache_off):
    url = edition.url(PARTY)
    queries(client, url)
    assert len(queries(client, url)) == 1  # the story (with its issue and paper), if public


def test_an_edit_to_a_storys_text_shows_at_once_on_its_page_and_the_pages_it_is_printed_on(
    client, edition, page_cache_off, django_capture_on_commit_callbacks
):
    url = edition.url(PARTY)
    client.get(url), client.get(A1_URL)
    part = edition.article(PARTY).parts.get(sequence=0)
    with django_capture_on_commit_callbacks(execute=True):
        part.blocks = [{"kind": "paragraph", "text": "编辑刚改过的第一段。"}, *part.blocks[1:]]
        part.save()
    assert "编辑刚改过的第一段。" in client.get(url).content.decode()
    assert "编辑刚改过的第一段。" in client.get(A1_URL).content.decode()


def test_a_renamed_reporter_shows_at_once_on_the_story_and_its_page(
    client, edition, page_cache_off, django_capture_on_commit_callbacks
):
    story = Article.objects.filter(page=edition.a1, bylines__isnull=False).first()
    url = story.get_absolute_url()
    client.get(url), client.get(A1_URL)
    person = story.bylines.first().person
    with django_capture_on_commit_callbacks(execute=True):
        person.name = "改名的记者"
        person.save()
    assert "改名的记者" in client.get(url).content.decode()
    assert "改名的记者" in client.get(A1_URL).content.decode()


def test_a_neighbours_new_headline_shows_at_once_as_its_previous_or_next_story(
    client, edition, page_cache_off, django_capture_on_commit_callbacks
):
    url = edition.url(PARTY)
    response = client.get(url)
    neighbour = response.context["next_article"] or response.context["previous_article"]
    other = Article.objects.get(pk=neighbour.pk)
    with django_capture_on_commit_callbacks(execute=True):
        other.headline = "邻篇的新主题"
        other.save()
    assert "邻篇的新主题" in client.get(url).content.decode()


def test_a_photo_given_to_a_story_and_a_new_caption_show_at_once(
    client, edition, page_cache_off, django_capture_on_commit_callbacks
):
    url = edition.url(PARTY)
    client.get(url), client.get(A1_URL)
    photo = Photo.objects.filter(page=edition.a1).first()
    with django_capture_on_commit_callbacks(execute=True):
        photo.article = edition.article(PARTY)
        photo.caption = "新换的图片说明"
        photo.save()
    assert "新换的图片说明" in client.get(url).content.decode()
    assert "新换的图片说明" in client.get(A1_URL).content.decode()


def test_an_unpublished_story_leaves_its_page_and_its_neighbours_at_once(
    client, edition, page_cache_off, django_capture_on_commit_callbacks
):
    url = edition.url(PARTY)
    others = [a.get_absolute_url() for a in Article.objects.filter(page=edition.a1)]
    for shown in (A1_URL, *others):
        client.get(shown)
    story = edition.article(PARTY)
    with django_capture_on_commit_callbacks(execute=True):
        story.status = "draft"
        story.save()
    assert client.get(url).status_code == 404
    for shown in (A1_URL, *others):
        response = client.get(shown)
        assert response.status_code in (200, 404)
        if response.status_code == 200:
            assert url not in response.content.decode(), shown


def test_an_edited_headline_shows_at_once_on_the_issue_page(
    client, edition, page_cache_off, django_capture_on_commit_callbacks
):
    client.get(ISSUE_URL)
    story = edition.article(PARTY)
    with django_capture_on_commit_callbacks(execute=True):
        story.headline = "改过的主题出现在本期目录"
        story.save()
    assert "改过的主题出现在本期目录" in client.get(ISSUE_URL).content.decode()


# --- a story's related stories right after an edit to the story (issue 18) ---------------------


def scored(sqls: list[str]) -> list[str]:
    """The keyword-similarity queries (search.related: a SUM over shared keywords)."""
    return [sql for sql in sqls if "search_keyword" in sql and "SUM(" in sql.upper()]


def test_an_edit_that_leaves_what_related_stories_come_from_keeps_them(
    client, edition, page_cache_off, django_capture_on_commit_callbacks
):
    url = edition.url(PARTY)
    shown = [a.pk for a in client.get(url).context["related"]]
    photo = Photo.objects.filter(page=edition.a1).first()
    with django_capture_on_commit_callbacks(execute=True):
        photo.article = edition.article(PARTY)  # the story changed: not its keywords, reporters
        photo.caption = "只改了图片说明"
        photo.save()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert "只改了图片说明" in response.content.decode()
    assert [a.pk for a in response.context["related"]] == shown
    sqls = [query["sql"] for query in captured.captured_queries]
    assert not scored(sqls)  # kept under what the list is worked out from
    assert sum("search_keyword" in sql for sql in sqls) == 1  # the story's keywords, read


def test_an_edit_that_changes_a_storys_keywords_works_its_related_stories_out_again(
    client, edition, page_cache_off, django_capture_on_commit_callbacks
):
    from articles.changes import stories_scope
    from search.models import Keyword

    story = edition.article(PARTY)
    url = story.get_absolute_url()
    shown = [a.pk for a in client.get(url).context["related"]]
    other = Article.objects.filter(issue=edition.issue).exclude(pk__in=[story.pk, shown[0]])[0]
    with django_capture_on_commit_callbacks(execute=True):  # re-indexed: the other's keywords
        Keyword.objects.filter(article=story).delete()
        Keyword.objects.bulk_create(
            Keyword(article=story, word=k.word, weight=k.weight, rank=k.rank)
            for k in Keyword.objects.filter(article=other)
        )
        caching.bump_content_version(stories_scope([story.pk]))
    with CaptureQueriesContext(connection) as captured:
        related = client.get(url).context["related"]
    assert scored([query["sql"] for query in captured.captured_queries])
    assert related[0].pk == other.pk  # the story sharing every keyword, now first
