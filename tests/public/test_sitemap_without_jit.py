"""The sitemap's long statements run without JIT compilation on PostgreSQL (``SET LOCAL jit =
off`` around the sitemap views, articles/sitemaps.py ``without_jit``): compiling them cost more
than running them at 50,000 pages. The pages listed are the public ones, as before."""

from __future__ import annotations

import re

import pytest
from django.db import connection

from articles.models import Issue, Page
from articles.publishing import issue_publish
from articles.sitemaps import PageSitemap, without_jit
from tests.factories import import_seed

pytestmark = pytest.mark.django_db
postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")


def _jit() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        return cursor.fetchone()[0]


@postgresql_only
def test_the_sitemap_sections_and_index_query_without_jit(client, monkeypatch):
    seen = []
    items = PageSitemap.items

    def spied(self):
        seen.append(_jit())
        return items(self)

    monkeypatch.setattr(PageSitemap, "items", spied)
    assert _jit() == "on"
    assert client.get("/sitemap-pages.xml").status_code == 200
    assert client.get("/sitemap.xml").status_code == 200
    assert seen and set(seen) == {"off"}
    assert _jit() == "on"  # (SET LOCAL: the request's transaction only)


def test_a_view_without_jit_answers_as_it_did(rf):
    from django.http import HttpResponse

    view = without_jit(lambda request: HttpResponse("listed"))
    assert view(rf.get("/sitemap.xml")).content == b"listed"


def test_the_page_sitemap_lists_exactly_the_public_pages(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        import_seed()
        issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    xml = client.get("/sitemap-pages.xml").content.decode()
    listed = sorted(re.findall(r"<loc>https?://[^/]+(/[^<]*)</loc>", xml))
    assert listed == sorted(page.get_absolute_url() for page in Page.objects.public())
    assert listed
