"""The page's form and a hand zone drawn on the page's old picture (its PDF re-sent since): said
above the zones (``N 个人工热区画在旧版面图上，请核对``), outlined apart, and no longer said once
the editor ticks its row 已核对 (or draws it again) and saves."""

from __future__ import annotations

import pytest
from django.urls import reverse

pytest.importorskip("pypdfium2")

from articles.models import ArticlePart, Page, PageImage, Zone, ZoneSource
from tests.admin.conftest import form_data
from tests.pdfpages import conftest as pdf_fixtures

built_pages = pdf_fixtures.built_pages  # the edition imported from page PDFs
pdf_edition = pdf_fixtures.pdf_edition

pytestmark = pytest.mark.django_db

SAID = "1 个人工热区画在旧版面图上，请核对"


def change_url(page):
    return reverse("admin:articles_page_change", args=[page.pk])


def _hand_zone_on_an_old_picture(page) -> Zone:
    part = ArticlePart.objects.get(page=page, article__headline="城南新建两座口袋公园")
    zone = Zone.objects.get(part=part)
    zone.source, zone.drawn_on = ZoneSource.HAND, "0" * 64 + ":0"  # the picture before
    zone.save()
    return zone


def _row_of(data: dict, zone: Zone) -> str:
    """The zone's row prefix in the page form's ``data`` (``zones-2``)."""
    (prefix,) = [
        k[: -len("-id")]
        for k, v in data.items()
        if k.startswith("zones-") and k.endswith("-id") and v == str(zone.pk)
    ]
    return prefix


def test_the_form_says_a_hand_zone_is_on_the_old_picture(editor_client, pdf_edition):
    page = Page.objects.get(label="1")
    _hand_zone_on_an_old_picture(page)
    html = editor_client.get(change_url(page)).content.decode()
    assert SAID in html and "城南新建两座口袋公园" in html.split(SAID)[1].split("</p>")[0]
    assert "（画在旧版面图上，请核对）" in html  # its outline's name
    assert "已核对" in html


def test_ticking_checked_and_saving_puts_the_hand_zone_on_the_picture_now(
    editor_client, pdf_edition
):
    page = Page.objects.get(label="1")
    zone = _hand_zone_on_an_old_picture(page)
    data = form_data(editor_client.get(change_url(page)))
    data[f"{_row_of(data, zone)}-checked"] = "on"
    data["_continue"] = "保存并继续编辑"
    response = editor_client.post(change_url(page), data)
    assert response.status_code == 302, response.context["inline_admin_formsets"]
    zone.refresh_from_db()
    assert zone.source == ZoneSource.HAND
    assert zone.drawn_on == PageImage.objects.get(page=page).picture_key
    assert SAID not in editor_client.get(change_url(page)).content.decode()


def test_a_zone_drawn_at_the_desk_is_drawn_on_the_picture_now(editor_client, pdf_edition):
    import json

    page = Page.objects.get(label="1")
    part = ArticlePart.objects.get(page=page, article__headline="城南新建两座口袋公园")
    zone = Zone.objects.get(part=part)
    data = form_data(editor_client.get(change_url(page)))
    data[f"{_row_of(data, zone)}-rects"] = json.dumps([[0.4, 0.35, 0.95, 0.65]])
    data["_save"] = "保存"
    assert editor_client.post(change_url(page), data).status_code == 302
    zone.refresh_from_db()
    assert zone.source == ZoneSource.HAND
    assert zone.drawn_on == PageImage.objects.get(page=page).picture_key


def test_ticking_checked_on_an_automatic_zone_leaves_it_automatic(editor_client, pdf_edition):
    page = Page.objects.get(label="1")
    part = ArticlePart.objects.get(page=page, article__headline="城南新建两座口袋公园")
    zone = Zone.objects.get(part=part)
    data = form_data(editor_client.get(change_url(page)))
    data[f"{_row_of(data, zone)}-checked"] = "on"
    data["_save"] = "保存"
    assert editor_client.post(change_url(page), data).status_code == 302
    zone.refresh_from_db()
    assert zone.source == ZoneSource.AUTO and zone.drawn_on == ""
