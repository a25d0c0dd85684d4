"""Two editors who preview the same file can each confirm: one's confirmation removes only its
own waiting copy (a fresh review, 2026-12-06: the second was told 这次预览的文件已不在服务器上)."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from articles.models import Page

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
PAGE = "市区新增两条公交线路\n\n本报讯 市区新增两条公交线路，方便市民出行。\n".encode()


def _preview(client) -> str:
    response = client.post(
        UPLOAD,
        {
            "files": [SimpleUploadedFile("A3.txt", PAGE, content_type="text/plain")],
            "paper": "南通日报",
            "issue_date": "2020-07-09",
            "preview": "1",
        },
    )
    assert response.status_code == 200 and "token" in response.context
    return response.context["token"]


def _confirm(client, token):
    return client.post(UPLOAD, {"confirm": "1", "token": token, "new_paper": ""}, follow=True)


def test_an_editors_confirmation_leaves_anothers_preview_of_the_same_file(editor, groups):
    other = get_user_model().objects.create_user("lisi", password="x", is_staff=True)
    other.groups.set(editor.groups.all())
    first, second = Client(), Client()
    first.force_login(editor)
    second.force_login(other)
    token_first, token_second = _preview(first), _preview(second)

    _confirm(first, token_first)
    response = _confirm(second, token_second)

    html = response.content.decode()
    assert "已不在服务器上" not in html
    assert Page.objects.filter(label="A3").count() == 1


def test_one_session_previewing_the_same_file_twice_keeps_one_copy(editor_client):
    from articles.admin.uploadpending import SESSION_KEY

    _preview(editor_client)
    _preview(editor_client)
    previews = editor_client.session[SESSION_KEY].values()
    assert len({item["file"] for entry in previews for item in entry["items"]}) == 1
