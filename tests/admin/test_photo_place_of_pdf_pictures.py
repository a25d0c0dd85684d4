"""A photo found only on the page PDF (a picture printed with its credit and no caption) is
stored at ``position`` 100000 and up; the desk shows where it is as an editor counts it
(``PDF 上第3张图``, and why the page's text has no such photo), never the stored number (a
reviewer read 版内位置 ``100002`` in the photo list and form)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Page, Photo
from articles.querysets import PDF_PICTURES_FROM

pytestmark = pytest.mark.django_db


@pytest.fixture
def pdf_photo(seed):
    page = Page.objects.get(label="A1")
    return Photo.objects.create(page=page, position=PDF_PICTURES_FROM + 2, credit_line="张三 摄")


def test_the_photo_list_shows_the_pdf_picture_by_its_number_on_the_pdf(editor_client, pdf_photo):
    html = editor_client.get(reverse("admin:articles_photo_changelist")).content.decode()
    assert "PDF 上第3张图" in html and "100002" not in html


def test_the_photo_form_says_where_it_was_found(editor_client, pdf_photo):
    change = reverse("admin:articles_photo_change", args=[pdf_photo.pk])
    html = editor_client.get(change).content.decode()
    assert "PDF 上第3张图" in html and "版面文本里没有这张图" in html
    assert "100002" not in html


def test_a_photo_of_the_page_text_keeps_its_number(editor_client, seed):
    photo = Photo.objects.get()
    assert photo.place == f"第{photo.position}张" and photo.pdf_number is None
