"""PostgreSQL: the index of each entry's characters (``search_entry_characters_gin``), so a query
of one Han character (matched as a substring, never asked of the word index: :mod:`search.engine`)
finds its stories without reading every entry's text.

``search_characters(title, body)`` is every character of the entry's normalised title and body
as an array (``string_to_array(…, NULL)``); the GIN index over it keeps each distinct character
once per entry, so ``search_characters(title, body) @> ARRAY['龘']`` is answered from the index
alone, exactly (an array's containment needs no recheck): the stories holding 龘, whether jieba
cut it alone or inside a word. The function is declared costly so that the planner never
evaluates it row by row (it splits the whole text); the engine reads it through bitmap scans
only (:func:`search.plans.character_plans`).

Building it reads every entry's text once: 234 s for 200,000 stories on a loaded 2-CPU machine
(load ≈ 15; 87 MB, the word index 107 MB: bench/search_scale.py), so ≈ 10–20 minutes and
≈ 450 MB at 1,000,000; plan it like a ``rebuild_search_index``. Each entry written later costs
its text split once more (≈ 0.3 ms). Nothing on SQLite (its one-character search reads the
newest stories only: :data:`search.characters.CHARACTER_SCAN`).
"""

from django.db import migrations

from search.schema import OnlyOn

FORWARD = [
    """
    CREATE FUNCTION search_characters(title text, body text) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 100000 AS $$
    BEGIN
        RETURN string_to_array(title || body, NULL);
    END $$
    """,
    "SET maintenance_work_mem = '512MB'",
    "CREATE INDEX search_entry_characters_gin ON search_searchentry "
    "USING gin (search_characters(title, body))",
    "RESET maintenance_work_mem",
]
BACKWARD = [
    "DROP INDEX IF EXISTS search_entry_characters_gin",
    "DROP FUNCTION IF EXISTS search_characters(text, text)",
]


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0007_photo_entry"),
    ]

    operations = [OnlyOn("postgresql", migrations.RunSQL(FORWARD, BACKWARD))]
