"""PostgreSQL: whether the story is published in a published issue, on its index entry
(``visible``), so a search over the public stories finds its window and count among the entries
alone (search/engine.py, ``newest_window`` with ``public=True``) instead of looking up each
match's story and issue by key.

``visible`` is the time-free part of ``Article.objects.public()`` (articles/querysets.py): the
story's status and its issue's status are both ``published``. The rest of ``public()`` — the
issue's date inside ``issue_date_range()``, whose upper bound moves with the day — is a condition
on the entry's ``issue_date`` (migration 0004), checked by the query itself.

Kept by the database, whatever writes the rows, with 0004's triggers widened:

* an entry written (inserted, pointed at another story, or its ``visible`` or ``issue_date``
  written by anyone) takes its story's issue date and visibility;
* an issue re-dated, published or unpublished passes them to its stories' entries;
* a story moved to another issue, published or unpublished passes them to its entry.

A story or issue deleted deletes its entries (the foreign keys cascade). The backfill rewrites
every entry, with the GIN index dropped and built again as 0004 did. On SQLite the column is an
unused NULL, like ``issue_date``: the engine reads it on PostgreSQL only.
"""

from django.db import migrations, models

from search.schema import OnlyOn

TRIGGERS = [
    """
    CREATE OR REPLACE FUNCTION search_entry_issue_date() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        SELECT i.date, (a.status = 'published' AND i.status = 'published')
        INTO NEW.issue_date, NEW.visible
        FROM articles_article a JOIN articles_issue i ON i.id = a.issue_id
        WHERE a.id = NEW.article_id;
        RETURN NEW;
    END
    $$
    """,
    "DROP TRIGGER IF EXISTS search_entry_issue_date ON search_searchentry",
    """
    CREATE TRIGGER search_entry_issue_date
    BEFORE INSERT OR UPDATE OF article_id, issue_date, visible ON search_searchentry
    FOR EACH ROW EXECUTE FUNCTION search_entry_issue_date()
    """,
    "DROP TRIGGER IF EXISTS search_issue_redated ON articles_issue",
    """
    CREATE TRIGGER search_issue_redated
    AFTER UPDATE OF date, status ON articles_issue
    FOR EACH ROW WHEN (OLD.date IS DISTINCT FROM NEW.date OR OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION search_issue_redated()
    """,
    "DROP TRIGGER IF EXISTS search_story_moved ON articles_article",
    """
    CREATE TRIGGER search_story_moved
    AFTER UPDATE OF issue_id, status ON articles_article
    FOR EACH ROW
    WHEN (OLD.issue_id IS DISTINCT FROM NEW.issue_id OR OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION search_story_moved()
    """,
    # The entries already written: each update recomputes both columns (the trigger above).
    "DROP INDEX IF EXISTS search_entry_vector_gin",
    "UPDATE search_searchentry SET visible = NULL",
    "SET LOCAL maintenance_work_mem = '1GB'",
    "CREATE INDEX search_entry_vector_gin ON search_searchentry USING gin (search_vector)",
]
TRIGGERS_REVERSE = [
    """
    CREATE OR REPLACE FUNCTION search_entry_issue_date() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.issue_date := (
            SELECT i.date FROM articles_article a JOIN articles_issue i ON i.id = a.issue_id
            WHERE a.id = NEW.article_id
        );
        RETURN NEW;
    END
    $$
    """,
    "DROP TRIGGER IF EXISTS search_entry_issue_date ON search_searchentry",
    """
    CREATE TRIGGER search_entry_issue_date
    BEFORE INSERT OR UPDATE OF article_id, issue_date ON search_searchentry
    FOR EACH ROW EXECUTE FUNCTION search_entry_issue_date()
    """,
    "DROP TRIGGER IF EXISTS search_issue_redated ON articles_issue",
    """
    CREATE TRIGGER search_issue_redated
    AFTER UPDATE OF date ON articles_issue
    FOR EACH ROW WHEN (OLD.date IS DISTINCT FROM NEW.date)
    EXECUTE FUNCTION search_issue_redated()
    """,
    "DROP TRIGGER IF EXISTS search_story_moved ON articles_article",
    """
    CREATE TRIGGER search_story_moved
    AFTER UPDATE OF issue_id ON articles_article
    FOR EACH ROW WHEN (OLD.issue_id IS DISTINCT FROM NEW.issue_id)
    EXECUTE FUNCTION search_story_moved()
    """,
]


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_entry_issue_date"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="visible",
            field=models.BooleanField("公开", null=True, editable=False),
        ),
        OnlyOn("postgresql", migrations.RunSQL(TRIGGERS, TRIGGERS_REVERSE)),
    ]
