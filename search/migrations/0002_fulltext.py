"""The full-text index, per database vendor (see search/models.py).

PostgreSQL: the GIN index on ``search_vector`` and a trigger that computes it from the token
columns (title weighted A, body B, ``simple`` configuration) whenever an entry is written.

SQLite: the FTS5 table ``search_fts`` with external content on ``search_searchentry`` (rowid =
article id), its ranking (bm25, title 10 : body 1) and the triggers that keep it in step with the
entries. SQLite drops a table's triggers when Django rebuilds the table, so a later migration that
alters ``search_searchentry`` on SQLite must create ``SQLITE_TRIGGERS`` again
(tests/search/test_migrations.py checks they exist).
"""

from django.contrib.postgres.indexes import GinIndex
from django.db import migrations

from search.schema import OnlyOn

POSTGRESQL_TRIGGER = [
    """
    CREATE FUNCTION search_entry_vector_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.search_vector :=
            setweight(to_tsvector('simple', coalesce(NEW.title_tokens, '')), 'A') ||
            setweight(to_tsvector('simple', coalesce(NEW.body_tokens, '')), 'B');
        RETURN NEW;
    END
    $$
    """,
    """
    CREATE TRIGGER search_entry_vector_update
    BEFORE INSERT OR UPDATE ON search_searchentry
    FOR EACH ROW EXECUTE FUNCTION search_entry_vector_update()
    """,
]
POSTGRESQL_TRIGGER_REVERSE = [
    "DROP TRIGGER IF EXISTS search_entry_vector_update ON search_searchentry",
    "DROP FUNCTION IF EXISTS search_entry_vector_update()",
]

SQLITE_FTS = [
    """
    CREATE VIRTUAL TABLE search_fts USING fts5(
        title_tokens, body_tokens,
        content='search_searchentry', content_rowid='article_id',
        tokenize='unicode61 remove_diacritics 0'
    )
    """,
    "INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)')",
]
SQLITE_TRIGGERS = [
    """
    CREATE TRIGGER search_entry_fts_insert AFTER INSERT ON search_searchentry BEGIN
        INSERT INTO search_fts(rowid, title_tokens, body_tokens)
        VALUES (new.article_id, new.title_tokens, new.body_tokens);
    END
    """,
    """
    CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON search_searchentry BEGIN
        INSERT INTO search_fts(search_fts, rowid, title_tokens, body_tokens)
        VALUES ('delete', old.article_id, old.title_tokens, old.body_tokens);
    END
    """,
    """
    CREATE TRIGGER search_entry_fts_update AFTER UPDATE ON search_searchentry BEGIN
        INSERT INTO search_fts(search_fts, rowid, title_tokens, body_tokens)
        VALUES ('delete', old.article_id, old.title_tokens, old.body_tokens);
        INSERT INTO search_fts(rowid, title_tokens, body_tokens)
        VALUES (new.article_id, new.title_tokens, new.body_tokens);
    END
    """,
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS search_entry_fts_update",
    "DROP TRIGGER IF EXISTS search_entry_fts_delete",
    "DROP TRIGGER IF EXISTS search_entry_fts_insert",
    "DROP TABLE IF EXISTS search_fts",
]


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
    ]

    operations = [
        OnlyOn(
            "postgresql",
            migrations.AddIndex(
                model_name="searchentry",
                index=GinIndex(fields=["search_vector"], name="search_entry_vector_gin"),
            ),
        ),
        OnlyOn(
            "postgresql",
            migrations.RunSQL(POSTGRESQL_TRIGGER, POSTGRESQL_TRIGGER_REVERSE),
        ),
        OnlyOn(
            "sqlite",
            migrations.RunSQL(SQLITE_FTS + SQLITE_TRIGGERS, SQLITE_REVERSE),
        ),
    ]
