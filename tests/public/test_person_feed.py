"""A reporter's or photographer's Atom feed (``/people/<name>/feed.xml``): the newest published
stories they are credited on, by byline or by a photo of the story, each once; linked from
their page as the section pages link theirs."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import feeds
from articles.models import Issue, Photo, PhotoCredit
from articles.public import person_url, section_url
from tests.public.people_feeds import credited_story, entries, feed_url, person

pytestmark = pytest.mark.django_db

DAY1, DAY2, DAY3 = date(2021, 3, 1), date(2021, 3, 2), date(2021, 3, 3)


def test_the_feed_lists_stories_reported_or_photographed_newest_first_each_once(client):
    credited_story("城东口袋公园开放", DAY1, reporters=("林晓舟",))
    credited_story("跨江大桥完成检修", DAY2, reporters=("王刚",), photographer="林晓舟")
    credited_story("港口夜市开张", DAY3, reporters=("林晓舟",), photographer="林晓舟")
    credited_story("别人的稿件", DAY3, reporters=("王刚",), photographer="苏明远")
    assert entries(client, "林晓舟") == ["港口夜市开张", "跨江大桥完成检修", "城东口袋公园开放"]


def test_an_unpublished_story_never_appears_in_the_feed(client):
    credited_story("已发布的稿件", DAY1, reporters=("林晓舟",))
    credited_story("未发布的稿件", DAY2, reporters=("林晓舟",), published=False)
    credited_story("未发布的图片稿", DAY2, photographer="林晓舟", published=False)
    credited_story("未发布一期的稿件", DAY3, reporters=("林晓舟",), photographer="林晓舟")
    Issue.objects.filter(date=DAY3).update(status="draft")
    assert entries(client, "林晓舟") == ["已发布的稿件"]


def test_a_person_with_nothing_published_has_no_feed_as_they_have_no_page(client):
    credited_story("未发布的稿件", DAY1, reporters=("林晓舟",), published=False)
    credited_story("未发布的图片稿", DAY1, photographer="苏明远", published=False)
    for name in ("林晓舟", "苏明远", "没有这个人"):
        assert client.get(person_url(name)).status_code == 404, name
        assert client.get(feed_url(name)).status_code == 404, name


def test_a_photographer_of_photos_standing_alone_has_them_in_the_feed(client):
    story = credited_story("有图的稿件", DAY1, reporters=("王刚",))
    photo = Photo.objects.create(page=story.page, position=900, caption="街景。")
    PhotoCredit.objects.create(photo=photo, person=person("苏明远"))
    assert client.get(person_url("苏明远")).status_code == 200
    assert entries(client, "苏明远") == ["街景。"]


def test_the_feed_lists_as_many_stories_as_a_section_feed(client, monkeypatch):
    monkeypatch.setattr(feeds, "SECTION_FEED_SIZE", 2)
    for n, day in enumerate((DAY1, DAY2, DAY3)):
        credited_story(f"第{n + 1}篇稿件", day, photographer="林晓舟")
    assert entries(client, "林晓舟") == ["第3篇稿件", "第2篇稿件"]


def test_a_name_in_the_other_script_is_redirected_to_the_persons_feed(client):
    credited_story("港口夜市开张", DAY1, reporters=("何晓雨",))
    response = client.get(feed_url("何曉雨"))
    assert response.status_code == 301
    assert response["Location"] == feed_url("何晓雨")


def test_the_feed_is_atom_as_the_section_feeds_are(client):
    story = credited_story("港口夜市开张", DAY1, reporters=("林晓舟", "王刚"))
    page = story.page
    page.section = "要闻"
    page.save()
    response = client.get(feed_url("林晓舟"))
    section = client.get(section_url(story.issue.publication, "要闻") + "feed.xml")
    assert response["Content-Type"] == section["Content-Type"]
    xml = response.content.decode()
    assert "<name>林晓舟、王刚</name>" in xml and story.get_absolute_url() in xml


def test_the_person_page_links_its_feed_for_feed_readers_and_for_readers(client):
    credited_story("港口夜市开张", DAY1, photographer="林晓舟")
    html = client.get(person_url("林晓舟")).content.decode()
    url = feed_url("林晓舟")
    assert (
        f'<link rel="alternate" type="application/atom+xml" title="林晓舟 · 记者与摄影" href="{url}">'
        in html
    )
    assert f'<a class="feed-link" href="{url}">' in html


def _queries(client, name: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(feed_url(name)).status_code == 200
    return len(captured.captured_queries)


def test_the_feed_costs_the_same_queries_for_two_stories_or_four(client, settings):
    settings.NEWSROOM_PUBLIC_CACHE_SECONDS = 0  # rendered each time
    for day in (DAY1, DAY2):
        credited_story(f"{day}的稿件", day, reporters=("林晓舟", "王刚"), photographer="林晓舟")
    two = _queries(client, "林晓舟")
    for day in (DAY3, date(2021, 3, 4)):
        credited_story(f"{day}的图片稿", day, reporters=("苏明远",), photographer="林晓舟")
    assert len(entries(client, "林晓舟")) == 4
    assert _queries(client, "林晓舟") == two
