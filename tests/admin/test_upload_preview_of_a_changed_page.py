"""A confirmation whose preview is older than the page it writes is refused: another import of
the page (or a hand edit, a merge or split, a removal) since the preview would otherwise be
overwritten silently by what the editor previewed before it (README: The editors' desk,
上传版面). Nothing is written; the message names the page, who changed it and when, and says to
preview again; the preview shown again is of the page as it is now."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from articles.models import Article, ArticlePart, ImportRun
from tests.admin.conftest import JUMPS, form_data
from tests.admin.test_upload_runs import worker  # noqa: F401  (fixture)
from tests.admin.test_upload_stale_preview import hand_edit
from tests.factories import SEED, import_seed

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "南通日报", "paper_slug": "nantong-daily", "issue_date": "2020-07-09"}
SEEDED = "列入考核的79个"


def version(count: int) -> bytes:
    text = SEED.read_text(encoding="utf-8")
    assert SEEDED in text
    return text.replace(SEEDED, f"列入考核的{count}个").encode()


def preview(client: Client, count: int):
    page = SimpleUploadedFile("A1.txt", version(count), "text/plain")
    response = client.post(UPLOAD, {**FIELDS, "files": [page]})
    assert response.status_code == 200 and response.context["token"]
    return response


def confirm(client: Client, shown):
    return client.post(UPLOAD, {**form_data(shown, "confirm-form"), "confirm": "确认导入"})


def stored() -> str:
    return "".join(str(part.blocks) for part in ArticlePart.objects.all())


def said(response) -> str:
    return " ".join(str(m) for m in response.context["messages"])


@pytest.fixture
def chief_desk(groups):
    user = get_user_model().objects.create_user(
        "wang-wu", is_staff=True, last_name="王", first_name="五"
    )
    user.groups.add(groups[2])
    client = Client()
    client.force_login(user)
    return client


def test_a_preview_made_before_another_import_of_its_page_is_not_confirmed(
    editor_client, chief_desk
):
    import_seed()
    stale = preview(editor_client, 80)
    assert confirm(chief_desk, preview(chief_desk, 81)).status_code == 302
    assert "列入考核的81个" in stored()

    response = confirm(editor_client, stale)
    assert response.status_code == 200  # the preview again, nothing written
    text = said(response)
    assert "A1版" in text and "王五" in text and "什么都没有写入" in text
    assert "重新预览" in text or "再点“确认导入”" in text
    assert "列入考核的81个" in stored() and "列入考核的80个" not in stored()
    reasons = Article.history.filter(history_change_reason__contains="版面文本有更正")
    assert reasons.count() == 1
    # the preview shown again is against A1 as it is now: confirming it is knowing
    assert response.context["token"] != stale.context["token"]
    assert confirm(editor_client, response).status_code == 302
    assert "列入考核的80个" in stored()


def test_a_preview_of_a_page_that_came_since_is_not_confirmed(editor_client, chief_desk):
    stale = preview(editor_client, 80)  # A1 is new to this preview
    assert confirm(chief_desk, preview(chief_desk, 81)).status_code == 302

    response = confirm(editor_client, stale)
    assert response.status_code == 200
    assert "A1版" in said(response) and "列入考核的80个" not in stored()


def test_a_hand_edit_since_the_preview_stops_it_too(editor_client, chief_desk):
    import_seed()
    stale = preview(editor_client, 80)
    story = Article.objects.get(headline__contains="亮心")
    hand_edit(chief_desk, story, "用党建品牌让社会组织亮心")

    response = confirm(editor_client, stale)
    assert response.status_code == 200
    text = said(response)
    assert "A1版（王五 " in text and "人工修改“用党建品牌让社会组织亮心”" in text
    assert "列入考核的80个" not in stored()


def test_a_preview_of_the_page_unchanged_since_goes_through(editor_client):
    import_seed()
    assert confirm(editor_client, preview(editor_client, 80)).status_code == 302
    assert "列入考核的80个" in stored()


def test_a_background_import_is_not_queued_over_a_newer_import(editor_client, chief_desk, settings):
    settings.NEWSROOM_UPLOAD_INLINE_PAGES = 0
    import_seed()
    stale = preview(editor_client, 80)
    settings.NEWSROOM_UPLOAD_INLINE_PAGES = 3
    assert confirm(chief_desk, preview(chief_desk, 81)).status_code == 302
    settings.NEWSROOM_UPLOAD_INLINE_PAGES = 0

    response = confirm(editor_client, stale)
    assert response.status_code == 200
    assert not ImportRun.objects.exclude(state="done").exists()  # (王五's, done at once, only)
    assert "王五" in said(response)


def test_a_background_import_refuses_a_page_imported_after_its_confirmation(
    editor_client,
    chief_desk,
    settings,
    worker,  # noqa: F811
):
    settings.NEWSROOM_UPLOAD_INLINE_PAGES = 0
    import_seed()
    assert confirm(editor_client, preview(editor_client, 80)).status_code == 302  # queued
    settings.NEWSROOM_UPLOAD_INLINE_PAGES = 3
    assert confirm(chief_desk, preview(chief_desk, 81)).status_code == 302  # before the worker

    worker()
    [result] = ImportRun.objects.earliest("pk").results  # (the chief's was done at once)
    assert not result["ok"] and "A1版" in result["error"] and "重新上传这一版" in result["error"]
    assert "列入考核的81个" in stored() and "列入考核的80个" not in stored()


def test_a_background_runs_own_pages_do_not_refuse_each_other(
    editor_client,
    seed_with_a2,
    settings,
    worker,  # noqa: F811
):
    """A1 linking its jumps to A2 (earlier in the run) is no change to A2 since its preview."""
    settings.NEWSROOM_UPLOAD_INLINE_PAGES = 0
    a2 = (JUMPS / "A2.txt").read_text(encoding="utf-8") + "\n本报讯 补充的一段简讯。\n"
    files = [
        SimpleUploadedFile("A1.txt", version(80), "text/plain"),
        SimpleUploadedFile("A2.txt", a2.encode(), "text/plain"),
    ]
    shown = editor_client.post(UPLOAD, {**FIELDS, "files": files})
    assert confirm(editor_client, shown).status_code == 302

    worker()
    results = ImportRun.objects.get().results
    assert all(result["ok"] for result in results), results
    assert "列入考核的80个" in stored() and "补充的一段简讯" in stored()
