"""The index of photos standing alone (picture news with no story): :class:`search.models.PhotoEntry`
and its full-text structure, per vendor, as 0002 made the stories' (see search/models.py).

PostgreSQL: the GIN index on ``search_vector`` and a trigger that computes it from the token
columns (caption weighted A, credit line B, ``simple`` configuration) when they are written.

SQLite: the FTS5 table ``search_photo_fts`` with external content on ``search_photoentry``
(rowid = photo id), ranked by bm25 (caption 10 : credit 1), and the triggers that keep it in
step with the entries. As for ``search_fts``, a later migration that makes Django rebuild
``search_photoentry`` on SQLite must create ``SQLITE_TRIGGERS`` again
(tests/search/test_photo_search.py checks they exist).

No backfill here (segmenting every caption is the indexer's work, not a migration's):
``manage.py rebuild_search_index --photos`` indexes the photos already imported (a full
``rebuild_search_index`` and ``--changed`` do too).
"""

import django.contrib.postgres.search
import django.db.models.deletion
from django.contrib.postgres.indexes import GinIndex
from django.db import migrations, models

import search.models
from search.schema import OnlyOn

POSTGRESQL_TRIGGER = [
    """
    CREATE FUNCTION search_photo_vector_update() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.search_vector :=
            setweight(to_tsvector('simple', coalesce(NEW.caption_tokens, '')), 'A') ||
            setweight(to_tsvector('simple', coalesce(NEW.credit_tokens, '')), 'B');
        RETURN NEW;
    END
    $$
    """,
    """
    CREATE TRIGGER search_photo_vector_update
    BEFORE INSERT OR UPDATE OF caption_tokens, credit_tokens ON search_photoentry
    FOR EACH ROW EXECUTE FUNCTION search_photo_vector_update()
    """,
]
POSTGRESQL_TRIGGER_REVERSE = [
    "DROP TRIGGER IF EXISTS search_photo_vector_update ON search_photoentry",
    "DROP FUNCTION IF EXISTS search_photo_vector_update()",
]

SQLITE_FTS = [
    """
    CREATE VIRTUAL TABLE search_photo_fts USING fts5(
        caption_tokens, credit_tokens,
        content='search_photoentry', content_rowid='photo_id',
        tokenize='unicode61 remove_diacritics 0'
    )
    """,
    "INSERT INTO search_photo_fts(search_photo_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)')",
]
SQLITE_TRIGGERS = [
    """
    CREATE TRIGGER search_photo_fts_insert AFTER INSERT ON search_photoentry BEGIN
        INSERT INTO search_photo_fts(rowid, caption_tokens, credit_tokens)
        VALUES (new.photo_id, new.caption_tokens, new.credit_tokens);
    END
    """,
    """
    CREATE TRIGGER search_photo_fts_delete AFTER DELETE ON search_photoentry BEGIN
        INSERT INTO search_photo_fts(search_photo_fts, rowid, caption_tokens, credit_tokens)
        VALUES ('delete', old.photo_id, old.caption_tokens, old.credit_tokens);
    END
    """,
    """
    CREATE TRIGGER search_photo_fts_update AFTER UPDATE ON search_photoentry BEGIN
        INSERT INTO search_photo_fts(search_photo_fts, rowid, caption_tokens, credit_tokens)
        VALUES ('delete', old.photo_id, old.caption_tokens, old.credit_tokens);
        INSERT INTO search_photo_fts(rowid, caption_tokens, credit_tokens)
        VALUES (new.photo_id, new.caption_tokens, new.credit_tokens);
    END
    """,
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS search_photo_fts_update",
    "DROP TRIGGER IF EXISTS search_photo_fts_delete",
    "DROP TRIGGER IF EXISTS search_photo_fts_insert",
    "DROP TABLE IF EXISTS search_photo_fts",
]


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0015_page_checksum_index"),
        ("search", "0006_recent_index"),
    ]

    operations = [
        migrations.CreateModel(
            name="PhotoEntry",
            fields=[
                (
                    "photo",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="search_entry",
                        serialize=False,
                        to="articles.photo",
                        verbose_name="图片",
                    ),
                ),
                ("caption", models.TextField(blank=True, verbose_name="图片说明（规范化）")),
                ("credit", models.TextField(blank=True, verbose_name="署名行（规范化）")),
                ("caption_tokens", models.TextField(blank=True, verbose_name="图片说明分词")),
                ("credit_tokens", models.TextField(blank=True, verbose_name="署名行分词")),
                (
                    "search_vector",
                    django.contrib.postgres.search.SearchVectorField(
                        editable=False, null=True, verbose_name="检索向量"
                    ),
                ),
                (
                    "source_hash",
                    models.CharField(blank=True, max_length=64, verbose_name="文本校验和"),
                ),
                ("indexed_at", models.DateTimeField(auto_now=True, verbose_name="索引时间")),
            ],
            options={
                "verbose_name": "图片检索条目",
                "verbose_name_plural": "图片检索条目",
            },
        ),
        migrations.CreateModel(
            name="PhotoFts",
            fields=[
                (
                    "photo",
                    models.OneToOneField(
                        db_column="rowid",
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        primary_key=True,
                        related_name="search_fts",
                        serialize=False,
                        to="articles.photo",
                    ),
                ),
                ("caption_tokens", models.TextField()),
                ("credit_tokens", models.TextField()),
                ("document", search.models.FtsDocumentField(db_column="search_photo_fts")),
                ("rank", models.FloatField(db_column="rank")),
            ],
            options={
                "db_table": "search_photo_fts",
                "managed": False,
            },
        ),
        OnlyOn(
            "postgresql",
            migrations.AddIndex(
                model_name="photoentry",
                index=GinIndex(fields=["search_vector"], name="search_photo_vector_gin"),
            ),
        ),
        OnlyOn("postgresql", migrations.RunSQL(POSTGRESQL_TRIGGER, POSTGRESQL_TRIGGER_REVERSE)),
        OnlyOn("sqlite", migrations.RunSQL(SQLITE_FTS + SQLITE_TRIGGERS, SQLITE_REVERSE)),
    ]
