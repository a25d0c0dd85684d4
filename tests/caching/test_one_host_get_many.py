"""The one-host cache's ``get_many`` (newsroom/cachebackend.py) reads many keys in one statement
a shard and gives what a ``get`` of each gives: held values of every kind, nothing for a key
missing, expired or whose file went, nothing for a shard that cannot be read."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from unittest import mock

import pytest
from django.core.cache import caches

from tests.caching import deployed_one_host_cache


def _one_by_one(cache, keys) -> dict:
    missing = object()
    found = {key: cache.get(key, missing) for key in keys}
    return {key: value for key, value in found.items() if value is not missing}


@pytest.fixture
def one_host(settings, tmp_path):
    """The deployed one-host cache, in the test's own folder, with two shards (a key's shard is
    its hash's)."""
    configured = deployed_one_host_cache(tmp_path / "cache")
    settings.CACHES = {"default": {**configured, "SHARDS": 2}}
    cache = caches["default"]
    yield cache
    cache.clear()


def test_many_keys_read_together_give_what_each_read_gives(one_host):
    values = {
        "tag-a": "v1-2f",
        "number": 7,
        "ratio": 0.5,
        "bytes": b"\x00\x01",
        "page": "<p>版面</p>" * 300,
        "kept": {"ids": [1, 2, 3]},
        "large": "长" * (2**20),  # (a file of its own beside the shard)
    }
    for key, value in values.items():
        one_host.set(key, value, timeout=None)
    one_host.set("expired", "old", timeout=60)
    keys = [*values, "expired", "never-set", *(f"tag-{n}" for n in range(1500))]
    with mock.patch("time.time", return_value=time.time() + 120):
        got = one_host.get_many(keys)
        assert got == _one_by_one(one_host, keys)
    assert got == values
    assert one_host.get_many([]) == {}


def test_a_commits_hundred_tags_are_read_in_one_statement_a_shard(one_host):
    keys = [f"tag-{n}" for n in range(100)]
    one_host.set_many(dict.fromkeys(keys[::3], "v1"), timeout=None)
    statements = []
    for shard in one_host._cache._shards:
        shard._con.set_trace_callback(statements.append)
    try:
        got = one_host.get_many(keys)
    finally:
        for shard in one_host._cache._shards:
            shard._con.set_trace_callback(None)
    assert got == dict.fromkeys(keys[::3], "v1")
    assert len([sql for sql in statements if sql.startswith("SELECT")]) <= 2


def test_a_value_whose_file_went_is_missing(one_host):
    one_host.set("large", "长" * (2**20), timeout=None)
    one_host.set("small", "短", timeout=None)
    files = list(Path(one_host._cache.directory).rglob("*.val"))
    assert len(files) == 1
    files[0].unlink()
    assert one_host.get_many(["large", "small"]) == {"small": "短"}
    assert _one_by_one(one_host, ["large", "small"]) == {"small": "短"}


def test_a_shard_that_cannot_be_read_gives_none_of_its_keys(one_host):
    one_host.set("a", "1", timeout=None)
    shard = one_host._cache._shards[0]
    failing = mock.patch.object(
        type(shard), "_sql", new_callable=mock.PropertyMock, side_effect=sqlite3.OperationalError
    )
    with failing:
        assert one_host.get_many(["a"]) == {}
        assert _one_by_one(one_host, ["a"]) == {}
