"""A batch locks the pages it writes (PostgreSQL row locks, NO KEY UPDATE, in id order), read
whole as the ORM read them."""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from articles.importing.foundrows import pages_locked
from articles.models import Page
from tests.factories import import_seed

pytestmark = pytest.mark.django_db


def test_the_pages_are_read_whole_in_id_order_and_locked_for_no_key_update():
    import_seed()
    ids = sorted(Page.objects.values_list("pk", flat=True), reverse=True)
    with transaction.atomic(), CaptureQueriesContext(connection) as queries:
        pages = pages_locked(ids)
    assert [p.pk for p in pages] == sorted(ids)
    for page in pages:
        stored = Page.objects.get(pk=page.pk)
        assert (page.issue_id, page.label, page.raw_text) == (
            stored.issue_id,
            stored.label,
            stored.raw_text,
        )
    [query] = queries.captured_queries
    if connection.vendor == "postgresql":
        assert query["sql"].endswith("FOR NO KEY UPDATE")
