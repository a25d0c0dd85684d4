"""Publishing one story later (the desk's 发布所选稿件, as the admin posts it) and withdrawing it
(撤回所选稿件) move the sitemap ``lastmod`` of every page that prints it: readers see its headline
and text come onto, or leave, each of those pages (articles/sitemaps.py, PageSitemap.lastmod)."""

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
HEADLINE = "河滨公园改造方案公示"
FRONT = (
    "河滨公园改造方案公示\n"
    "本报讯（记者顾晓岚）河滨公园改造方案昨天起在公园南门公示，为期十天。方案提出拓宽沿河步道，"
    "增设两处儿童游乐场和一座观景平台。（下转2版）\n\n"
    "城北菜场恢复营业\n本报讯（记者程一帆）装修了两个月的城北菜场昨天恢复营业，摊位重新排号。\n"
)
SECOND = (
    "（上接1版）市园林局介绍，改造工程计划今年秋季开工，施工期间公园分区开放，"
    "市民可在公示期内通过信箱提出意见。\n\n"
    "村道养护有了新办法\n本报讯（记者韩小松）今年起，东林县在各乡镇推行村道养护责任制，每条村道都有专人负责巡查。\n"
)


def lastmods() -> dict[str, str]:
    """Each page's ``lastmod`` in sitemap-pages.xml as a reader's browser gets it, by the end of
    its address."""
    cache.clear()
    root = ET.fromstring(Client().get("/sitemap-pages.xml").content)
    return {
        url.find(f"{SM}loc").text.rstrip("/").rsplit("/", 1)[-1]: url.find(f"{SM}lastmod").text
        for url in root.findall(f"{SM}url")
    }


def long_ago() -> None:
    """Everything imported, saved and recorded five days ago."""
    then = timezone.now() - timedelta(days=5)
    Page.objects.update(imported_at=then)
    Issue.objects.update(updated_at=then)
    Article.objects.update(updated_at=then)
    Article.history.update(history_date=then)


@pytest.fixture
def story(db):
    """A story printed on pages 1 and 2 (a jump), a draft on a published issue."""
    import_text(FRONT, "1", when=date(2025, 6, 14), paper="湖滨日报", slug="hubin")
    import_text(SECOND, "2", when=date(2025, 6, 14), paper="湖滨日报", slug="hubin")
    story = Article.objects.get(headline=HEADLINE)
    assert sorted(story.parts.values_list("page__label", flat=True)) == ["1", "2"]
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    stories_unpublish(articles=Article.objects.filter(pk=story.pk))
    long_ago()
    return story


def post_action(client, action: str, story: Article) -> None:
    changelist = reverse("admin:articles_article_changelist")
    response = client.post(changelist, {"action": action, "_selected_action": [str(story.pk)]})
    assert response.status_code == 302


def test_publishing_a_story_later_moves_the_lastmod_of_every_page_printing_it(editor_client, story):
    before = lastmods()
    assert len(before) == 2
    post_action(editor_client, "publish_selected", story)
    assert Article.objects.get(pk=story.pk).status == Status.PUBLISHED
    after = lastmods()
    assert all(after[page] > before[page] for page in before), (before, after)


def test_withdrawing_a_story_moves_the_lastmod_of_every_page_printing_it(editor_client, story):
    post_action(editor_client, "publish_selected", story)
    long_ago()
    before = lastmods()
    post_action(editor_client, "unpublish_selected", story)
    assert Article.objects.get(pk=story.pk).status == Status.DRAFT
    after = lastmods()
    assert all(after[page] > before[page] for page in before), (before, after)


def test_publishing_a_story_later_moves_the_lastmod_when_its_issue_has_no_history(
    editor_client, story
):
    Issue.history.all().delete()  # (an issue published before its history was kept)
    before = lastmods()
    post_action(editor_client, "publish_selected", story)
    after = lastmods()
    assert all(after[page] > before[page] for page in before), (before, after)
