"""``Page.text_digest`` (0016) for the pages imported before it, so that a page imported from now
on is matched against them by its text too (:mod:`articles.importing.samefile`), not only by its
file's bytes.

Streamed: the pages are read in order of id, a few thousand ids and text lengths at a time, and
their raw text in chunks of at most :data:`CHUNK_CHARACTERS` characters (a page's text may be
2 MB, most are a few KB), never more than one chunk held: 20,000 pages of 4,300 characters took
7 s on SQLite and 11 s on PostgreSQL 15 (2026-12-04, two shared CPUs), so 300,000 pages take a
few minutes. Not atomic: each chunk is its own transaction (no page row stays locked for the
whole run), and a run cut short (killed, a lost connection) leaves whole chunks; ``migrate``
again goes on with the pages that have no digest yet. A migration and not a management command: the warning it serves must hold
for every page once the code that reads the column runs, with no step an operator can forget.

The digest is the import's own (:func:`articles.textdigest.text_digest`, imported, not copied:
a page filled here and a page imported later must agree byte for byte). Reversing leaves the
values; 0016's reverse drops the column.
"""

from django.db import connections, migrations, transaction
from django.db.models.functions import Length

from articles.textdigest import text_digest

#: Page ids (with their text's length) read per query.
IDS_PER_QUERY = 2000
#: Raw text characters read and hashed per chunk (at least one page whatever its size).
CHUNK_CHARACTERS = 8_000_000


def fill(apps, schema_editor):
    Page = apps.get_model("articles", "Page")
    pages = Page.objects.using(schema_editor.connection.alias)
    after = 0
    while True:
        sizes = list(
            pages.filter(pk__gt=after, text_digest="")
            .exclude(raw_text="")
            .order_by("pk")
            .values_list("pk", Length("raw_text"))[:IDS_PER_QUERY]
        )
        if not sizes:
            return
        after = sizes[-1][0]
        for ids in _chunks(sizes):
            _fill_chunk(pages, ids)


def _chunks(sizes):
    """The ids of ``sizes`` ((id, characters) in id order) in runs of at most
    CHUNK_CHARACTERS characters (a larger page alone)."""
    chunk, characters = [], 0
    for pk, size in sizes:
        if chunk and characters + size > CHUNK_CHARACTERS:
            yield chunk
            chunk, characters = [], 0
        chunk.append(pk)
        characters += size
    if chunk:
        yield chunk


def _fill_chunk(pages, ids):
    filled = [
        (digest, pk)
        for pk, raw in pages.filter(pk__in=ids).values_list("pk", "raw_text")
        if (digest := text_digest(raw))
    ]
    # One UPDATE by primary key per page (executemany): bulk_update's CASE over hundreds of ids
    # took five times as long on SQLite.
    connection = connections[pages.db]
    meta, quote = pages.model._meta, connection.ops.quote_name
    sql = "UPDATE {} SET {} = %s WHERE {} = %s".format(
        quote(meta.db_table), quote(meta.get_field("text_digest").column), quote(meta.pk.column)
    )
    with transaction.atomic(using=pages.db), connection.cursor() as cursor:
        cursor.executemany(sql, filled)


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("articles", "0016_page_text_digest"),
    ]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop, elidable=True)]
