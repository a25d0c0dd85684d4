"""The desk's preview says what the import will do, in the words of the command's --dry-run:
a hand edit the page text will overwrite is 将被…覆盖 / 将换成, not 已被 / 已换成 (nothing is
written until the editor confirms); the confirmed upload says what it did."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from articles.models import Article
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "湖滨日报", "paper_slug": "hubin-daily", "issue_date": "2024-03-05", "page": "3"}
PAGE = (
    "湖心岛码头今起启用\n"
    "本报讯（记者顾晓岚）湖心岛新码头今天启用，游船每半小时一班，末班船晚上六点发出。\n\n"
    "老年大学秋季班开始报名\n"
    "本报讯（记者程一帆）市老年大学秋季班下周一开始报名，新开书法、摄影和智能手机三门课。\n"
)


@pytest.fixture
def edited(tmp_path):
    path = tmp_path / "3.txt"
    path.write_text(PAGE, encoding="utf-8")
    flags = ("--paper", "湖滨日报", "--date", "2024-03-05", "--page", "3", "--workers", "0")
    call_command("import_pages", str(path), *flags, stdout=StringIO(), stderr=StringIO())
    story = Article.objects.get(headline="老年大学秋季班开始报名")
    story.headline = "老年大学秋季班报名开始"
    story.mark_edited()
    story.save()
    return story


def preview(client):
    files = [SimpleUploadedFile("3.txt", PAGE.encode(), "text/plain")]
    response = client.post(UPLOAD, {**FIELDS, "files": files, "overwrite_edited": "on"})
    assert response.status_code == 200
    return response


def test_the_preview_says_the_hand_edit_will_be_overwritten(editor_client, edited):
    html = preview(editor_client).content.decode()
    assert "3版：将更新；" in html
    assert "1 处人工修改将被版面文本覆盖" in html
    assert "编辑改过的内容将换成版面文本" in html
    assert "已被版面文本覆盖" not in html and "已换成" not in html


def test_the_confirmed_upload_says_it_was_overwritten(editor_client, edited):
    response = preview(editor_client)
    done = editor_client.post(UPLOAD, {**form_data(response, "confirm-form"), "confirm": "1"})
    messages = [str(m) for m in done.wsgi_request._messages]
    assert any("3版：更新；" in m and "1 处人工修改已被版面文本覆盖" in m for m in messages)
    assert any("编辑改过的内容已换成版面文本" in m for m in messages)
    edited.refresh_from_db()
    assert edited.headline == "老年大学秋季班开始报名"
