"""A photographer's photos standing alone (printed with no story: ``Photo.article`` null) are
theirs too: their feed lists each published one, among their stories newest first, linking to
where its page shows it, titled and summed up by its caption; their page lists them. And a
story's entry names its photographers (Atom ``contributor``; its ``author`` when it has no
reporter), in the person's feed as in the section's."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import Issue
from articles.public import person_url, section_url
from tests.public.people_feeds import (
    ATOM,
    credited_story,
    entries,
    feed_entries,
    feed_url,
    photo_alone,
)

pytestmark = pytest.mark.django_db

DAY1, DAY2, DAY3, DAY4 = (date(2021, 3, d) for d in (1, 2, 3, 4))


def _link(entry) -> str:
    return entry.find(f"{ATOM}link").attrib["href"]


def _people(entry, role: str) -> list[str]:
    return [each.findtext(f"{ATOM}name") for each in entry.iter(f"{ATOM}{role}")]


def test_photos_standing_alone_are_listed_among_the_stories_newest_first(client):
    photo_alone("春耕时节，农民在田间插秧。", DAY1, "苏明远")
    credited_story("跨江大桥完成检修", DAY2, reporters=("王刚",), photographer="苏明远")
    photo_alone("夜色中的跨江大桥。", DAY3, "苏明远", position=950)
    photo_alone("清晨的菜市场。", DAY3, "苏明远", position=920)
    photo_alone("别人拍的照片。", DAY4, "王刚")
    assert entries(client, "苏明远") == [
        "清晨的菜市场。",
        "夜色中的跨江大桥。",
        "跨江大桥完成检修",
        "春耕时节，农民在田间插秧。",
    ]


def test_a_photos_entry_links_where_it_is_shown_titled_by_its_caption_authored_by_its_credit(
    client,
):
    caption = "雨后的老城区，一位老人撑伞走过青石板路，身后是刚刚修缮完工的百年骑楼和正在开张的老字号茶馆。"
    photo = photo_alone(caption, DAY1, "苏明远", "林晓舟")
    (entry,) = feed_entries(client, "苏明远")
    assert _link(entry).endswith(photo.get_absolute_url())  # its page, at the photo
    assert client.get(photo.page.get_absolute_url()).status_code == 200
    assert entry.findtext(f"{ATOM}title") == caption[:39] + "…"
    assert entry.findtext(f"{ATOM}summary") == caption
    assert _people(entry, "author") == ["苏明远、林晓舟"]
    assert entry.findtext(f"{ATOM}updated").startswith("2021-03-01")  # (Atom: one each)


def test_a_picture_printed_with_its_credit_only_is_titled_by_its_credit(client):
    photo_alone("", DAY1, "苏明远")
    (entry,) = feed_entries(client, "苏明远")
    assert entry.findtext(f"{ATOM}title") == "（图片，本报记者 苏明远 摄）"


def test_a_photo_standing_alone_in_an_unpublished_issue_is_in_no_feed(client, settings):
    settings.NEWSROOM_PUBLIC_CACHE_SECONDS = 0  # (the issue is withdrawn by update(): no signal)
    photo_alone("已发布的照片。", DAY1, "苏明远")
    photo_alone("未发布一期的照片。", DAY2, "苏明远", published=False)
    assert entries(client, "苏明远") == ["已发布的照片。"]
    Issue.objects.filter(date=DAY1).update(status="draft")
    assert client.get(feed_url("苏明远")).status_code == 404
    assert client.get(person_url("苏明远")).status_code == 404


def test_the_person_page_lists_their_photos_standing_alone_linked_where_shown(client):
    photo = photo_alone("春耕时节，农民在田间插秧。", DAY1, "苏明远")
    photo_alone("未发布一期的照片。", DAY2, "苏明远", published=False)
    html = client.get(person_url("苏明远")).content.decode()
    assert "春耕时节，农民在田间插秧。" in html and "未发布一期的照片" not in html
    assert f'href="{photo.get_absolute_url()}"' in html
    assert "摄影作品 1 幅" in html


def _queries(client, name: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(feed_url(name)).status_code == 200
    return len(captured.captured_queries)


def test_the_feed_costs_the_same_queries_for_two_photos_standing_alone_or_four(client, settings):
    settings.NEWSROOM_PUBLIC_CACHE_SECONDS = 0  # rendered each time
    credited_story("跨江大桥完成检修", DAY1, reporters=("王刚",), photographer="苏明远")
    for day in (DAY1, DAY2):
        photo_alone(f"{day}的照片。", day, "苏明远", "林晓舟")
    two = _queries(client, "苏明远")
    for day in (DAY3, DAY4):
        photo_alone(f"{day}的照片。", day, "苏明远", "王刚")
    assert len(entries(client, "苏明远")) == 5
    assert _queries(client, "苏明远") == two


def test_a_storys_entry_names_its_photographers_as_contributors(client):
    story = credited_story(
        "港口夜市开张", DAY1, reporters=("林晓舟", "王刚"), photographer="苏明远"
    )
    (entry,) = feed_entries(client, "林晓舟")
    assert _people(entry, "author") == ["林晓舟、王刚"]
    assert _people(entry, "contributor") == ["苏明远"]
    (entry,) = feed_entries(client, "苏明远")
    assert _people(entry, "contributor") == ["苏明远"]
    page = story.page
    page.section = "要闻"
    page.save()
    section = client.get(section_url(story.issue.publication, "要闻") + "feed.xml")
    assert "<contributor><name>苏明远</name></contributor>" in section.content.decode()


def test_a_picture_story_with_no_reporter_is_authored_by_its_photographer(client):
    credited_story("图片新闻：港口夜市开张", DAY1, photographer="苏明远", text=False)
    (entry,) = feed_entries(client, "苏明远")
    assert _people(entry, "author") == ["苏明远"]
    assert _people(entry, "contributor") == []


def test_a_text_story_with_no_reporter_names_its_photographer_no_author(client):
    credited_story("港口夜市开张", DAY1, photographer="苏明远")
    (entry,) = feed_entries(client, "苏明远")
    assert _people(entry, "author") == []  # (the feed's own author stands for it)
    assert _people(entry, "contributor") == ["苏明远"]


def test_a_reporter_who_also_took_the_photo_is_named_once(client):
    credited_story("港口夜市开张", DAY1, reporters=("林晓舟",), photographer="林晓舟")
    (entry,) = feed_entries(client, "林晓舟")
    assert _people(entry, "author") == ["林晓舟"]
    assert _people(entry, "contributor") == []
