"""PostgreSQL: keep the planner on the GIN index.

A tsvector of a few hundred words is stored out of line (TOAST), and the planner does not count
the cost of fetching it: for a common word it prefers a sequential scan that evaluates ``@@`` on
every row, fetching and decompressing every story's vector (half a second at 50,000 stories),
over the GIN index, whose exact bitmap needs no vector at all. Two table settings fix that:

* no statistics on ``search_vector``: the planner uses its default selectivity for ``@@`` (a
  small share of rows) and always takes the index;
* ``toast_tuple_target = 128``: the long texts (normalised title, body, tokens) are stored out of
  line too, so a row in the heap is a few dozen bytes and visiting the matches of a common word
  reads a few hundred pages, not thousands. Rows are laid out this way when written (a rebuild
  rewrites them all).
"""

from django.db import migrations

from search.schema import OnlyOn

FORWARD = [
    "ALTER TABLE search_searchentry ALTER COLUMN search_vector SET STATISTICS 0",
    "ALTER TABLE search_searchentry SET (toast_tuple_target = 128)",
]
BACKWARD = [
    "ALTER TABLE search_searchentry ALTER COLUMN search_vector SET STATISTICS -1",
    "ALTER TABLE search_searchentry RESET (toast_tuple_target)",
]


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_fulltext"),
    ]

    operations = [
        OnlyOn("postgresql", migrations.RunSQL(FORWARD, BACKWARD)),
    ]
