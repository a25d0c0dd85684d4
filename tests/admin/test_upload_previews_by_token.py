"""Two previews in two tabs of one session are each confirmable (one pending upload a session
made the second tab's preview cancel the first's); there are at most MAX_PREVIEWS, and one too
old or pushed out says so."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from articles.admin.uploadpending import MAX_PREVIEWS, SESSION_KEY
from articles.models import Page
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "湖滨日报", "issue_date": "2024-03-05"}


def text(n: int) -> str:
    return f"第{n}版的新闻标题\n\n本报讯（记者顾晓岚）第{n}版的这条消息说的是湖滨区昨天的新鲜事。\n"


def preview(client, n: int):
    data = {**FIELDS, "page": str(n), "files": [SimpleUploadedFile(f"{n}.txt", text(n).encode())]}
    response = client.post(UPLOAD, data)
    assert response.status_code == 200 and response.context["token"]
    return response


def confirm(client, response):
    data = {**form_data(response, "confirm-form"), "confirm": "确认导入"}
    return client.post(UPLOAD, data, follow=True)


def said(response) -> str:
    return " ".join(str(m) for m in response.context["messages"])


def test_a_preview_in_a_second_tab_leaves_the_first_confirmable(editor_client):
    tab_a, tab_b = preview(editor_client, 2), preview(editor_client, 3)
    confirm(editor_client, tab_a)
    confirm(editor_client, tab_b)
    assert sorted(Page.objects.values_list("label", flat=True)) == ["2", "3"]


def test_a_confirmed_preview_cannot_be_confirmed_again(editor_client):
    tab_a = preview(editor_client, 2)
    confirm(editor_client, tab_a)
    assert "这次预览已失效" in said(confirm(editor_client, tab_a))


def test_the_oldest_is_pushed_out_past_the_bound_and_says_so(editor_client):
    tabs = [preview(editor_client, n) for n in range(2, 3 + MAX_PREVIEWS)]
    assert len(editor_client.session[SESSION_KEY]) == MAX_PREVIEWS
    assert f"又预览了 {MAX_PREVIEWS} 次以上" in said(confirm(editor_client, tabs[0]))
    confirm(editor_client, tabs[-1])
    assert Page.objects.filter(label=str(2 + MAX_PREVIEWS)).exists()


def test_an_expired_preview_says_it_expired(editor_client):
    tab_a = preview(editor_client, 2)
    session = editor_client.session
    previews = session[SESSION_KEY]
    for entry in previews.values():
        entry["made"] = (timezone.now() - timedelta(hours=7)).isoformat()
    session[SESSION_KEY] = previews
    session.save()
    assert "这次预览已过期" in said(confirm(editor_client, tab_a))
    assert not Page.objects.exists()
