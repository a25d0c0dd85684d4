"""A page sent again whose text changes a signed-off story says the story goes back to 待审 and
that the issue's scheduled publication waits for its sign-off: the desk's preview, its result
and ``import_pages``' line (``articles.importing.sentback``).

A third reviewer's editor re-sent A1.txt with one word changed on a 发布须经签发 paper whose
issue was set to publish itself (定时发布); the preview said only ``将更新：“…”``, and afterwards
the story was 待审, its sign-off gone, nobody told: the scheduled publication would be refused."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from articles.models import Article, Issue, Publication, Status
from articles.scheduling import issue_schedule
from articles.signoff import stories_sign_off
from tests.admin.conftest import form_data
from tests.factories import import_text

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
STORY = "社区食堂开到家门口\n\n本报讯（记者 吴一帆）今年以来，我市新建社区食堂二十六家。\n"
CHANGED = STORY.replace("二十六家", "二十七家")
TITLE = "“社区食堂开到家门口”"


@pytest.fixture
def scheduled(chief):
    """A1's story signed off by the chief editor, its issue set to publish in 3 hours."""
    import_text(STORY, "A1", paper="澜江晚报", slug="lanjiang")
    Publication.objects.update(review_required=True)
    stories_sign_off(articles=Article.objects.all(), user=chief)
    at = timezone.now() + timedelta(hours=3)
    issue_schedule(issue=Issue.objects.get(), at=at, user=chief)
    return f"本期定于 {timezone.localtime(at).strftime('%Y-%m-%d %H:%M')}"


def preview(client):
    files = [SimpleUploadedFile("A1.txt", CHANGED.encode(), "text/plain")]
    fields = {"paper": "澜江晚报", "issue_date": "2020-07-09", "page": "A1"}
    response = client.post(UPLOAD, {**fields, "files": files})
    assert "token" in response.context, response.context["form"].errors
    return response


def test_the_preview_says_the_story_goes_back_and_the_schedule_waits(editor_client, scheduled):
    html = preview(editor_client).content.decode()
    assert f"已签发的稿件将改回待审（版面文本改了它，须重新签发）：{TITLE}" in html
    assert f"注意：{scheduled} 的定时发布要等它重新签发" in html
    assert Article.objects.get().status == Status.SIGNED_OFF  # (only a preview)


def test_the_result_says_it_too(editor_client, scheduled):
    response = preview(editor_client)
    done = editor_client.post(UPLOAD, form_data(response, "confirm-form") | {"confirm": "确认导入"})
    said = " ".join(str(m) for m in done.wsgi_request._messages)
    assert f"已签发的稿件已改回待审（版面文本改了它，须重新签发）：{TITLE}" in said
    assert f"注意：{scheduled} 的定时发布要等它重新签发" in said
    story = Article.objects.get()
    assert story.status == Status.REVIEW and story.signed_off_at is None


def test_the_commands_line_says_it(scheduled, tmp_path):
    (tmp_path / "A1.txt").write_text(CHANGED, encoding="utf-8")
    out = StringIO()
    flags = ("--paper", "lanjiang", "--date", "2020-07-09", "--workers", "0")
    call_command("import_pages", str(tmp_path / "A1.txt"), *flags, stdout=out, stderr=StringIO())
    assert f"已签发的稿件已改回待审（版面文本改了它，须重新签发）：{TITLE}" in out.getvalue()
    assert f"{scheduled} 的定时发布要等它重新签发" in out.getvalue()


def test_a_page_sent_again_unchanged_says_nothing_of_it(editor_client, scheduled):
    files = [SimpleUploadedFile("A1.txt", STORY.encode(), "text/plain")]
    fields = {"paper": "澜江晚报", "issue_date": "2020-07-09", "page": "A1"}
    html = editor_client.post(UPLOAD, {**fields, "files": files}).content.decode()
    assert "改回待审" not in html
