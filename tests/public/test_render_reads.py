"""What a public page reads of the cache while it renders without the page cache (issue 18):
each tag's version once, however many kept values and the page itself check it, and never a
version that could outlive a change made meanwhile."""

from __future__ import annotations

from collections import Counter

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from articles import caching, httpcache
from tests.public.conftest import PARTY


@pytest.fixture
def page_cache_off(settings):
    settings.NEWSROOM_PUBLIC_CACHE_SECONDS = 0
    settings.NEWSROOM_KEPT_SECONDS = 3600


@pytest.fixture
def tag_reads(monkeypatch):
    """How many times each tag key is asked of the cache (every read goes through
    ``get_many``)."""
    reads: Counter = Counter()
    get_many = cache.get_many

    def counted(keys, *args, **kwargs):
        reads.update(k for k in keys if k.startswith(caching.TAG_PREFIX))
        return get_many(keys, *args, **kwargs)

    monkeypatch.setattr(cache, "get_many", counted)
    return reads


def test_a_story_page_reads_each_tag_once_but_any_twice(client, edition, page_cache_off, tag_reads):
    url = edition.url(PARTY)
    client.get(url)  # works out and keeps its pieces
    cache.set(caching.LAST_KEY, "a change elsewhere", timeout=None)  # nothing read is reused
    tag_reads.clear()
    assert client.get(url).status_code == 200
    # the issue's pages, the story's body, 上一篇/下一篇 and the related stories are each checked
    # against the issue frame's tag and the epoch, and the page stores itself under them too
    frame = caching.TAG_PREFIX + caching.issue_frame(edition.issue.pk)
    assert tag_reads[frame] == 1
    assert tag_reads[caching.TAG_PREFIX + caching.ALL] == 1
    # ``any`` (which is ``last`` too) before the render and after it
    assert tag_reads[caching.TAG_PREFIX + caching.ANY] == 2


def test_a_story_page_rendered_again_with_no_change_between_reads_only_any_and_last(
    client, edition, page_cache_off, tag_reads
):
    url = edition.url(PARTY)
    client.get(url)
    tag_reads.clear()
    assert client.get(url).status_code == 200
    assert set(tag_reads) == {caching.TAG_PREFIX + caching.ANY, caching.LAST_KEY}
    # ``any`` (which is ``last`` too: one key) before the render and after it: two reads
    assert tag_reads[caching.TAG_PREFIX + caching.ANY] == 2
    assert sum(tag_reads.values()) == 2


def test_a_version_read_in_one_render_is_not_used_in_the_next(db, settings):
    settings.NEWSROOM_KEPT_SECONDS = 3600
    tag = caching.story(1)
    with caching.collecting(caching.change_mark()):
        first = caching.tag_versions([tag])[tag]
    cache.set(caching.TAG_PREFIX + tag, "changed since", timeout=None)
    with caching.collecting(caching.change_mark()):
        assert caching.tag_versions([tag])[tag] == "changed since" != first
    # outside a render nothing is remembered either
    cache.set(caching.TAG_PREFIX + tag, "changed again", timeout=None)
    assert caching.tag_versions([tag])[tag] == "changed again"


def test_any_and_last_are_read_afresh_inside_a_render(
    db, settings, django_capture_on_commit_callbacks
):
    settings.NEWSROOM_KEPT_SECONDS = 3600
    before = caching.change_mark()
    with caching.collecting(before):
        caching.last_change()
        with django_capture_on_commit_callbacks(execute=True):
            caching.bump_content_version([caching.story(1)])
        assert caching.change_mark() != before
        assert caching.last_change() == cache.get(caching.LAST_KEY)


def test_a_kept_value_is_not_used_once_its_tag_changed_in_another_render(
    db, settings, django_capture_on_commit_callbacks
):
    settings.NEWSROOM_KEPT_SECONDS = 3600
    tags = lambda value: [caching.story(1)]  # noqa: E731
    with caching.collecting(caching.change_mark()):
        assert caching.kept("x", lambda: "old", tags) == "old"
    with django_capture_on_commit_callbacks(execute=True):
        caching.bump_content_version([caching.story(1)])
    with caching.collecting(caching.change_mark()):
        assert caching.kept("x", lambda: "new", tags) == "new"


@pytest.mark.parametrize("max_age", [0, 60])
@pytest.mark.parametrize("etag", ['"e"', None])
@pytest.mark.parametrize("before", [None, "private, max-age=30"])
def test_a_public_response_gets_the_cache_control_patch_cache_control_gives(
    settings, max_age, etag, before
):
    settings.NEWSROOM_PUBLIC_MAX_AGE = max_age
    ours, theirs = HttpResponse("x"), HttpResponse("x")
    if before:
        ours["Cache-Control"] = theirs["Cache-Control"] = before
    httpcache._finish(ours, etag, "miss")
    if max_age and etag is not None:
        patch_cache_control(theirs, public=True, max_age=max_age)
    else:
        patch_cache_control(theirs, public=True, no_cache=True, max_age=0)
    assert ours["Cache-Control"] == theirs["Cache-Control"]


def test_a_story_page_after_a_change_elsewhere_reads_none_of_its_kept_values_again(
    client, edition, page_cache_off, monkeypatch, django_capture_on_commit_callbacks
):
    url = edition.url(PARTY)
    client.get(url)  # works out and keeps its pieces (the issue's pages, body, neighbours …)
    with django_capture_on_commit_callbacks(execute=True):
        caching.bump_content_version(["s999999"])  # a change to no story it shows: a new last
    kept_reads: list[str] = []
    get = cache.get

    def counted(key, *args, **kwargs):
        if key.startswith(caching.KEPT_PREFIX):
            kept_reads.append(key)
        return get(key, *args, **kwargs)

    monkeypatch.setattr(cache, "get", counted)
    before = client.get(url).content
    # each checked against its tags' versions (read once each), none read from the cache again
    assert kept_reads == []
    cache.set(caching.LAST_KEY, "another change elsewhere", timeout=None)
    assert client.get(url).content == before
