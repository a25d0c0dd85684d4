"""A sitemap page reads only what its addresses and ``lastmod`` show (articles/sitemaps.py,
``_PAGE_SHOWN`` / ``_STORY_SHOWN``): 50,000 rows made whole page, issue and paper objects (their
JSON columns parsed, every time converted), most of its Python's time. What it lists is as
before."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Article, Issue
from tests.factories import import_seed

pytestmark = pytest.mark.django_db
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
UNSHOWN = ("raw_text", "parser_flags", "publish_acknowledged_chains", "headline", "kicker")


def _published():
    import_seed()
    Issue.objects.update(status="published")
    Article.objects.update(status="published")


@pytest.mark.parametrize("section", ["pages", "articles"])
def test_a_sitemap_section_reads_no_column_it_does_not_show(client, section):
    _published()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/sitemap-{section}.xml")
    assert response.status_code == 200
    listed = [q["sql"] for q in queries.captured_queries if "ORDER BY" in q["sql"]]
    assert listed
    for sql in listed:
        for column in UNSHOWN:
            assert f'."{column}"' not in sql.split(" FROM ")[0], column


def test_each_page_and_story_is_listed_with_its_lastmod(client):
    _published()
    for section, count in (("pages", 1), ("articles", Article.objects.count())):
        root = ET.fromstring(client.get(f"/sitemap-{section}.xml").content)
        urls = root.findall(f"{SM}url")
        assert len(urls) == count
        assert all(url.find(f"{SM}lastmod") is not None for url in urls)
        assert all(url.find(f"{SM}loc").text.startswith("http://testserver/") for url in urls)
