"""An upload with 覆盖人工修改 overwrites only the hand edits its preview listed: a story edited
by hand after the preview (or edited again) is kept, the confirmation imports nothing and names
it (the story, who, when), and the preview shown again lists it (README: Importing, “Hand edits
win”; The editors' desk, “A stale form is refused”)."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from articles.models import Article, ArticlePart, ImportRun
from articles.storynames import quoted
from tests.admin.conftest import form_data
from tests.admin.test_upload_runs import worker  # noqa: F401  (fixture)
from tests.factories import SEED, import_seed

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "南通日报", "paper_slug": "nantong-daily", "issue_date": "2020-07-09"}
PRINTED = "全市打好污染防治攻坚战二季度考核督查动员培训会召开"
CORRECTED = "全市打好污染防治攻坚战二季度考核督查培训会召开"
PARTY = "用党建品牌让社会组织“亮心”"


def upload_corrected(client):
    """Upload the seed's A1 with story 1's headline corrected, 覆盖人工修改 ticked: the preview."""
    text = SEED.read_text(encoding="utf-8").replace(PRINTED, CORRECTED, 1)
    page = SimpleUploadedFile("A1.txt", text.encode(), "text/plain")
    response = client.post(UPLOAD, {**FIELDS, "overwrite_edited": "on", "files": [page]})
    assert response.status_code == 200 and response.context["token"]
    return response


def confirm(client, preview):
    """Press 确认导入 on ``preview`` as the browser sends it."""
    return client.post(UPLOAD, {**form_data(preview, "confirm-form"), "confirm": "确认导入"})


def stored_text() -> str:
    return "".join(str(part.blocks) for part in ArticlePart.objects.all())


def hand_edit(client, story: Article, headline: str) -> None:
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = {**form_data(client.get(url)), "headline": headline, "_save": "保存"}
    assert client.post(url, data).status_code == 302


@pytest.fixture
def colleague(groups):
    user = get_user_model().objects.create_user(
        "li-si", is_staff=True, last_name="李", first_name="四"
    )
    user.groups.add(groups[0])
    client = Client()
    client.force_login(user)
    return client


def test_a_hand_edit_made_after_the_preview_stops_the_confirmation_and_is_named(
    editor_client, colleague
):
    import_seed()
    preview = upload_corrected(editor_client)
    assert "将被" not in preview.content.decode()
    story = Article.objects.get(headline__contains="亮心")
    hand_edit(colleague, story, f"{PARTY}（已改）")

    response = confirm(editor_client, preview)
    assert response.status_code == 200  # the preview again, nothing written
    said = " ".join(str(m) for m in response.context["messages"])
    assert "没有导入" in said and "什么都没有写入" in said
    assert f"A1版{quoted(PARTY + '（已改）')}（李四 " in said  # the story, who and when
    assert "取消勾选“覆盖人工修改”" in said  # what to do
    story.refresh_from_db()
    assert story.headline == f"{PARTY}（已改）"
    assert PRINTED in stored_text()  # story 1 is not corrected either: nothing imported
    # the preview shown again lists the hand edit; confirming it now overwrites it, knowingly
    assert "将被" in response.content.decode()
    assert response.context["token"] != preview.context["token"]
    assert confirm(editor_client, response).status_code == 302
    story.refresh_from_db()
    assert story.headline == PARTY and not story.edited_at
    assert CORRECTED in stored_text()


def test_a_listed_hand_edit_edited_again_after_the_preview_is_kept(editor_client, colleague):
    import_seed()
    story = Article.objects.get(headline__contains="亮心")
    hand_edit(colleague, story, f"{PARTY}（一改）")
    preview = upload_corrected(editor_client)
    assert "将被" in preview.content.decode()  # the first edit is listed
    hand_edit(colleague, story, f"{PARTY}（二改）")

    response = confirm(editor_client, preview)
    assert response.status_code == 200
    story.refresh_from_db()
    assert story.headline == f"{PARTY}（二改）"
    said = " ".join(str(m) for m in response.context["messages"])
    assert f"{quoted(PARTY + '（二改）')}（李四 " in said


def test_a_background_import_is_not_queued_over_a_hand_edit_made_after_its_preview(
    editor_client, colleague, settings
):
    settings.NEWSROOM_UPLOAD_INLINE_PAGES = 0  # every confirmation goes to the task worker
    import_seed()
    preview = upload_corrected(editor_client)
    story = Article.objects.get(headline__contains="亮心")
    hand_edit(colleague, story, f"{PARTY}（已改）")

    response = confirm(editor_client, preview)
    assert response.status_code == 200
    assert not ImportRun.objects.exists()
    assert "李四" in " ".join(str(m) for m in response.context["messages"])


def test_a_background_import_keeps_a_hand_edit_made_after_its_confirmation(
    editor_client,
    colleague,
    settings,
    worker,  # noqa: F811
):
    settings.NEWSROOM_UPLOAD_INLINE_PAGES = 0  # every confirmation goes to the task worker
    import_seed()
    preview = upload_corrected(editor_client)
    assert confirm(editor_client, preview).status_code == 302  # queued
    story = Article.objects.get(headline__contains="亮心")
    hand_edit(colleague, story, f"{PARTY}（已改）")  # before the worker gets to the page

    worker()
    run = ImportRun.objects.get()
    [result] = run.results
    assert not result["ok"] and "李四" in result["error"] and "重新上传这一版" in result["error"]
    story.refresh_from_db()
    assert story.headline == f"{PARTY}（已改）"
    assert PRINTED in stored_text()  # nothing of the page was written
