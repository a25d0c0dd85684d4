"""What a public view reads is freed with its response, not left to the garbage collector: no
object of a page's data refers back to itself (a view, a photo with its credits, a photo's
image), so nothing of it waits for the collector's next pass."""

from __future__ import annotations

import gc
import pickle
import weakref
from contextlib import contextmanager

import pytest
from django.test import RequestFactory

from articles.models import Photo
from articles.selectors.common import file_url, photo_credits, with_credits
from articles.templatetags.epaper import photo_key
from articles.views.edition import PageView
from articles.views.story import ArticleView


@contextmanager
def no_collector():
    """Only reference counting frees objects inside."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@pytest.mark.parametrize("view_class", [PageView, ArticleView])
def test_a_public_view_is_freed_as_soon_as_nothing_holds_it(view_class):
    with no_collector():
        view = view_class()
        view.setup(RequestFactory().get("/"), paper="p", date="2020-07-09", label="A1")
        alive = weakref.ref(view)
        del view
        assert alive() is None


def test_a_public_view_answers_head_as_get():
    view = PageView()
    view.setup(RequestFactory().head("/"))
    view.get = lambda request, *args, **kwargs: ("got", request.method)
    assert view.head(view.request) == ("got", "HEAD")


def a_photo(image: str = "") -> Photo:
    photo = Photo(pk=7, page_id=1, position=2, caption="图说", image=image)
    photo._state.adding = False
    return photo


def a_credit_row() -> tuple:
    # PhotoCredit's columns (id, photo, person, order), then the person's (id, name, note).
    return (3, 7, 5, 0, 5, "李摄", "")


def test_a_photo_with_its_credits_is_freed_as_soon_as_nothing_holds_it():
    with no_collector():
        photo = a_photo()
        with_credits([photo], "default", [a_credit_row()])
        assert [c.person.name for c in photo_credits(photo)] == ["李摄"]
        alive = weakref.ref(photo)
        del photo
        assert alive() is None


@pytest.mark.django_db
def test_a_photo_kept_with_its_credits_comes_back_with_them():
    photo = a_photo()
    with_credits([photo], "default", [a_credit_row()])
    again = pickle.loads(pickle.dumps(photo))
    assert [c.person.name for c in again.credits.all()] == ["李摄"]  # no query: no such row
    assert [c.person.name for c in photo_credits(again)] == ["李摄"]


def test_a_files_address_is_what_its_field_file_gives():
    photo, other = a_photo("photos/2020/07/a.jpg"), a_photo("photos/2020/07/a.jpg")
    assert file_url(photo, "image") == other.image.url
    assert file_url(other, "image") == other.image.url  # a FieldFile built already
    assert file_url(a_photo(), "image") == ""


def test_a_photos_key_leaves_it_free_of_a_reference_cycle():
    with no_collector():
        photo = a_photo("photos/2020/07/a.jpg")
        with_credits([photo], "default", [a_credit_row()])
        key = photo_key(photo)
        alive = weakref.ref(photo)
        del photo
        assert alive() is None
    assert key[1].endswith("photos/2020/07/a.jpg")
    # (after its position, image, its two copies, their size, caption and credit line: each
    # credited person's name and the address of their page)
    assert key[8] == (("李摄", "/people/%E6%9D%8E%E6%91%84/"),)
