"""The desk's photo list (/admin/articles/photo/) lists the newest edition first, then each
edition's photos as printed (page order, then place): it mixed editions, ordering by page and
place alone (Photo.Meta.ordering, which the public views keep)."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from tests.public.people_feeds import photo_alone

pytestmark = pytest.mark.django_db


def test_the_photo_list_shows_the_newest_edition_first_then_as_printed(editor_client):
    old_second = photo_alone("旧的第二张。", date(2026, 11, 21), "孙明", position=2)
    old_first = photo_alone("旧的第一张。", date(2026, 11, 21), "孙明", position=1)
    new_second = photo_alone("新的第二张。", date(2026, 11, 22), "孙明", position=2)
    new_first = photo_alone("新的第一张。", date(2026, 11, 22), "孙明", position=1)
    response = editor_client.get(reverse("admin:articles_photo_changelist"))
    listed = [photo.pk for photo in response.context["cl"].result_list]
    assert listed == [new_first.pk, new_second.pk, old_first.pk, old_second.pk]


def test_a_page_still_shows_its_photos_as_printed(client):
    second = photo_alone("第二张图片的说明。", date(2026, 11, 22), "孙明", position=2)
    photo_alone("第一张图片的说明。", date(2026, 11, 22), "孙明", position=1)
    html = client.get(second.page.get_absolute_url()).content.decode()
    assert html.index("第一张图片的说明。") < html.index("第二张图片的说明。")
