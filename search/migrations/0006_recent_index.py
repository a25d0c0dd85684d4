"""PostgreSQL: the GIN index of the newest entries only (``search_entry_recent_gin``,
:mod:`search.recent`), so a common word's newest matches are read from a small index instead of
the bitmap of all its matches.

Its predicate (``issue_date >= D``) depends on the archive: ``D`` is computed from the entries
when the index is built, so it is built by :func:`search.recent.rebuild` (here, at the end of
``manage.py rebuild_search_index`` and by ``rebuild_search_index --recent-index``), not declared
on the model. An archive with fewer than ``RECENT_ENTRIES + MARGIN`` entries gets none until a
rebuild finds enough. Reversing drops it. Nothing on SQLite.
"""

from django.db import migrations


def build(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        from search import recent

        recent.rebuild(schema_editor.connection.alias)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        from search import recent

        with schema_editor.connection.cursor() as cursor:
            cursor.execute(f"DROP INDEX IF EXISTS {recent.INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0005_entry_visible"),
    ]

    operations = [migrations.RunPython(build, drop)]
