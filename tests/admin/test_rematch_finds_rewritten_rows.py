"""重新匹配热区 finds a caption or a story an editor rewrote wholly by what the page printed: the
PDF prints the old words, not the editor's (a reviewer's rewritten caption lost its zone)."""

from __future__ import annotations

import pytest
from django.urls import reverse

pytest.importorskip("pypdfium2")

from articles.editing import hand_edit
from articles.models import ArticlePart, Page, Photo, Zone
from tests.admin.conftest import form_data
from tests.pdfpages import conftest as pdf_fixtures

built_pages = pdf_fixtures.built_pages
pdf_edition = pdf_fixtures.pdf_edition

pytestmark = pytest.mark.django_db

REWRITTEN = "编者改写：傍晚时分，附近居民带着孩子来到公园纳凉，草坪上笑声不断。"


def rematch(client, page):
    response = client.post(
        reverse("admin:articles_page_changelist"),
        {"action": "rematch_zones_selected", "_selected_action": [page.pk]},
    )
    assert response.status_code == 302


def test_a_caption_rewritten_on_the_desk_keeps_its_zone_when_matching_again(
    editor_client, pdf_edition
):
    page = Page.objects.get(label="1")
    photo = Photo.objects.get(page=page, caption__startswith="市民在新落成的口袋公园里散步")
    assert Zone.objects.filter(photo=photo).exists()
    url = reverse("admin:articles_photo_change", args=[photo.pk])
    data = form_data(editor_client.get(url))
    data["caption"] = REWRITTEN
    data["_save"] = "保存"
    assert editor_client.post(url, data).status_code == 302
    photo.refresh_from_db()
    assert photo.caption == REWRITTEN and photo.edited_at
    rematch(editor_client, page)
    assert Zone.objects.filter(photo=photo).exists()
    photo.refresh_from_db()
    assert photo.caption == REWRITTEN  # matching never writes the printed words back


def test_a_story_rewritten_by_hand_keeps_its_zone_when_matching_again(editor_client, pdf_edition):
    page = Page.objects.get(label="1")
    part = ArticlePart.objects.get(page=page, article__headline="城南新建两座口袋公园")
    part.blocks = [{"kind": "paragraph", "text": REWRITTEN}]
    part.title_lines = ["编者另拟的标题"]
    hand_edit([part.article, part], reason="test")
    part.save()
    part.article.save()
    rematch(editor_client, page)
    assert Zone.objects.filter(part=part).exists()


def test_a_page_no_one_edited_is_matched_by_its_stored_text_without_a_parse(
    editor_client, pdf_edition, monkeypatch
):
    from articles.importing import storedparse

    def no_parse(page):
        raise AssertionError("parsed a page no editor changed")

    monkeypatch.setattr(storedparse, "stored_prepare", no_parse)
    page = Page.objects.get(label="1")
    Zone.objects.filter(page=page).delete()
    rematch(editor_client, page)
    assert Zone.objects.filter(page=page).count() == 4
