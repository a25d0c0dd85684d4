"""The desk's 记者 / 摄影 list filters (articles/admin/personfilters.py): two people named 王明
are two entries, each with their 区分说明, and picking one lists that one's work alone; the
人员 list links each person's counts to them."""

from __future__ import annotations

import re
from datetime import date
from html import unescape

import pytest
from django.urls import reverse

from articles.models import Photo, PhotoCredit
from tests.factories import import_text
from tests.people.conftest import EVENING, page

pytestmark = pytest.mark.django_db

STORIES = reverse("admin:articles_article_changelist")
PHOTOS = reverse("admin:articles_photo_changelist")


def filter_links(html: str, parameter: str) -> dict[str, str]:
    """The sidebar's entries of the filter by ``parameter``: ``{text: person id}``."""
    found = re.findall(rf'href="\?{parameter}=(\d+)"[^>]*>([^<]+)</a>', html)
    return {unescape(text).strip(): pk for pk, text in found}


def test_the_story_list_s_reporter_filter_shows_each_namesake_with_their_note(
    editor_client, split_wangs
):
    html = editor_client.get(STORIES).content.decode()

    links = filter_links(html, "reporter")
    assert links["王明（体育部）"] == str(split_wangs["sports"].pk)
    assert links["王明（晴川晚报）"] == str(split_wangs["evening_wang"].pk)


def test_picking_a_namesake_lists_their_stories_alone(editor_client, split_wangs):
    sports = split_wangs["sports"]

    response = editor_client.get(STORIES, {"reporter": sports.pk})

    assert response.status_code == 200
    html = response.content.decode()
    assert split_wangs["daily"].headline in html
    assert split_wangs["evening"].headline not in html
    assert 'class="selected"' in html and "王明（体育部）" in html


def test_a_reporter_filter_value_that_is_no_id_is_refused_saying_so(editor_client, split_wangs):
    response = editor_client.get(STORIES, {"reporter": "王明"})

    assert response.status_code == 400
    assert "筛选条件“记者”" in response.content.decode()


def test_the_photo_list_filters_by_one_namesake_photographer(editor_client, split_wangs):
    text = page("晚报摄影展开幕", "作品琳琅满目") + "\n图为观众在展厅参观。\n本报记者 王明 摄\n"
    import_text(text, "A5", when=date(2025, 6, 1), **EVENING)
    photo = Photo.objects.get()
    PhotoCredit.objects.filter(photo=photo).update(person=split_wangs["sports"])

    links = filter_links(editor_client.get(PHOTOS).content.decode(), "photographer")
    assert links == {"王明（体育部）": str(split_wangs["sports"].pk)}
    picked = editor_client.get(PHOTOS, {"photographer": split_wangs["sports"].pk})
    other = editor_client.get(PHOTOS, {"photographer": split_wangs["evening_wang"].pk})
    assert f"/photo/{photo.pk}/change/" in picked.content.decode()
    assert f"/photo/{photo.pk}/change/" not in other.content.decode()


def test_the_people_list_links_each_namesake_s_count_to_their_own_stories(
    editor_client, split_wangs
):
    html = editor_client.get(reverse("admin:articles_person_changelist")).content.decode()

    for person in (split_wangs["sports"], split_wangs["evening_wang"]):
        assert f'href="{STORIES}?reporter={person.pk}"' in html
