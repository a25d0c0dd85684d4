"""The uncached bench's ``--counts`` (bench/uncached_bench.py): the cache keys a request reads and
writes are counted once each, whether the backend serves a ``get_many`` with one read or with one
``get`` a key, and the cache is left as it was."""

from django.core.cache import caches

from bench.uncached_bench import _CacheCounter


def test_a_get_many_counts_each_key_once_even_when_the_backend_gets_them_one_by_one():
    cache = caches["default"]  # the tests' LocMemCache: its get_many calls its own get
    cache.set("newsroom:tag:s1", "v1")
    counter = _CacheCounter()
    with counter.watch():
        cache.get_many(["newsroom:tag:s1", "newsroom:tag:s2", "newsroom:tag:any"])
        cache.get("newsroom:kept:body:7")
    assert counter.reads == {"newsroom:tag": 3, "newsroom:kept:body": 1}
    assert counter.writes == {}


def test_writes_are_counted_by_kind_and_apart_from_reads():
    cache = caches["default"]
    counter = _CacheCounter()
    with counter.watch():
        cache.set("newsroom:kept:body:7", b"x")
        cache.set_many({"newsroom:tag:s1": "v2", "newsroom:tag:p1": "v2"})
        cache.add("newsroom:tag:i1", "v2")
    assert counter.writes == {"newsroom:kept:body": 1, "newsroom:tag": 3}
    assert counter.reads == {}


def test_the_cache_is_left_uncounted_after_the_block():
    cache = caches["default"]
    counter = _CacheCounter()
    with counter.watch():
        cache.get("newsroom:tag:s1")
    cache.get("newsroom:tag:s1")
    cache.set("newsroom:tag:s1", "v3")
    assert counter.reads == {"newsroom:tag": 1}
    assert counter.writes == {}
    assert "get" not in vars(cache) and "set" not in vars(cache)
