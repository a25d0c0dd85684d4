"""Feeds date a story by what it is for readers, not by when the site stored it.

A 1949 issue imported and published tonight (an archive back-fill) is news of 1949: its
entries' ``<published>`` and ``<updated>`` are its issue's date, in the site's feed, the paper's,
a section's and a reporter's, and the feed's own ``<updated>`` stays today's paper's. Only a
change readers saw after publication (a 更正 or 更新) moves an entry's ``<updated>``: to when it
was made. The story page's JSON-LD ``dateModified`` says what ``<updated>`` says. The paper's
feed is its issues of the last days by date, whenever another was published: a back-fill of
1949 is not among them."""

from __future__ import annotations

import json
import time
from datetime import date, datetime, timedelta
from xml.etree import ElementTree

import pytest
from django.core.cache import cache
from django.utils import timezone

from articles.models import Article, Issue, Page
from articles.publishing import issue_publish
from tests.factories import import_text

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
TODAY = date(2026, 12, 4)
ARCHIVE = date(1949, 10, 1)

STORY = """{title}

本报讯（记者 钱立）{title}，有关方面昨天宣布了这一消息。各界群众纷纷表示欢迎。
"""


def publish(
    day: date, title: str, capture, *, at: datetime | None = None, slug: str = "nantong-daily"
) -> Article:
    paper = {"nantong-daily": "南通日报", "archive": "南通日报（档案）"}.get(slug, f"{slug}报")
    with capture(execute=True):
        import_text(STORY.format(title=title), "A1", when=day, slug=slug, paper=paper)
        issue = Issue.objects.get(date=day, publication__slug=slug)
        Page.objects.filter(issue=issue).update(section="要闻")
        issue_publish(issue=issue, acknowledge_broken=True, now=at)
    return Article.objects.get(issue=issue)


@pytest.fixture
def backfilled(django_capture_on_commit_callbacks):
    """Today's paper published this morning, then the 1949 issue imported and published now."""
    today = publish(
        TODAY,
        "跨江大桥今天通车",
        django_capture_on_commit_callbacks,
        at=timezone.now() - timedelta(hours=6),
    )
    time.sleep(0.01)
    archive = publish(ARCHIVE, "中华人民共和国中央人民政府成立", django_capture_on_commit_callbacks)
    return today, archive


def feed(client, url: str) -> ElementTree.Element:
    cache.clear()
    response = client.get(url)
    assert response.status_code == 200, url
    return ElementTree.fromstring(response.content)


def entry_dates(root: ElementTree.Element) -> dict[str, tuple[str, str]]:
    """``{title: (published, updated)}`` of a feed's entries."""
    return {
        e.findtext(f"{ATOM}title"): (e.findtext(f"{ATOM}published"), e.findtext(f"{ATOM}updated"))
        for e in root.iter(f"{ATOM}entry")
    }


def day_start(day: date) -> str:
    return timezone.make_aware(datetime.combine(day, datetime.min.time())).isoformat()


@pytest.mark.parametrize(
    "url",
    [
        "/nantong-daily/sections/要闻/feed.xml",
        "/people/钱立/feed.xml",
    ],
)
def test_a_backfilled_story_is_dated_by_its_issue_in_every_feed(client, backfilled, url):
    root = feed(client, url)
    dates = entry_dates(root)
    assert dates["中华人民共和国中央人民政府成立"] == (day_start(ARCHIVE), day_start(ARCHIVE))
    assert dates["跨江大桥今天通车"] == (day_start(TODAY), day_start(TODAY))
    # the feed's own <updated>: its newest entry, today's paper, not tonight's back-fill
    assert root.findtext(f"{ATOM}updated") == day_start(TODAY)
    titles = list(dates)
    assert titles.index("跨江大桥今天通车") < titles.index("中华人民共和国中央人民政府成立")


def test_the_papers_feed_leaves_out_an_archive_backfill(client, backfilled):
    root = feed(client, "/nantong-daily/feed.xml")
    assert entry_dates(root) == {"跨江大桥今天通车": (day_start(TODAY), day_start(TODAY))}
    assert root.findtext(f"{ATOM}updated") == day_start(TODAY)


