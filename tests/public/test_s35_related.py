"""A story's related list right after an edit to the story alone: kept by what it is worked out
from, so the story page neither works it out nor writes it again (articles.related)."""

from __future__ import annotations

import pytest
from django.core.cache.backends.locmem import LocMemCache

from articles import caching
from articles.changes import stories_scope
from tests.public.conftest import PARTY


class RecordingCache(LocMemCache):
    """The test cache, recording the key of every value set."""

    written: list[str] = []

    def set(self, key, value, timeout=None, version=None):
        RecordingCache.written.append(key)
        return super().set(key, value, timeout, version)


@pytest.fixture
def recording_cache(settings):
    settings.CACHES = {"default": {"BACKEND": f"{__name__}.RecordingCache"}}
    settings.NEWSROOM_PUBLIC_CACHE_SECONDS = 0
    settings.NEWSROOM_KEPT_SECONDS = 3600
    RecordingCache.written = []
    return RecordingCache.written


def test_an_edit_to_the_story_alone_writes_no_related_list_again(
    client, edition, recording_cache, django_capture_on_commit_callbacks
):
    url = edition.url(PARTY)
    shown = [a.pk for a in client.get(url).context["related"]]
    assert shown and any("related" in key for key in recording_cache)  # worked out, kept
    recording_cache.clear()
    with django_capture_on_commit_callbacks(execute=True):  # its text edited: its tags bumped
        caching.bump_content_version(stories_scope([edition.article(PARTY).pk]))
    response = client.get(url)
    assert [a.pk for a in response.context["related"]] == shown
    kept = [key for key in recording_cache if caching.KEPT_PREFIX in key]
    assert kept  # its body, worked out again
    assert not [key for key in kept if "related" in key]
