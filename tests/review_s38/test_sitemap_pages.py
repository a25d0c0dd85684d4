"""Every page of a long sitemap is its first page.

README (The public e-paper): ``/sitemap.xml`` is for crawlers; it is an index whose sections are
Django's paginated sitemaps (50,000 addresses a page): past that, the index lists
``/sitemap-articles.xml?p=2``, ``?p=3`` … . The public page cache keys a page by its address and
the ``page`` parameter only (``articles/httpcache.py`` ``QUERY_PARAMS``), not the sitemap's ``p``:
``?p=2`` is served the page cached for ``?p=1`` (or the other way round, whichever a crawler asked
for first), with the same ETag. A daily paper of 100 stories a day passes 50,000 stories in about
a year and a half; from then on crawlers never see the rest of the archive.

Steps: (here with 2 stories a sitemap page) import and publish the seed; GET
/sitemap-articles.xml, then /sitemap-articles.xml?p=2.
"""

import pytest

from articles.models import Issue
from articles.publishing import issue_publish
from articles.sitemaps import ArticleSitemap
from tests.factories import import_seed

pytestmark = pytest.mark.django_db


@pytest.fixture
def short_pages(monkeypatch, django_capture_on_commit_callbacks):
    monkeypatch.setattr(ArticleSitemap, "limit", 2)
    with django_capture_on_commit_callbacks(execute=True):
        import_seed()
        issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)


def test_the_second_page_of_a_sitemap_lists_other_stories(client, short_pages):
    index = client.get("/sitemap.xml").content.decode()
    assert "/sitemap-articles.xml?p=2" in index
    first = client.get("/sitemap-articles.xml").content.decode()
    second = client.get("/sitemap-articles.xml?p=2").content.decode()
    # The stories in the sitemap's order (ids are not 1, 2, 3 … on PostgreSQL, whose sequences
    # go on from earlier tests).
    one, _, three = [f"/article/{a.pk}/" for a in ArticleSitemap().items()[:3]]
    assert one in first
    assert one not in second
    assert three in second
