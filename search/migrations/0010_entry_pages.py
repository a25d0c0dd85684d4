"""PostgreSQL: the 版次 of the pages a story ran on, kept on its index entry (``labels``:
``text[]``, every ``Page.label`` of the story's parts, with a GIN index), so a search filtered by
版次 reads them with the entry it searches (a bitmap combined with the word's index) instead of an
``EXISTS`` over the story's parts for every match (a frequent word with 版次 A1: 460 → 45 ms of
server CPU at 200,000 stories, bench/HISTORY.md, stop 56). The 版名 stays an ``EXISTS``: kept
the same way, a 版名 that most stories share (要闻) made the planner read its whole bitmap
(203 → 832 ms for a common character).

Kept by the database, whatever writes the rows (the import, the desk's page edits, 合并/拆开,
jumps linking a story's parts across pages), as ``issue_date`` is (0004):

* an entry written (inserted, or pointed at another story) reads its story's pages;
* a part inserted, deleted, or moved to another story or page refreshes its stories' entries;
* a page's 版次 edited refreshes the entries of the stories with a part on it.

A refresh writes the entry only when its 版次 changed. The column is not in the model (the
ORM never reads or writes it; on SQLite, which has no arrays, the filter stays an ``EXISTS``).
Filling them writes the table again once, each entry with its labels, and builds each of its
indexes afresh (``ALTER COLUMN … TYPE … USING``): 126 s of server CPU at 200,000 stories (9 min
wall on a 2-CPU machine at load 15–19), leaving the indexes the size a fresh build gives. It had
been an ``UPDATE`` of every entry (146 s), which added each row to every index again: the word
index and the index of characters twice their size until a ``REINDEX`` (111 s more;
bench/HISTORY.md, stop 57). The schema it leaves is the same either way.
"""

from django.db import migrations

from search.schema import OnlyOn

FORWARD = [
    "ALTER TABLE search_searchentry ADD COLUMN labels text[] NOT NULL DEFAULT '{}'",
    """
    CREATE FUNCTION search_story_labels(story bigint) RETURNS text[] LANGUAGE sql STABLE AS $$
        SELECT coalesce(array_agg(DISTINCT p.label), '{}')
        FROM articles_articlepart ap JOIN articles_page p ON p.id = ap.page_id
        WHERE ap.article_id = story
    $$
    """,
    """
    CREATE FUNCTION search_entry_pages() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.labels := search_story_labels(NEW.article_id);
        RETURN NEW;
    END
    $$
    """,
    """
    CREATE TRIGGER search_entry_pages
    BEFORE INSERT OR UPDATE OF article_id ON search_searchentry
    FOR EACH ROW EXECUTE FUNCTION search_entry_pages()
    """,
    """
    CREATE FUNCTION search_refresh_pages(story bigint) RETURNS void LANGUAGE sql AS $$
        UPDATE search_searchentry SET labels = search_story_labels(story)
        WHERE article_id = story AND labels IS DISTINCT FROM search_story_labels(story)
    $$
    """,
    """
    CREATE FUNCTION search_part_pages() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP <> 'INSERT' THEN
            PERFORM search_refresh_pages(OLD.article_id);
        END IF;
        IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.article_id <> OLD.article_id) THEN
            PERFORM search_refresh_pages(NEW.article_id);
        END IF;
        RETURN NULL;
    END
    $$
    """,
    """
    CREATE TRIGGER search_part_pages_written
    AFTER INSERT OR DELETE ON articles_articlepart
    FOR EACH ROW EXECUTE FUNCTION search_part_pages()
    """,
    """
    CREATE TRIGGER search_part_pages_moved
    AFTER UPDATE OF article_id, page_id ON articles_articlepart
    FOR EACH ROW WHEN (OLD.article_id IS DISTINCT FROM NEW.article_id
                       OR OLD.page_id IS DISTINCT FROM NEW.page_id)
    EXECUTE FUNCTION search_part_pages()
    """,
    """
    CREATE FUNCTION search_page_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM search_refresh_pages(story)
        FROM (SELECT DISTINCT article_id AS story FROM articles_articlepart
              WHERE page_id = NEW.id) s;
        RETURN NULL;
    END
    $$
    """,
    """
    CREATE TRIGGER search_page_renamed
    AFTER UPDATE OF label ON articles_page
    FOR EACH ROW WHEN (OLD.label IS DISTINCT FROM NEW.label)
    EXECUTE FUNCTION search_page_renamed()
    """,
    # The entries already written: the table written again once with their labels, each of its
    # indexes built afresh from it (an UPDATE of every entry added each row to every index again:
    # the word index and the index of characters nearly twice their size until a REINDEX).
    "ALTER TABLE search_searchentry ALTER COLUMN labels TYPE text[] "
    "USING search_story_labels(article_id)",
    "CREATE INDEX search_entry_labels_gin ON search_searchentry USING gin (labels)",
    "ANALYZE search_searchentry (labels)",
]
BACKWARD = [
    "DROP TRIGGER IF EXISTS search_page_renamed ON articles_page",
    "DROP FUNCTION IF EXISTS search_page_renamed()",
    "DROP TRIGGER IF EXISTS search_part_pages_moved ON articles_articlepart",
    "DROP TRIGGER IF EXISTS search_part_pages_written ON articles_articlepart",
    "DROP FUNCTION IF EXISTS search_part_pages()",
    "DROP FUNCTION IF EXISTS search_refresh_pages(bigint)",
    "DROP TRIGGER IF EXISTS search_entry_pages ON search_searchentry",
    "DROP FUNCTION IF EXISTS search_entry_pages()",
    "DROP FUNCTION IF EXISTS search_story_labels(bigint)",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS labels",
]


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0024_notices_name_several"),
        ("search", "0009_photo_characters"),
    ]

    operations = [OnlyOn("postgresql", migrations.RunSQL(FORWARD, BACKWARD))]
