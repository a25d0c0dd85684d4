"""The vendor-specific parts of the index exist after migrating (pytest-django migrates)."""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite only")
def test_sqlite_has_the_fts5_table_and_its_triggers():
    with connection.cursor() as cursor:
        cursor.execute("SELECT type, name FROM sqlite_master WHERE name LIKE 'search_%'")
        objects = set(cursor.fetchall())
    assert ("table", "search_fts") in objects
    # SQLite drops a table's triggers when Django rebuilds it: a later migration that alters
    # search_searchentry must create these again (see search/migrations/0002_fulltext.py).
    assert {
        ("trigger", "search_entry_fts_insert"),
        ("trigger", "search_entry_fts_delete"),
        ("trigger", "search_entry_fts_update"),
    } <= objects


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
def test_postgresql_has_the_gin_index_and_the_vector_trigger():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'search_entry_vector_gin'"
        )
        (definition,) = cursor.fetchone()
        cursor.execute(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'search_searchentry'::regclass "
            "AND NOT tgisinternal"
        )
        triggers = {row[0] for row in cursor.fetchall()}
    assert "USING gin (search_vector)" in definition
    assert triggers == {
        "search_entry_vector_update",
        "search_entry_issue_date",
        "search_entry_pages",
    }


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
def test_postgresql_table_settings_keep_the_planner_on_the_index():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attstattarget FROM pg_attribute WHERE attrelid = "
            "'search_searchentry'::regclass AND attname = 'search_vector'"
        )
        assert cursor.fetchone()[0] == 0
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'search_searchentry'")
        assert "toast_tuple_target=128" in cursor.fetchone()[0]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
def test_postgresql_weights_the_title_above_the_body(db):
    from search.models import SearchEntry
    from tests.search.conftest import make_story

    story = make_story("港口发展", "建设提速。")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT search_vector::text FROM search_searchentry WHERE article_id = %s", [story.pk]
        )
        (vector,) = cursor.fetchone()
    assert "'港口':1A" in vector and "'建设':" in vector and "B" in vector
    assert SearchEntry.objects.get(pk=story.pk).title == "港口发展"
