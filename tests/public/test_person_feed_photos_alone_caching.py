"""A photographer's page and feed, cached, are rendered again when one of their photos standing
alone changes: its caption or credit edited (the desk's photo form), the photo deleted, a
co-photographer renamed; a page and feed that show none of it stay cached. In one process's
memory (locmem), on the one-host disk cache and on Redis shared by hosts."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from articles.models import Person, Photo
from articles.public import person_url
from tests.admin.conftest import editor, editor_client, form_data, groups  # noqa: F401
from tests.public.people_feeds import (
    ATOM,
    credited_story,
    entries,
    feed_entries,
    feed_url,
    photo_alone,
)
from tests.public.test_scoped_caching import backend, redis_server  # noqa: F401 (autouse: 3 caches)

DAY1, DAY2 = date(2021, 3, 1), date(2021, 3, 2)


@pytest.fixture
def photo(db, django_capture_on_commit_callbacks) -> Photo:
    """苏明远 and 林晓舟's photo standing alone; 王刚 reports a story of the same issue. Written
    as committed (their change done), so that a test's change is its own."""
    with django_capture_on_commit_callbacks(execute=True):
        credited_story("港口夜市开张", DAY1, reporters=("王刚",))
        return photo_alone("春耕时节，农民在田间插秧。", DAY2, "苏明远", "林晓舟")


def warm(client, name: str) -> None:
    for url in (feed_url(name), person_url(name)):
        assert client.get(url).status_code == 200, url
        assert client.get(url)["X-Cache"] == "hit", url


def test_a_caption_edited_refreshes_the_photographers_page_and_feed(
    client, photo, django_capture_on_commit_callbacks
):
    warm(client, "苏明远")
    with django_capture_on_commit_callbacks(execute=True):
        photo.caption = "春耕时节，村民在田间抢插早稻。"
        photo.save()  # what the admin does
    assert client.get(feed_url("苏明远"))["X-Cache"] == "miss"
    assert entries(client, "苏明远") == ["春耕时节，村民在田间抢插早稻。"]
    assert "抢插早稻" in client.get(person_url("苏明远")).content.decode()


def test_a_credit_changed_in_the_photo_form_moves_the_photo_to_the_new_photographer(
    editor_client,  # noqa: F811
    photo,
    django_capture_on_commit_callbacks,
):
    warm(editor_client, "苏明远")
    warm(editor_client, "王刚")
    url = reverse("admin:articles_photo_change", args=[photo.pk])
    data = {**form_data(editor_client.get(url)), "credit_line": "本报记者 王刚 摄", "_save": "保存"}
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert editor_client.get(feed_url("苏明远")).status_code == 404  # nothing of his left
    assert editor_client.get(person_url("苏明远")).status_code == 404
    assert entries(editor_client, "王刚") == ["春耕时节，农民在田间插秧。", "港口夜市开张"]
    assert "春耕时节" in editor_client.get(person_url("王刚")).content.decode()


def test_a_photo_deleted_leaves_its_photographers_page_and_feed(
    client, photo, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        credited = photo_alone("清晨的菜市场。", DAY1, "苏明远")
    warm(client, "苏明远")
    with django_capture_on_commit_callbacks(execute=True):
        photo.delete()
    assert entries(client, "苏明远") == [credited.caption]
    assert "春耕时节" not in client.get(person_url("苏明远")).content.decode()


def test_renaming_a_co_photographer_refreshes_the_feeds_that_name_them(
    client, photo, django_capture_on_commit_callbacks
):
    warm(client, "苏明远")
    warm(client, "王刚")
    with django_capture_on_commit_callbacks(execute=True):
        renamed = Person.objects.get(name="林晓舟")
        renamed.name = "林晓舟（改）"
        renamed.save()
    (entry,) = feed_entries(client, "苏明远")
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "苏明远、林晓舟（改）"
    assert client.get(feed_url("王刚"))["X-Cache"] == "hit"
