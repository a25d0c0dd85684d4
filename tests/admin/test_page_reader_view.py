"""The desk is told what readers see of a page: nothing of a page whose stories are all drafts,
no picture (image, thumbnail, PDF) while a story on it is unpublished; and withdrawing a story,
from the list or from its form, says which pages' pictures go with it."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from articles.models import Article, Page, PageImage
from articles.pagepictures import PICTURE_WITHDRAWN, PICTURE_WITHHELD
from tests.admin.conftest import form_data
from tests.factories import import_text
from tests.public.conftest import PARTY, make_edition, synthetic_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def edition(db):
    edition = make_edition()
    PageImage.objects.create(
        page=edition.a1, pdf="pages/ee/a1.pdf", pdf_checksum="e" * 64, image="pages/ee/a1.webp",
        thumbnail="pages/ee/a1-thumb.webp", width=800, height=1200,
    )  # fmt: skip
    return edition


def page_form(client, page) -> str:
    response = client.get(reverse("admin:articles_page_change", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()


def said(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_the_page_form_says_readers_see_the_page_as_the_desk_does(editor_client, edition):
    html = page_form(editor_client, edition.a1)
    assert "与编辑看到的一致" in html and PICTURE_WITHHELD not in html


def test_withdrawing_from_the_list_says_the_pages_picture_goes_with_it(editor_client, edition):
    story = edition.article(PARTY)
    response = editor_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "unpublish_selected", "_selected_action": [story.pk]},
    )
    assert response.status_code == 302
    assert any("A1版的版面图、缩略图和 PDF 随之撤下" in m for m in said(response)), said(response)
    html = page_form(editor_client, edition.a1)
    # (it was published, then withdrawn: not "未发布", tests/admin/test_withdrawn_story_page_picture.py)
    assert PICTURE_WITHDRAWN in html and f"“{story}”（已撤回）" in html


def test_withdrawing_from_the_story_form_says_the_pages_picture_goes_with_it(
    editor_client, edition
):
    story = edition.article(PARTY)
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(editor_client.get(url))
    data["status"] = "draft"
    data["_save"] = "保存"
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.context and response.context["errors"]
    assert Article.objects.get(pk=story.pk).status == "draft"
    assert any("缩略图和 PDF 随之撤下" in m for m in said(response)), said(response)


def test_the_form_of_a_page_of_drafts_says_readers_cannot_see_it(editor_client, edition):
    import_text(synthetic_page("A3", "看南通·民生", 1, 0), "A3")
    html = page_form(editor_client, Page.objects.get(label="A3"))
    assert "读者看不到本版：版上的稿件都还没有发布" in html
