"""PostgreSQL: the story's issue date on its index entry, so a common word's newest matches are
found among the newest entries (search/engine.py, ``newest_window``) instead of joining and
sorting every story that has the word.

``issue_date`` is kept by the database, whatever writes the rows (the indexer's upsert, the
desk, an issue re-dated, a story moved to another issue):

* an entry written (inserted, or pointed at another story) takes its story's issue date;
* an issue re-dated passes its new date to its stories' entries;
* a story moved to another issue passes that issue's date to its entry.

The vector trigger of 0002 now fires only when the token columns are written, so these updates
(and this migration's backfill) do not recompute every story's vector. On SQLite the column is
an unused NULL (the FTS5 index has its own order), like ``search_vector``.
"""

from django.db import migrations, models

from search.schema import OnlyOn

TRIGGERS = [
    # 0002's vector trigger, narrowed to the writes that change the vector.
    "DROP TRIGGER IF EXISTS search_entry_vector_update ON search_searchentry",
    """
    CREATE TRIGGER search_entry_vector_update
    BEFORE INSERT OR UPDATE OF title_tokens, body_tokens ON search_searchentry
    FOR EACH ROW EXECUTE FUNCTION search_entry_vector_update()
    """,
    """
    CREATE FUNCTION search_entry_issue_date() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.issue_date := (
            SELECT i.date FROM articles_article a JOIN articles_issue i ON i.id = a.issue_id
            WHERE a.id = NEW.article_id
        );
        RETURN NEW;
    END
    $$
    """,
    """
    CREATE TRIGGER search_entry_issue_date
    BEFORE INSERT OR UPDATE OF article_id, issue_date ON search_searchentry
    FOR EACH ROW EXECUTE FUNCTION search_entry_issue_date()
    """,
    """
    CREATE FUNCTION search_issue_redated() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE search_searchentry e SET issue_date = NEW.date
        FROM articles_article a WHERE a.issue_id = NEW.id AND e.article_id = a.id;
        RETURN NULL;
    END
    $$
    """,
    """
    CREATE TRIGGER search_issue_redated
    AFTER UPDATE OF date ON articles_issue
    FOR EACH ROW WHEN (OLD.date IS DISTINCT FROM NEW.date)
    EXECUTE FUNCTION search_issue_redated()
    """,
    """
    CREATE FUNCTION search_story_moved() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE search_searchentry SET issue_date = NULL WHERE article_id = NEW.id;
        RETURN NULL;
    END
    $$
    """,
    """
    CREATE TRIGGER search_story_moved
    AFTER UPDATE OF issue_id ON articles_article
    FOR EACH ROW WHEN (OLD.issue_id IS DISTINCT FROM NEW.issue_id)
    EXECUTE FUNCTION search_story_moved()
    """,
    # The entries already written (the trigger above sets the date on any write of the column).
    # A full table of updated rows would each add their words to the GIN index again (no room
    # on a full page for an in-place update): dropping it and building it afresh is quicker.
    "DROP INDEX IF EXISTS search_entry_vector_gin",
    "UPDATE search_searchentry SET issue_date = NULL",
    "SET LOCAL maintenance_work_mem = '1GB'",
    "CREATE INDEX search_entry_vector_gin ON search_searchentry USING gin (search_vector)",
]
TRIGGERS_REVERSE = [
    "DROP TRIGGER IF EXISTS search_story_moved ON articles_article",
    "DROP FUNCTION IF EXISTS search_story_moved()",
    "DROP TRIGGER IF EXISTS search_issue_redated ON articles_issue",
    "DROP FUNCTION IF EXISTS search_issue_redated()",
    "DROP TRIGGER IF EXISTS search_entry_issue_date ON search_searchentry",
    "DROP FUNCTION IF EXISTS search_entry_issue_date()",
    "DROP TRIGGER IF EXISTS search_entry_vector_update ON search_searchentry",
    """
    CREATE TRIGGER search_entry_vector_update
    BEFORE INSERT OR UPDATE ON search_searchentry
    FOR EACH ROW EXECUTE FUNCTION search_entry_vector_update()
    """,
]


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0011_import_runs"),
        ("search", "0003_postgresql_planner"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="issue_date",
            field=models.DateField("期日期", null=True, editable=False),
        ),
        OnlyOn("postgresql", migrations.RunSQL(TRIGGERS, TRIGGERS_REVERSE)),
        OnlyOn(
            "postgresql",
            migrations.AddIndex(
                model_name="searchentry",
                index=models.Index(fields=["-issue_date", "-article"], name="search_entry_newest"),
            ),
        ),
    ]
