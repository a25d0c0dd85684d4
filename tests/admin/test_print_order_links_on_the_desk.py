"""The desk says which links the order of print alone made (the weaker kind): the upload's
preview names them, the jump's fix page (处理转版) says so and why, its state reads
``已接续（按版面顺序接上，请核对）``."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import BY_PRINT_ORDER_LABEL, Jump, JumpDirection
from tests.continuations.test_print_order_links_said import DAY, FRONT, SECOND
from tests.factories import import_text

pytestmark = pytest.mark.django_db

UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "清溪日报", "paper_slug": "qingxi", "issue_date": DAY.isoformat()}


def test_the_upload_preview_names_the_links_made_by_the_order_of_print(editor_client):
    files = [
        SimpleUploadedFile("1.txt", FRONT.encode(), "text/plain"),
        SimpleUploadedFile("2.txt", SECOND.encode(), "text/plain"),
    ]
    response = editor_client.post(UPLOAD, {**FIELDS, "files": files})
    assert response.status_code == 200
    html = response.content.decode()
    assert "2 处转版将按版面顺序接上" in html
    assert "（下转2版）接 2版 第3篇" in html


def test_the_fix_page_says_the_link_was_made_by_the_order_of_print(editor_client):
    import_text(FRONT, "1", when=DAY, paper="清溪日报", slug="qingxi")
    import_text(SECOND, "2", when=DAY, paper="清溪日报", slug="qingxi")
    jump = Jump.objects.filter(direction=JumpDirection.FORWARD).order_by("part__position")[0]
    html = editor_client.get(reverse("admin:articles_jump_fix", args=[jump.pk])).content.decode()
    assert BY_PRINT_ORDER_LABEL in html
    assert "这处转版是按版面顺序接上的" in html
    listed = editor_client.get(reverse("admin:articles_jump_changelist")).content.decode()
    assert BY_PRINT_ORDER_LABEL in listed
