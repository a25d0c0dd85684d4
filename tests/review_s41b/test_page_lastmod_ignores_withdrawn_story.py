"""A page from which a story was withdrawn (撤稿) keeps its old ``lastmod`` in the sitemap.

Today's change gives each page of ``sitemap-pages.xml`` a ``lastmod``: the latest of its import,
its issue's 更新时间, the newest 更新时间 of the *published* stories it prints and its image
(``articles/sitemaps.py``, ``PageSitemap.lastmod``). A story taken down from the public site
(``stories_unpublish``) changes the page readers see — its headline and text are gone from the
page — but the withdrawn story is no longer among the page's published stories, so its new
更新时间 is not read and the page's ``lastmod`` stays where it was: a search engine is told
the page has not changed and goes on showing the withdrawn story's headline in its snippet.

Steps: import and publish a page of two stories; a few days later withdraw one; read the page's
``lastmod``.
"""

import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from articles.models import Article, Issue, Page
from articles.publishing import issue_publish, stories_unpublish
from tests.factories import import_text

pytestmark = pytest.mark.django_db

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"

PAGE = """城东新建三座口袋公园

本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材和儿童游乐设施。

市区新增公交线路两条

本报讯（记者李明）市公交集团昨天宣布，新开两条公交线路，连通城东和城西，方便市民出行。
"""


def _lastmod(client) -> str:
    root = ET.fromstring(client.get("/sitemap-pages.xml").content)
    [url] = root.findall(f"{SM}url")
    return url.find(f"{SM}lastmod").text


def test_withdrawing_a_story_makes_its_page_newer_in_the_sitemap(client):
    import_text(PAGE, "1", when=date(2025, 6, 14), paper="东林日报", slug="donglin")
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    assert Article.objects.count() == 2
    long_ago = timezone.now() - timedelta(days=5)
    Page.objects.update(imported_at=long_ago)
    Issue.objects.update(updated_at=long_ago)
    Article.objects.update(updated_at=long_ago)
    cache.clear()
    before = _lastmod(client)
    assert before.startswith(timezone.localtime(long_ago).date().isoformat())

    stories_unpublish(articles=Article.objects.filter(headline="市区新增公交线路两条"))
    cache.clear()
    after = _lastmod(client)
    assert after > before, (before, after)
