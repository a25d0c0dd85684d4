"""A photo whose caption is printed beside it (its figcaption) has an empty ``alt``: a screen
reader reads the caption once, not two or three times. A photo without a caption keeps a short
``alt`` of its own (图片 and its credit)."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.cache import cache

from articles.models import Photo
from articles.public import person_url
from tests.public.conftest import DAY, PAPER
from tests.public.dom import parse
from tests.public.people_feeds import photo_alone

pytestmark = pytest.mark.django_db


def with_picture(photo: Photo) -> Photo:
    Photo.objects.filter(pk=photo.pk).update(image=f"photos/p{photo.pk}.webp")
    cache.clear()
    return photo


def test_a_captioned_photo_on_its_page_has_an_empty_alt(client, edition):
    with_picture(Photo.objects.get(page=edition.a1, caption__contains="精灵马戏秀"))
    doc = parse(client.get(f"/{PAPER}/{DAY}/A1/"))
    figure = doc.find("figure", cls="photo")
    assert "精灵马戏秀" in figure.find("figcaption").text
    assert figure.find("img").attrs["alt"] == ""


def test_a_photographers_page_reads_each_caption_once(client):
    with_picture(photo_alone("市民在濠河边纳凉。", date(2021, 3, 1), "陈维连"))
    with_picture(photo_alone("", date(2021, 3, 2), "陈维连", position=901))
    doc = parse(client.get(person_url("陈维连")))
    alts = [f.find("img").attrs["alt"] for f in doc.find_all("figure", cls="photo")]
    # newest first: the one without a caption says what it is, the captioned one is silent
    assert alts == ["图片（本报记者 陈维连 摄）", ""]
