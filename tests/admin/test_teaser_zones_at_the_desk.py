"""Teaser boxes (导读) at the desk: the page's form counts them among what has or lacks a zone,
and a zone is drawn for one as for a story (a layout editor's find: the form said
``每篇稿件和图片都有热区。`` over a picture whose teaser box had none, and none could be drawn)."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

pytest.importorskip("pypdfium2")

from articles.models import Page, Teaser, Zone, ZoneSource
from tests.admin.conftest import form_data
from tests.pdfpages.teaserpage import TEASER_TITLE, import_both

pytestmark = pytest.mark.django_db


def change_url(page):
    return reverse("admin:articles_page_change", args=[page.pk])


def test_the_form_says_every_story_photo_and_teaser_has_a_zone(editor_client, tmp_path):
    import_both(tmp_path)
    page = Page.objects.get(label="A1")
    html = editor_client.get(change_url(page)).content.decode()
    assert "每篇稿件、每张图片和每条导读都有热区。" in html


def test_a_teaser_without_a_zone_is_listed_and_one_is_drawn_for_it(editor_client, tmp_path):
    import_both(tmp_path)
    page = Page.objects.get(label="A1")
    teaser = Teaser.objects.get(page=page)
    Zone.objects.filter(teaser=teaser).delete()
    html = editor_client.get(change_url(page)).content.decode()
    assert "没有热区的稿件、图片和导读（1）" in html and f"导读：{TEASER_TITLE}" in html
    data = form_data(editor_client.get(change_url(page)))
    n = int(data["zones-TOTAL_FORMS"]) - 1  # the empty extra form
    data[f"zones-{n}-teaser"] = str(teaser.pk)
    data[f"zones-{n}-rects"] = json.dumps([[0.05, 0.77, 0.4, 0.83]])
    data["_save"] = "保存"
    response = editor_client.post(change_url(page), data)
    assert response.status_code == 302, response.context["inline_admin_formsets"]
    zone = Zone.objects.get(teaser=teaser)
    assert zone.source == ZoneSource.HAND and zone.rects == [[0.05, 0.77, 0.4, 0.83]]


def test_a_row_for_a_story_and_a_teaser_at_once_is_refused_in_chinese(editor_client, tmp_path):
    import_both(tmp_path)
    page = Page.objects.get(label="A1")
    teaser = Teaser.objects.get(page=page)
    Zone.objects.filter(teaser=teaser).delete()
    data = form_data(editor_client.get(change_url(page)))
    n = int(data["zones-TOTAL_FORMS"]) - 1
    data[f"zones-{n}-teaser"] = str(teaser.pk)
    data[f"zones-{n}-part"] = str(page.parts.first().pk)
    data[f"zones-{n}-rects"] = json.dumps([[0.05, 0.77, 0.4, 0.83]])
    data["_save"] = "保存"
    html = editor_client.post(change_url(page), data).content.decode()
    assert html.count("每个热区只对应一篇稿件分段、一张图片或一条导读：请三选一") == 1
    assert not Zone.objects.filter(teaser=teaser).exists()
