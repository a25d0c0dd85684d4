"""The desk's zone save (热区, on the page form) over a page changed after the editor opened it:
a new PDF attached by an import meanwhile (the page's zones all drawn by hand, so none of them
changed), or another editor's zone save, is not written over; the refusal says what changed,
and the check is made with the page's row locked (articles/forms/pageguard.py)."""

from __future__ import annotations

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

pytest.importorskip("pypdfium2")

from articles.forms import pageguard
from articles.importing.pdfs import PdfPage, page_attach_pdf
from articles.models import Page, PageImage, Zone, ZoneSource
from tests.admin.conftest import form_data
from tests.pdfpages import conftest as pdf_fixtures

built_pages = pdf_fixtures.built_pages
pdf_edition = pdf_fixtures.pdf_edition

pytestmark = pytest.mark.django_db

MOVED = [[0.1, 0.1, 0.3, 0.3]]


def change_url(page):
    return reverse("admin:articles_page_change", args=[page.pk])


def _opened_with_a_zone_moved(client, page) -> tuple[dict, Zone]:
    """The page form as rendered (GET), its first zone's rectangles changed as typed."""
    data = form_data(client.get(change_url(page)))
    zone = Zone.objects.get(pk=data["zones-0-id"])
    data["zones-0-rects"] = json.dumps(MOVED)
    data["_save"] = "保存"
    return data, zone


def test_a_zone_save_over_a_picture_attached_meanwhile_is_refused(
    editor_client, pdf_edition, built_pages
):
    page = Page.objects.get(label="1")
    Zone.objects.filter(page=page).update(source=ZoneSource.HAND)  # kept through a new PDF
    data, zone = _opened_with_a_zone_moved(editor_client, page)
    before = zone.rects
    page_attach_pdf(page, PdfPage(built_pages[0].pdf + b"\n% a corrected PDF\n"))  # an import
    new_picture = PageImage.objects.get(page=page).pdf_checksum
    html = editor_client.post(change_url(page), data).content.decode()
    assert "版面图已被另一次导入换过" in html and "本次没有保存" in html
    assert "热区已被" not in html  # (only what changed is named)
    assert 'id="reload-fresh-form"' in html
    assert Zone.objects.get(pk=zone.pk).rects == before
    assert PageImage.objects.get(page=page).pdf_checksum == new_picture


def test_a_zone_save_over_another_editors_zone_save_is_refused(
    editor_client, chief_client, pdf_edition
):
    page = Page.objects.get(label="1")
    theirs, zone = _opened_with_a_zone_moved(chief_client, page)
    ours, _ = _opened_with_a_zone_moved(editor_client, page)
    theirs["zones-0-rects"] = json.dumps([[0.5, 0.5, 0.7, 0.7]])
    assert chief_client.post(change_url(page), theirs).status_code == 302
    html = editor_client.post(change_url(page), ours).content.decode()
    assert "热区已被重新匹配、重新导入或其他编辑改过" in html and "本次没有保存" in html
    assert Zone.objects.get(pk=zone.pk).rects == [[0.5, 0.5, 0.7, 0.7]]


def test_a_zone_save_on_a_page_nobody_changed_is_saved(editor_client, pdf_edition):
    page = Page.objects.get(label="1")
    data, zone = _opened_with_a_zone_moved(editor_client, page)
    assert editor_client.post(change_url(page), data).status_code == 302
    saved = Zone.objects.get(pk=zone.pk)
    assert saved.rects == MOVED and saved.source == ZoneSource.HAND


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite takes no row locks (one writer at a time)"
)
def test_the_save_locks_the_page_before_it_reads_what_the_form_was_opened_on(
    editor_client, pdf_edition, monkeypatch
):
    page = Page.objects.get(label="1")
    data, _ = _opened_with_a_zone_moved(editor_client, page)
    read_at = []  # (how many queries had run when the version was read)
    monkeypatch.setattr(
        pageguard,
        "page_version",
        lambda row, read=pageguard.page_version: read_at.append(len(queries)) or read(row),
    )
    with CaptureQueriesContext(connection) as queries:
        assert editor_client.post(change_url(page), data).status_code == 302
    sql = [q["sql"] for q in queries.captured_queries]
    lock = next(i for i, q in enumerate(sql) if "FOR UPDATE" in q and 'FROM "articles_page"' in q)
    assert read_at and lock < read_at[0]
