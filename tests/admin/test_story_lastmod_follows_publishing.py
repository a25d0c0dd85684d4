"""A story published later by the desk's 发布所选稿件 (its 状态 written in bulk, with a history
record but no 更新时间) shows crawlers its publication time in sitemap-articles.xml: its
``lastmod`` is the latest of its 更新时间 and its publish/withdraw history
(articles/sitemaps.py, ArticleSitemap.lastmod)."""

import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Issue, Page, Status
from articles.publishing import issue_publish, stories_unpublish
from tests.factories import import_text

pytestmark = pytest.mark.django_db

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
PAGE = (
    "河滨公园改造方案公示\n"
    "本报讯（记者顾晓岚）河滨公园改造方案昨天起在公园南门公示，为期十天。方案提出拓宽沿河步道，"
    "增设两处儿童游乐场和一座观景平台。\n\n"
    "城北菜场恢复营业\n本报讯（记者程一帆）装修了两个月的城北菜场昨天恢复营业，摊位重新排号。\n"
)


def lastmods() -> dict[str, date]:
    """Each story's ``lastmod`` in sitemap-articles.xml as a crawler gets it (a day), by its
    address."""
    cache.clear()
    root = ET.fromstring(Client().get("/sitemap-articles.xml").content)
    return {
        url.find(f"{SM}loc").text: date.fromisoformat(url.find(f"{SM}lastmod").text)
        for url in root.findall(f"{SM}url")
    }


@pytest.fixture
def story(db):
    """A draft story (withdrawn) on a published issue, everything saved five days ago."""
    import_text(PAGE, "1", when=date(2025, 6, 14), paper="湖滨日报", slug="hubin")
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    story = Article.objects.get(headline="河滨公园改造方案公示")
    stories_unpublish(articles=Article.objects.filter(pk=story.pk))
    then = timezone.now() - timedelta(days=5)
    Page.objects.update(imported_at=then)
    Issue.objects.update(updated_at=then)
    Article.objects.update(updated_at=then)
    Article.history.update(history_date=then)
    return story


def test_a_story_published_later_by_the_desk_shows_its_publication_time(editor_client, story):
    url = "http://testserver" + story.get_absolute_url()
    assert url not in lastmods()  # a draft: not listed
    started = timezone.now()
    response = editor_client.post(  # as the changelist's action form sends it
        reverse("admin:articles_article_changelist"),
        {
            "action": "publish_selected",
            "select_across": "0",
            "index": "0",
            "_selected_action": [str(story.pk)],
        },
    )
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.status == Status.PUBLISHED
    assert story.updated_at < started  # (the bulk action writes no 更新时间)
    listed = lastmods()
    assert listed[url] == timezone.localdate(started)  # not five days ago
    other = (
        "http://testserver" + Article.objects.get(headline="城北菜场恢复营业").get_absolute_url()
    )
    assert listed[other] < timezone.localdate(
        started
    )  # its 更新时间 and its publication with the issue, long ago
