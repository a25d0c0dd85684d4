"""PostgreSQL: migration search.0010 gives the entries already written the 版次 of their stories'
pages, and leaves the table's indexes as a fresh build would: the table is written again once,
not every entry updated in place (which left the word index and the index of characters nearly
twice their size until a ``REINDEX``: bench/HISTORY.md, stop 57)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from articles.models import ArticlePart, Page
from tests.search.conftest import make_story

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
BEFORE, AFTER = ("search", "0009_photo_characters"), ("search", "0010_entry_pages")


def _migrate(target: tuple[str, str]) -> None:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([target])


def _labels() -> dict[int, list[str]]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT article_id, labels FROM search_searchentry")
        return {story: sorted(labels) for story, labels in cursor.fetchall()}


def _index_versions() -> dict[str, int]:
    """Each index of the entries' table → its file node: a new one when the index was built
    again from the table, the same one when rows were only added to it."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT c.relname, c.relfilenode FROM pg_index i JOIN pg_class c ON c.oid = "
            "i.indexrelid WHERE i.indrelid = 'search_searchentry'::regclass"
        )
        return dict(cursor.fetchall())


def _column() -> tuple:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT data_type, udt_name, is_nullable, column_default FROM "
            "information_schema.columns WHERE table_name = 'search_searchentry' AND "
            "column_name = 'labels'"
        )
        return cursor.fetchone()


@pytest.mark.django_db(transaction=True)
def test_the_entries_written_before_get_their_labels_and_fresh_indexes():
    jumped = make_story("港口建设提速", "港口建设继续推进。", label="A1")
    alone = make_story("夜市开张", "渔港夜市开张。", label="A3")
    A2 = Page.objects.create(issue=jumped.issue, label="A2", sequence=2)
    ArticlePart.objects.create(article=jumped, page=A2, position=1, sequence=1, blocks=[])
    expected = {jumped.pk: ["A1", "A2"], alone.pk: ["A3"]}
    made = _column()
    assert _labels() == expected
    try:
        _migrate(BEFORE)
        before = _index_versions()
        _migrate(AFTER)
        assert _labels() == expected
        assert _column() == made == ("ARRAY", "_text", "NO", "'{}'::text[]")
        after = _index_versions()
        assert set(after) == set(before) | {"search_entry_labels_gin"}
        rebuilt = [name for name in before if after[name] != before[name]]
        assert sorted(rebuilt) == sorted(before)
        story = make_story("新的稿件", "渔港夜市开张。", label="A5")  # the triggers still keep them
        assert _labels()[story.pk] == ["A5"]
    finally:
        _migrate(AFTER)
