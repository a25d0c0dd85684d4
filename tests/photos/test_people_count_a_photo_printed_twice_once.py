"""The people list (/people/) and a photographer's page count a photo printed twice in an
issue (on A1 in its story, again on A2 beside the continuation) as readers are shown it: once
(articles/samephotos.py), the count and the list agreeing."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from articles.models import Person, Photo, PhotoCredit
from articles.public import person_url
from articles.selectors import person_photos
from articles.views.people import PersonView
from tests.photos import test_photo_printed_twice_shown_once as printed_twice
from tests.photos.pages import CAPTION

pytestmark = pytest.mark.django_db

story = printed_twice.story  # A1's story, its photo printed again on A2


def _people_line(client, name: str) -> str:
    html = client.get("/people/").content.decode()
    return next(line for line in html.splitlines() if f">{name}</a>" in line)


def test_the_people_list_counts_a_photo_printed_twice_once(client, story):
    assert Photo.objects.count() == 2
    assert "图片1<" in _people_line(client, "孙明")


def test_the_people_list_counts_a_photo_of_another_caption_as_another(client, story):
    Photo.objects.filter(page__label="A2").update(caption="运河公园的夜景。")
    assert "图片2<" in _people_line(client, "孙明")


def test_the_people_list_counts_photos_without_a_caption_each(client, story):
    Photo.objects.update(caption="")
    assert "图片2<" in _people_line(client, "孙明")


def test_namesakes_listed_count_a_photo_printed_twice_once(client, story):
    sun = Person.objects.get(name="孙明")
    Person.objects.filter(pk=sun.pk).update(note="摄影部")
    other = Person.objects.create(name="孙明", note="体育部")
    # (the other one has published work too: credited on the copy on A2)
    PhotoCredit.objects.create(photo=Photo.objects.get(page__label="A2"), person=other)
    html = client.get("/people/孙明/").content.decode()
    line = next(line for line in html.splitlines() if "摄影部" in line)
    assert "图片1<" in line


def test_the_photographers_page_counts_every_photo_not_only_those_listed(client, story):
    sun = Person.objects.get(name="孙明")
    photos, count = person_photos(sun, limit=1)
    assert count == 1 and [photo.also_on for photo in photos] == [["A2"]]
    Photo.objects.filter(page__label="A2").update(caption="运河公园的夜景。")
    photos, count = person_photos(sun, limit=1)
    assert count == 2 and len(photos) == 1 and photos[0].page.label == "A1"


def test_the_photographers_page_says_how_many_of_its_photos_it_lists(client, story, monkeypatch):
    Photo.objects.filter(page__label="A2").update(caption="运河公园的夜景。")
    html = client.get(person_url("孙明")).content.decode()
    assert "摄影作品 2 幅<" in html
    assert html.count("运河公园的夜景。") == 1 and html.count(CAPTION) == 1
    monkeypatch.setattr(PersonView, "photos_listed", 1, raising=False)
    cache.clear()  # (the page as it was rendered is kept)
    html = client.get(person_url("孙明")).content.decode()
    assert "摄影作品 2 幅（列出最近的 1 幅）" in html
    assert html.count(CAPTION) == 1 and "运河公园的夜景。" not in html
