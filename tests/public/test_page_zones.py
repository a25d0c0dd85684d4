"""A page with its picture: its zones' addresses (their stories' and photos') are worked out
from the page's own issue and the page itself, not a query each."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.models import ArticlePart, PageImage, Photo, Zone
from tests.public.test_whole_page import A1_URL, served

pytestmark = pytest.mark.django_db


def queries(path: str) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        served(path)
    return len(captured.captured_queries)


def test_a_pages_zones_cost_no_query_each(edition):
    page = edition.a1
    PageImage.objects.create(
        page=page, pdf="pages/cc/one.pdf", pdf_checksum="c" * 64, image="pages/cc/one.webp",
        thumbnail="pages/cc/one-thumb.webp", width=800, height=1200,
    )  # fmt: skip
    parts = list(ArticlePart.objects.filter(page=page).order_by("position"))
    Zone.objects.create(page=page, part=parts[0], rects=[[0.1, 0.1, 0.5, 0.3]])
    one = queries(A1_URL)
    for part in parts[1:]:
        Zone.objects.create(page=page, part=part, rects=[[0.1, 0.4, 0.5, 0.6]])
    photo = Photo.objects.filter(page=page).first()
    Zone.objects.create(page=page, photo=photo, rects=[[0.6, 0.6, 0.9, 0.9]])
    assert queries(A1_URL) == one
    html = served(A1_URL).decode()
    assert parts[-1].article.get_absolute_url() in html  # each zone links its story
    assert photo.get_absolute_url() in html


def test_a_pages_zones_are_read_by_a_query_built_once(edition, monkeypatch):
    from articles.selectors import pages

    page = edition.a1
    part = ArticlePart.objects.filter(page=page).order_by("position").first()
    Zone.objects.create(page=page, part=part, rects=[[0.1, 0.1, 0.5, 0.3]])
    built = []
    real = pages._PAGE_ZONES.build
    monkeypatch.setattr(pages._PAGE_ZONES, "build", lambda pk: built.append(pk) or real(pk))
    monkeypatch.setattr(pages._PAGE_ZONES, "_built", type(pages._PAGE_ZONES._built)())
    for _ in range(2):
        (zone,) = pages.page_zones(page)
        assert zone.part.article.title == part.article.title and zone.page is page
    assert len(built) == 1
