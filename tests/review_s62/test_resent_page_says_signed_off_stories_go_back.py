"""A page sent again whose text changes a signed-off story says the story goes back to 待审 and
that the issue's scheduled publication waits for its sign-off: the desk's preview, its result
and ``import_pages``' line (``articles.importing.sentback``).

A third reviewer's editor re-sent A2.txt with one word changed on a 发布须经签发 paper whose
issue was set to publish itself (定时发布); the preview said only ``将更新：“…”``, and afterwards
the story was 待审, its sign-off gone, nobody told: the scheduled publication would be refused."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from articles.models import Article, Status
from tests.admin.conftest import form_data
from tests.review_s62.test_edit_after_signoff_says_the_schedule_waits import STORY, scheduled

pytestmark = pytest.mark.django_db
__all__ = ["scheduled"]  # (the fixture: A2's story signed off, its issue set to publish)
UPLOAD = "/admin/articles/page/upload/"
CHANGED = STORY.replace("二十六家", "二十七家")
TITLE = "“社区食堂开到家门口”"


def preview(client):
    files = [SimpleUploadedFile("A2.txt", CHANGED.encode(), "text/plain")]
    fields = {"paper": "澜江晚报", "issue_date": "2020-07-09", "page": "A2"}
    response = client.post(UPLOAD, {**fields, "files": files})
    assert "token" in response.context, response.context["form"].errors
    return response


def test_the_preview_says_the_story_goes_back_and_the_schedule_waits(editor_client, scheduled):
    _, at = scheduled
    html = preview(editor_client).content.decode()
    assert f"已签发的稿件将改回待审（版面文本改了它，须重新签发）：{TITLE}" in html
    assert f"注意：本期定于 {at} 的定时发布要等它重新签发" in html
    assert Article.objects.get().status == Status.SIGNED_OFF  # (only a preview)


def test_the_result_says_it_too(editor_client, scheduled):
    _, at = scheduled
    response = preview(editor_client)
    done = editor_client.post(UPLOAD, form_data(response, "confirm-form") | {"confirm": "确认导入"})
    said = " ".join(str(m) for m in done.wsgi_request._messages)
    assert f"已签发的稿件已改回待审（版面文本改了它，须重新签发）：{TITLE}" in said
    assert f"注意：本期定于 {at} 的定时发布要等它重新签发" in said
    story = Article.objects.get()
    assert story.status == Status.REVIEW and story.signed_off_at is None


def test_the_commands_line_says_it(scheduled, tmp_path):
    _, at = scheduled
    (tmp_path / "A2.txt").write_text(CHANGED, encoding="utf-8")
    out = StringIO()
    flags = ("--paper", "lanjiang", "--date", "2020-07-09", "--workers", "0")
    call_command("import_pages", str(tmp_path / "A2.txt"), *flags, stdout=out, stderr=StringIO())
    assert f"已签发的稿件已改回待审（版面文本改了它，须重新签发）：{TITLE}" in out.getvalue()
    assert f"本期定于 {at} 的定时发布要等它重新签发" in out.getvalue()


def test_a_page_sent_again_unchanged_says_nothing_of_it(editor_client, scheduled):
    files = [SimpleUploadedFile("A2.txt", STORY.encode(), "text/plain")]
    fields = {"paper": "澜江晚报", "issue_date": "2020-07-09", "page": "A2"}
    html = editor_client.post(UPLOAD, {**fields, "files": files}).content.decode()
    assert "改回待审" not in html
