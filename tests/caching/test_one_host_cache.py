"""The page cache of one host without Redis (issue 18): it keeps a working day of pages and tag
versions (Django's file cache dropped a third of itself at random past 300 entries), and no
change's tag bump is lost while another process holds the cache's lock."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from django.core.cache import cache, caches

from articles import caching
from tests.caching import base_settings, deployed_one_host_cache


@pytest.fixture
def one_host(settings, tmp_path):
    """The deployed one-host cache, in the test's own folder."""
    settings.CACHES = {"default": deployed_one_host_cache(tmp_path / "cache")}
    yield caches["default"]
    cache.clear()


def test_one_host_without_redis_is_served_by_the_disk_cache():
    assert base_settings()["CACHES"]["default"]["BACKEND"] == "newsroom.cachebackend.DiskCache"
    with_redis = base_settings(REDIS_URL="redis://127.0.0.1:6379/0")
    assert with_redis["CACHES"]["default"]["BACKEND"].endswith("RedisCache")


def test_the_cache_folder_can_be_moved(tmp_path):
    moved = base_settings(NEWSROOM_CACHE_DIR=str(tmp_path))["CACHES"]["default"]
    assert moved["LOCATION"] == str(tmp_path)


def test_more_entries_than_the_file_cache_kept_leave_every_tag_version_in_place(one_host):
    tags = [caching.story(n) for n in range(1000)]
    versions = caching.tag_versions(tags)
    for n in range(1000):  # a day's pages and fragments, each stored after its tags were read
        cache.set(f"page-{n}", "<p>版面</p>" * 200)
    assert caching.tag_versions(tags) == versions
    assert cache.get("page-0") == "<p>版面</p>" * 200


def test_a_tag_bump_waits_for_a_lock_another_process_holds(
    db, settings, tmp_path, django_capture_on_commit_callbacks
):
    # Held ten times as long as SQLite waits for a lock before it gives up (shortened here from
    # the deployed 5 s): a write that gave up would leave the old version in place.
    configured = deployed_one_host_cache(tmp_path / "cache")
    settings.CACHES = {"default": {**configured, "DATABASE_TIMEOUT": 0.05}}
    one_host = caches["default"]
    tag = caching.story(7)
    before = caching.tag_versions([tag])[tag]
    shards = sorted((tmp_path / "cache").glob("*/cache.db"))
    held, seen_while_held = threading.Event(), []

    def another_process_writes_for_a_while() -> None:
        connections = [sqlite3.connect(shard, isolation_level=None) for shard in shards]
        for connection in connections:
            connection.execute("BEGIN IMMEDIATE")  # the shard's write lock
        held.set()
        threading.Event().wait(0.5)  # the bump below starts meanwhile and must wait
        seen_while_held.append(one_host.get(caching.TAG_PREFIX + tag))  # reads never wait
        for connection in connections:
            connection.execute("ROLLBACK")
            connection.close()

    holder = threading.Thread(target=another_process_writes_for_a_while)
    holder.start()
    held.wait(10)
    with django_capture_on_commit_callbacks(execute=True):
        caching.bump_content_version([tag])
    holder.join(10)
    assert len(shards) == configured["SHARDS"] and seen_while_held == [before]
    assert cache.get(caching.TAG_PREFIX + tag) not in (None, before)
