"""The desk's upload says what ``import_pages`` says of a story served whole on two pages whose
two printings differ by a small edit on their first import: one story, both printings quoted for
an editor to check (the preview: 将作为…; confirmed: 已作为…)."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Article
from tests.importing.test_near_copy_first_import import HEADLINE, PAGE1, PAGE2

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "东林日报", "paper_slug": "donglin", "issue_date": "2025-06-12"}
QUOTED = "1版「喇叭四十六座，并为」，2版「喇叭四十八座，并为」"


def preview(client, *pages: tuple[str, str]):
    files = [SimpleUploadedFile(name, text.encode(), "text/plain") for name, text in pages]
    response = client.post(UPLOAD, {**FIELDS, "files": files})
    assert response.status_code == 200
    return response


def confirmed(client, response) -> list[str]:
    done = client.post(UPLOAD, {"confirm": "1", "token": response.context["token"]})
    return [str(m) for m in done.wsgi_request._messages]


def test_the_preview_and_the_upload_quote_both_printings(editor_client):
    response = preview(editor_client, ("1.txt", PAGE1), ("2.txt", PAGE2))
    html = response.content.decode()
    assert QUOTED in html and "将作为一篇跨版稿件保存，正文按1版所印" in html
    said = [m for m in confirmed(editor_client, response) if "请核对" in m]
    assert len(said) == 1 and QUOTED in said[0] and "已作为一篇跨版稿件保存" in said[0], said
    assert Article.objects.filter(headline=HEADLINE).count() == 1


def test_uploading_the_first_page_after_the_other_quotes_both_printings(editor_client):
    confirmed(editor_client, preview(editor_client, ("2.txt", PAGE2)))
    said = confirmed(editor_client, preview(editor_client, ("1.txt", PAGE1)))
    assert [m for m in said if QUOTED in m and HEADLINE in m], said
    story = Article.objects.with_parts().get(headline=HEADLINE)
    assert story.printed_on() == "本文刊于1、2版" and "四十六座" in story.full_text()
