"""The public site with two reporters named 王明 (articles/views/people.py): ``/people/王明/``
lists both with their notes, each has a page and a feed of their own at ``/people/王明/<id>/``,
the story pages link the one credited, the 记者 filter finds both, and no cached page still
shows them as one."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from articles.models import Person
from articles.people.split import person_split
from tests.public.conftest import publish_everything
from tests.public.dom import parse

pytestmark = pytest.mark.django_db

WANG = quote("王明")


def split(two_wangs):
    done = person_split(
        person=two_wangs["person"],
        note_kept="晴川晚报",
        note_new="体育部",
        story_ids=[two_wangs["daily"].pk],
        photo_ids=[],
    )
    return done.person, done.new


def byline_links(client, story) -> list[str]:
    byline = parse(client.get(story.get_absolute_url())).find("p", cls="byline")
    return [a.attrs["href"] for a in byline.find_all("a") if "/people/" in a.attrs["href"]]


def test_the_name_s_address_lists_both_with_their_notes_and_own_pages(client, two_wangs):
    publish_everything()
    evening, sports = split(two_wangs)

    html = client.get(f"/people/{WANG}/").content.decode()

    assert f'href="/people/{WANG}/{sports.pk}/"' in html and "（体育部）" in html
    assert f'href="/people/{WANG}/{evening.pk}/"' in html and "（晴川晚报）" in html


def test_each_namesake_s_page_and_feed_hold_only_their_own_stories(client, two_wangs):
    publish_everything()
    _, sports = split(two_wangs)

    page = client.get(f"/people/{WANG}/{sports.pk}/").content.decode()
    feed = client.get(f"/people/{WANG}/{sports.pk}/feed.xml").content.decode()

    assert "市运会田径赛场破纪录" in page and "晚报读者节开幕" not in page
    assert "王明（体育部）" in page and f"/people/{WANG}/{sports.pk}/feed.xml" in page
    assert "市运会田径赛场破纪录" in feed and "晚报读者节开幕" not in feed


def test_the_story_pages_link_the_wang_ming_credited(client, two_wangs):
    publish_everything()
    evening, sports = split(two_wangs)

    assert byline_links(client, two_wangs["daily"]) == [f"/people/{WANG}/{sports.pk}/"]
    assert byline_links(client, two_wangs["evening"]) == [f"/people/{WANG}/{evening.pk}/"]
    twin = client.get(two_wangs["daily"].get_absolute_url().rstrip("/") + ".json").json()
    assert twin["reporters"][0]["url"].endswith(f"/people/{WANG}/{sports.pk}/")


def test_no_cached_page_still_shows_them_as_one(
    client, two_wangs, django_capture_on_commit_callbacks
):
    publish_everything()
    daily = two_wangs["daily"]
    page_url = daily.page.get_absolute_url()
    assert byline_links(client, daily) == [f"/people/{WANG}/"]  # (cached now)
    assert f'href="/people/{WANG}/"' in client.get(page_url).content.decode()
    assert client.get(f"/people/{WANG}/").status_code == 200

    with django_capture_on_commit_callbacks(execute=True):  # (the tags bumped at commit)
        evening, sports = split(two_wangs)

    assert byline_links(client, daily) == [f"/people/{WANG}/{sports.pk}/"]
    assert f'href="/people/{WANG}/{sports.pk}/"' in client.get(page_url).content.decode()
    listed = client.get(f"/people/{WANG}/").content.decode()
    assert f"/people/{WANG}/{evening.pk}/" in listed and f"/people/{WANG}/{sports.pk}/" in listed


def test_the_old_feed_leads_to_the_feed_of_the_one_kept_at_the_split(client, two_wangs):
    publish_everything()
    evening, _ = split(two_wangs)

    response = client.get(f"/people/{WANG}/feed.xml")

    assert response.status_code == 301
    assert response["Location"] == f"/people/{WANG}/{evening.pk}/feed.xml"


def test_a_namesake_s_address_with_another_name_or_no_note_moves(client, two_wangs):
    publish_everything()
    _, sports = split(two_wangs)

    response = client.get(f"/people/{quote('王明华')}/{sports.pk}/")
    assert response.status_code == 301
    assert response["Location"] == f"/people/{WANG}/{sports.pk}/"
    lee = Person.objects.get(name="李华")
    moved = client.get(f"/people/{quote('李华')}/{lee.pk}/")
    assert moved.status_code == 301 and moved["Location"] == f"/people/{quote('李华')}/"


def test_the_reporter_filter_finds_both_wang_mings(client, two_wangs):
    publish_everything()
    split(two_wangs)

    response = client.get("/search/", {"q": "市民", "reporter": "王明"})
    found = {a.pk for a in response.context["page_obj"]}
    response = client.get("/search/", {"q": "运动员", "reporter": "王明"})
    found |= {a.pk for a in response.context["page_obj"]}

    assert found == {two_wangs["daily"].pk, two_wangs["evening"].pk}


def test_a_search_result_links_the_namesake_credited(client, two_wangs):
    from django.urls import reverse

    publish_everything()
    _, sports = split(two_wangs)

    response = client.get(reverse("search:search"), {"q": "田径"})

    assert two_wangs["daily"].pk in [story.pk for story in response.context["page_obj"]]
    page = response.content.decode()
    assert f'href="/people/{WANG}/{sports.pk}/">王明</a>' in page
    assert f'href="/people/{WANG}/"' not in page
