"""The queries an import asks every batch about the batch's pages read the stories, parts and
jumps through indexes (SQLite's plan names an index for every table of the archive it reads):
a join on the parts with its conditions OR'd together had SQLite read every story, part or jump
of the archive each batch, which grows with the archive (issue 18: an archive of 30 years)."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.continuations.crosscopies import _COPIES_ON
from articles.correctionnotices.linking import _PRINTED
from articles.importing.linkedlines import _ANY_PRINT_ORDER_LINK
from articles.importing.settling import _ANY_OPEN

pytestmark = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query plans")

# A table of the archive read whole: "SCAN articles_article" (not "SCAN … USING … INDEX").
_WHOLE_TABLE = re.compile(r"^SCAN (articles_\w+|search_\w+)$")


def _tables_read_whole(prepared, *args) -> list[str]:
    with CaptureQueriesContext(connection) as queries:  # (its SQL, with its arguments in)
        prepared.rows(*args)
    [query] = queries.captured_queries
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + query["sql"])
        plan = [row[3] for row in cursor.fetchall()]
    return [step for step in plan if _WHOLE_TABLE.match(step)]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "prepared, args",
    [
        (_PRINTED, ([1, 2], [3, 4])),  # the 更正 notices: the stories printed on the pages
        (_ANY_OPEN, ([3, 4], [5])),  # the settling: the open jumps of the pages
        (_ANY_PRINT_ORDER_LINK, ([3, 4],)),  # links by print order to or from the pages
        (_COPIES_ON, ([3, 4],)),  # the whole copies on the pages
    ],
    ids=["notices-stories", "open-jumps", "print-order-links", "whole-copies"],
)
def test_a_batchs_reads_of_its_pages_read_no_table_of_the_archive_whole(prepared, args):
    assert _tables_read_whole(prepared, *args) == []
