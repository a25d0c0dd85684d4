"""PostgreSQL: the index of each photo entry's characters (``search_photo_characters_gin``), as
migration 0008's is of the stories' entries, so the 「图片」 section of a query of one Han
character (matched as a substring of the caption or credit line) finds a photo rarely printing
it without reading every caption (:mod:`search.photohits`).

``search_characters(caption, credit)`` (0008's function) is every character of both, so
``@> ARRAY['龘']`` holds exactly when the caption or the credit line holds 龘. A photo entry is
a few dozen characters: building it reads each once (25,008 photos at 200,000 stories: a few
seconds). Nothing on SQLite.
"""

from django.db import migrations

from search.schema import OnlyOn

FORWARD = [
    "CREATE INDEX search_photo_characters_gin ON search_photoentry "
    "USING gin (search_characters(caption, credit))",
]
BACKWARD = ["DROP INDEX IF EXISTS search_photo_characters_gin"]


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0008_entry_characters"),
    ]

    operations = [OnlyOn("postgresql", migrations.RunSQL(FORWARD, BACKWARD))]
