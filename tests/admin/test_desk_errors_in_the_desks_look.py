"""The desk's refusals look like the desk and say in Chinese what to do, whatever DEBUG is: a
paste past Django's request limit under ``scripts/run`` (DEBUG on) showed Django's English
debug page (``RequestDataTooBig … DATA_UPLOAD_MAX_MEMORY_SIZE``), and a 403 at the desk carried
the public site's “南通日报 数字报” masthead. Found by the fresh review of 2026-12-05."""

from __future__ import annotations

import io

import pytest
from django.test import override_settings
from django.urls import reverse

from articles.models import Page

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
DESK = "报刊编辑系统"  # the desk's header
MASTHEAD = "数字报"  # the public site's


def _paste(client, size: int):
    text = "标题\n\n本报讯 " + "正文。" * (size // 9)
    fields = {"paper": "南通日报", "issue_date": "2020-07-09", "page": "A7", "preview": "1"}
    return client.post(UPLOAD, {**fields, "text": text})


@pytest.mark.parametrize("debug", [True, False], ids=["debug", "production"])
def test_a_paste_past_the_limit_names_it_in_the_desks_look(editor_client, debug):
    with override_settings(DEBUG=debug):
        response = _paste(editor_client, 6 * 1024 * 1024)
    html = response.content.decode()
    assert response.status_code == 400
    assert "超过 5,242,880 字节（5 MB）的上限" in html and "存成 .txt 文件" in html
    assert "RequestDataTooBig" not in html and "DATA_UPLOAD_MAX_MEMORY_SIZE" not in html
    assert DESK in html and MASTHEAD not in html
    assert Page.objects.count() == 0


@override_settings(DEBUG=True)
def test_too_many_fields_is_said_in_chinese_with_debug_on(editor_client):
    response = editor_client.post(UPLOAD, {f"f{i}": "x" for i in range(5_001)})
    html = response.content.decode()
    assert response.status_code == 400 and "字段超过 5,000 个" in html
    assert "TooManyFieldsSent" not in html


@override_settings(DEBUG=True)
def test_a_paste_under_the_request_limit_is_the_forms_own_refusal(editor_client):
    response = _paste(editor_client, 3 * 1024 * 1024)
    assert response.status_code == 200
    assert "超过一次上传的上限" in response.content.decode()


def test_a_403_at_the_desk_looks_like_the_desk(viewer_client):
    response = viewer_client.get(reverse("admin:articles_page_upload"))
    html = response.content.decode()
    assert response.status_code == 403
    assert DESK in html and "没有权限" in html and MASTHEAD not in html


def test_a_403_with_a_reason_says_it_at_the_desk(rf, editor):
    from django.core.exceptions import PermissionDenied

    from newsroom.errors import permission_denied

    request = rf.get("/admin/articles/article/1/change/")
    request.user = editor
    html = permission_denied(request, PermissionDenied("只有总编辑可以签发。")).content.decode()
    assert "只有总编辑可以签发。" in html and DESK in html
    request = rf.get("/admin/articles/article/1/change/")
    request.user = editor
    assert "None" not in permission_denied(request, PermissionDenied(None)).content.decode()


def test_the_public_sites_403_keeps_its_own_look(rf):
    from django.contrib.auth.models import AnonymousUser

    from newsroom.errors import permission_denied

    request = rf.get("/2020-07-09/")
    request.user = AnonymousUser()
    response = permission_denied(request, None)
    assert response.status_code == 403 and MASTHEAD in response.content.decode()


def test_a_connection_broken_while_sending_goes_on_as_before(rf):
    """A POST whose body cannot be read (the browser went away) is left to the CSRF check, as
    before the limits were read early."""
    from newsroom.middleware import RequestLimitsMiddleware

    class Broken(io.RawIOBase):
        def read(self, *args):
            raise OSError("connection reset")

    request = rf.post("/admin/", "a=1", content_type="application/x-www-form-urlencoded")
    request._stream = Broken()
    assert RequestLimitsMiddleware(lambda r: "went on")(request) == "went on"
