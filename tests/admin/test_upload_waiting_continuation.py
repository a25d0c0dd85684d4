"""A late page whose new story is a continuation (上接) not linked to the story it continues:
the desk says it stays a draft not to be published alone (as the import report does), and
“确认导入并发布” publishes the page's other new stories but not it."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Article, Status
from tests.admin.conftest import form_data
from tests.importing.test_waiting_continuation_draft import MOVED, NEW, published  # noqa: F401

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "湖滨日报", "issue_date": "2024-03-07", "page": "3"}
WAITING = "“园林部门说，扩建期间湿地…”（上接1版）"


def preview(client):
    files = [SimpleUploadedFile("3.txt", (MOVED + "\n" + NEW).encode(), "text/plain")]
    response = client.post(UPLOAD, {**FIELDS, "files": files})
    assert response.status_code == 200
    return response


def test_the_preview_offers_to_publish_only_the_new_story(editor_client, published):  # noqa: F811
    html = preview(editor_client).content.decode()
    assert "确认导入并发布 1 篇新稿件" in html
    assert "1 篇新稿件仍是草稿，读者看不到：“社区食堂推出老年套餐”" in html
    assert (
        f"1 段新续文还没有接上它所接的稿件，仍是草稿，不要单独发布（先接好转版）：{WAITING}" in html
    )
    assert "1 段新续文未接上（仍是草稿，勿单独发布）" in html  # the page's line says the same


def test_confirm_and_publish_leaves_the_continuation_a_draft(editor_client, published):  # noqa: F811
    response = preview(editor_client)
    done = editor_client.post(UPLOAD, {**form_data(response, "confirm-form"), "confirm": "publish"})
    assert Article.objects.get(headline="社区食堂推出老年套餐").status == Status.PUBLISHED
    waiting = Article.objects.exclude(headline="社区食堂推出老年套餐").get(page__label="3")
    assert waiting.status == Status.DRAFT
    messages = [str(m) for m in done.wsgi_request._messages]
    assert any("本次一并发布了 1 篇新稿件" in m and "不要单独发布" in m for m in messages)
    assert any("1 段新续文未接上" in m for m in messages)