def test_the_site_feed_leaves_out_a_paper_of_archive_issues_only(
    client, backfilled, django_capture_on_commit_callbacks
):
    publish(ARCHIVE, "开国大典隆重举行", django_capture_on_commit_callbacks, slug="archive")
    root = feed(client, "/feed.xml")
    assert entry_dates(root) == {"跨江大桥今天通车": (day_start(TODAY), day_start(TODAY))}
    assert root.findtext(f"{ATOM}updated") == day_start(TODAY)
    # the archive paper's own feed still carries its newest issue, dated 1949
    own = entry_dates(feed(client, "/archive/feed.xml"))
    assert own == {"开国大典隆重举行": (day_start(ARCHIVE), day_start(ARCHIVE))}


def test_the_site_feed_keeps_a_papers_issue_within_its_days_of_the_newest(
    client, backfilled, django_capture_on_commit_callbacks
):
    from articles.feeds import SITE_FEED_DAYS

    week = TODAY - timedelta(days=SITE_FEED_DAYS)
    publish(week, "城西新区周报今天出版", django_capture_on_commit_callbacks, slug="weekly")
    publish(
        week - timedelta(days=1),
        "城东新区旧报今天出版",
        django_capture_on_commit_callbacks,
        slug="old",
    )
    titles = entry_dates(feed(client, "/feed.xml"))
    assert {title[:4] for title in titles} == {"跨江大桥", "城西新区"}  # (not 城东新区)


def test_a_site_of_archive_papers_only_still_has_its_newest_in_its_feed(
    client, django_capture_on_commit_callbacks
):
    publish(ARCHIVE, "开国大典隆重举行", django_capture_on_commit_callbacks, slug="archive")
    assert set(entry_dates(feed(client, "/feed.xml"))) == {"开国大典隆重举行"}


def test_an_edit_readers_see_after_publication_moves_updated_to_it(client, backfilled):
    _, archive = backfilled
    archive.headline = "中央人民政府成立"
    archive._change_reason = "编辑修改"
    archive.save()
    edited = archive.history.latest("history_date").history_date
    dates = entry_dates(feed(client, "/people/钱立/feed.xml"))
    assert dates["中央人民政府成立"] == (day_start(ARCHIVE), timezone.localtime(edited).isoformat())


def test_a_save_that_changes_nothing_readers_read_leaves_updated_alone(client, backfilled):
    _, archive = backfilled
    archive.save()  # (its 更新时间 moves; what readers read does not)
    dates = entry_dates(feed(client, "/people/钱立/feed.xml"))
    assert dates["中华人民共和国中央人民政府成立"][1] == day_start(ARCHIVE)


def test_the_news_sitemap_never_lists_a_backfill(client, backfilled):
    # (a guard of the rule the README gives: the news sitemap is by issue date, the last two days)
    from unittest import mock

    with mock.patch("django.utils.timezone.localdate", return_value=TODAY):
        sitemap = client.get("/news-sitemap.xml").content.decode()
    assert "跨江大桥今天通车" in sitemap
    assert "中华人民共和国中央人民政府成立" not in sitemap


def news_article(client, story: Article) -> dict:
    """The story page's schema.org NewsArticle (its JSON-LD)."""
    cache.clear()
    html = client.get(story.get_absolute_url()).content.decode()
    data = json.loads(html.split('<script type="application/ld+json">')[1].split("</script>")[0])
    return next(item for item in (data if isinstance(data, list) else [data]) if "headline" in item)


def test_date_modified_is_the_issues_date_while_readers_text_never_changed(client, backfilled):
    _, archive = backfilled  # imported and published tonight: its 更新时间 is tonight
    found = news_article(client, archive)
    assert found["dateModified"] == found["datePublished"] == ARCHIVE.isoformat()
    archive.save()  # (its 更新时间 moves again; what readers read does not)
    assert news_article(client, archive)["dateModified"] == ARCHIVE.isoformat()


def test_date_modified_is_when_readers_text_changed_as_the_feeds_updated(client, backfilled):
    _, archive = backfilled
    archive.headline = "中央人民政府成立"
    archive._change_reason = "编辑修改"
    archive.save()
    edited = timezone.localtime(archive.history.latest("history_date").history_date)
    modified = news_article(client, archive)["dateModified"]
    assert modified == edited.isoformat(timespec="seconds")
    updated = entry_dates(feed(client, "/people/钱立/feed.xml"))["中央人民政府成立"][1]
    assert datetime.fromisoformat(updated).replace(microsecond=0) == datetime.fromisoformat(
        modified
    )
