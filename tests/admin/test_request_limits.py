"""Requests past Django's own limits (too many files, a paste too long, too many fields) get a
page that names the limit and what to do, not the public site's generic 400 page; nothing is
written. Found by the fresh review of 2026-12-01."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from articles.models import Page

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
PAGE = "标题\n\n本报讯 市区新增两条公交线路，方便市民出行。\n".encode()
GENERIC = "地址或参数的写法不对"


@override_settings(DEBUG=False)
def test_more_than_a_hundred_files_names_the_limit(editor_client):
    files = [SimpleUploadedFile(f"{i}.txt", PAGE, content_type="text/plain") for i in range(101)]
    response = editor_client.post(
        UPLOAD, {"files": files, "paper": "南通日报", "issue_date": "2020-07-09", "preview": "1"}
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "一次最多上传 100 个文件" in html and GENERIC not in html
    assert Page.objects.count() == 0


@override_settings(DEBUG=False)
def test_a_paste_over_the_request_limit_names_the_limit(editor_client):
    text = "标题\n\n本报讯 " + "正文。" * (6 * 1024 * 1024 // 9)
    response = editor_client.post(
        UPLOAD,
        {
            "text": text,
            "paper": "南通日报",
            "issue_date": "2020-07-09",
            "page": "A7",
            "preview": "1",
        },
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "超过 5,242,880 字节（5 MB）的上限" in html and GENERIC not in html
    assert Page.objects.count() == 0


@override_settings(DEBUG=False)
def test_a_form_with_too_many_fields_names_the_limit(editor_client):
    fields = {f"f{i}": "x" for i in range(5_001)}
    response = editor_client.post(UPLOAD, fields)
    html = response.content.decode()
    assert response.status_code == 400
    assert "字段超过 5,000 个" in html and GENERIC not in html


@override_settings(DEBUG=False)
def test_a_page_form_of_a_thousand_fields_is_not_refused(editor_client):
    # a page of about 500 stories sends two fields a story in its change form
    fields = {f"parts-{i}-id": str(i) for i in range(1_100)}
    response = editor_client.post(UPLOAD, {**fields, "paper": "南通日报"})
    assert response.status_code == 200


@override_settings(DEBUG=False)
def test_other_bad_requests_keep_the_generic_page(rf):
    from django.core.exceptions import SuspiciousOperation

    from newsroom.errors import bad_request

    response = bad_request(rf.get("/2020-07-09/"), SuspiciousOperation("bad"))
    assert response.status_code == 400
    assert GENERIC in response.content.decode()
