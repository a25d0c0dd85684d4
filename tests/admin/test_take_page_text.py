"""The desk's 采用版面文本: the upload's conflict line says what the page text changed and links
to the story, whose change form shows the notice and the changes; its confirmation page posts
what the rendered form sends, and only that story takes the page text (a night editor could
get a re-import's correction only with 覆盖人工修改, losing every hand edit on the page)."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article, Issue, Page, Publication, Status
from tests.admin.conftest import form_data
from tests.importing.test_page_text_take import CORRECTED, PAGE, edit_its_first_paragraph

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "青湾日报", "paper_slug": "qingwan", "issue_date": "2022-05-06"}
CHANGE = "第1段“…改建工程昨天开工，…”→“…改建工程前天开工，…”"


def upload(client, text: str):
    data = {**FIELDS, "files": [SimpleUploadedFile("A1.txt", text.encode(), "text/plain")]}
    preview = client.post(UPLOAD, data)
    assert preview.status_code == 200
    done = client.post(UPLOAD, {"confirm": "1", "token": preview.context["token"]})
    return preview, done


def edit_at_the_desk(client, headline: str, new: str) -> Article:
    story = Article.objects.get(headline=headline)
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(client.get(url))
    data["headline"] = new
    assert client.post(url, {**data, "_save": "保存"}).status_code == 302
    story.refresh_from_db()
    assert story.edited_at is not None
    edit_its_first_paragraph(story)
    return story


@pytest.fixture
def conflicted(editor_client):
    upload(editor_client, PAGE)
    ferry = edit_at_the_desk(editor_client, "渡口改建工程开工", "渡口改建工程今起开工")
    edit_at_the_desk(editor_client, "社区图书馆延长开放时间", "图书馆开到九点")
    preview, done = upload(editor_client, CORRECTED)
    return ferry, preview, done


def test_the_preview_and_the_result_say_the_change_and_link_to_the_story(conflicted):
    ferry, preview, done = conflicted
    assert CHANGE in preview.content.decode()
    said = [str(m) for m in done.wsgi_request._messages]
    [line] = [m for m in said if "渡口改建工程今起开工" in m]
    assert CHANGE in line
    link = reverse("admin:articles_article_change", args=[ferry.pk]) + "#page-text"
    assert f'<a href="{link}">查看并采用版面文本</a>' in line


def test_the_story_form_shows_the_notice_and_taking_it_keeps_the_other_edit(
    editor_client, conflicted
):
    ferry = conflicted[0]
    html = editor_client.get(reverse("admin:articles_article_change", args=[ferry.pk]))
    html = html.content.decode()
    assert "版面文本与这篇稿件不同（A1版 " in html and CHANGE in html
    take = reverse("admin:articles_article_page_text", args=[ferry.pk, ferry.page_id])
    assert f'href="{take}"' in html
    confirmation = editor_client.get(take)
    assert CHANGE in confirmation.content.decode()
    done = editor_client.post(take, form_data(confirmation, "page-text-form"))
    assert done.status_code == 302
    ferry.refresh_from_db()
    assert ferry.headline == "渡口改建工程开工" and ferry.edited_at is None
    assert "前天开工" in ferry.parts.get().blocks[0]["text"]
    assert Article.objects.filter(headline="图书馆开到九点").exists()
    record = ferry.history.order_by("-history_date", "-history_id").first()
    assert record.history_change_reason == "采用版面文本（A1版）"
    again = editor_client.get(reverse("admin:articles_article_change", args=[ferry.pk]))
    assert "版面文本与这篇稿件不同" not in again.content.decode()


def test_a_confirmation_made_stale_by_an_edit_writes_nothing(editor_client, conflicted):
    ferry = conflicted[0]
    take = reverse("admin:articles_article_page_text", args=[ferry.pk, ferry.page_id])
    data = form_data(editor_client.get(take), "page-text-form")
    edit_at_the_desk(editor_client, "渡口改建工程今起开工", "渡口改建工程今日开工")
    done = editor_client.post(take, data, follow=True)
    assert "确认页打开之后" in done.content.decode()
    ferry.refresh_from_db()
    assert ferry.headline == "渡口改建工程今日开工"
    assert "昨天开工" in ferry.parts.get().blocks[0]["text"]


def test_an_editor_cannot_take_it_into_a_published_story_on_a_sign_off_paper(
    editor_client, chief_client, conflicted
):
    ferry = conflicted[0]
    take = reverse("admin:articles_article_page_text", args=[ferry.pk, ferry.page_id])
    data = form_data(editor_client.get(take), "page-text-form")
    Publication.objects.update(review_required=True)
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.filter(pk=ferry.pk).update(status=Status.PUBLISHED)
    assert "page-text-form" not in editor_client.get(take).content.decode()
    done = editor_client.post(take, data, follow=True)
    assert "总编辑" in done.content.decode()
    assert "昨天开工" in Article.objects.get(pk=ferry.pk).parts.get().blocks[0]["text"]
    data = form_data(chief_client.get(take), "page-text-form")
    assert chief_client.post(take, data).status_code == 302
    ferry.refresh_from_db()
    assert "前天开工" in ferry.parts.get().blocks[0]["text"]
    assert ferry.status == Status.PUBLISHED


def test_a_background_runs_progress_page_says_it_and_links_to_the_story(
    editor_client, settings, monkeypatch
):
    from io import StringIO

    from django.core.management import call_command

    from articles.models import ImportRun

    upload(editor_client, PAGE)
    ferry = edit_at_the_desk(editor_client, "渡口改建工程开工", "渡口改建工程今起开工")
    settings.NEWSROOM_UPLOAD_INLINE_PAGES = 0  # (every confirmed upload runs in the background)
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    done = upload(editor_client, CORRECTED)[1]
    run = ImportRun.objects.latest("pk")  # (the first upload, done at once, is one too)
    assert done.url == reverse("admin:articles_page_upload_run", args=[run.pk])
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", stdout=StringIO())
    status = editor_client.get(reverse("admin:articles_page_upload_run_status", args=[run.pk]))
    [page] = status.json()["pages"]
    assert any(CHANGE in line for line in page["lines"])
    link = reverse("admin:articles_article_change", args=[ferry.pk]) + "#page-text"
    assert page["page_text"] == [
        {"text": "查看并采用版面文本：A1版 第1位的“渡口改建工程今起开工”", "url": link}
    ]
    assert f'href="{link}"' in editor_client.get(done.url).content.decode()


def test_a_viewer_sees_the_changes_but_cannot_take_them(viewer, conflicted):
    from django.test import Client

    ferry = conflicted[0]
    viewer_client = Client()  # (the editor's client did the edits)
    viewer_client.force_login(viewer)
    html = viewer_client.get(reverse("admin:articles_article_change", args=[ferry.pk]))
    html = html.content.decode()
    take = reverse("admin:articles_article_page_text", args=[ferry.pk, ferry.page_id])
    assert CHANGE in html and f'href="{take}"' not in html
    assert viewer_client.post(take, {"token": "x"}).status_code == 403
    assert "昨天开工" in Article.objects.get(pk=ferry.pk).parts.get().blocks[0]["text"]


def test_the_confirmation_lists_what_taking_it_undoes_of_the_story_as_it_is_now(
    editor_client, conflicted
):
    """A reviewer's editor took the page text and lost his own edit (and paragraphs merged in)
    without the confirmation naming them: it lists the page's change, then every change to the
    story as it is now, the editor's edited headline among them."""
    ferry = conflicted[0]
    take = reverse("admin:articles_article_page_text", args=[ferry.pk, ferry.page_id])
    html = editor_client.get(take).content.decode()
    replaced = html[html.index('id="page-text-replaced"') :]
    replaced = replaced[: replaced.index("</ul>")]
    assert "主题“…改建工程今起开工”→“…改建工程开工”" in replaced and "前天" in replaced


def test_a_page_that_does_not_print_the_story_says_so_rather_than_nothing_changed(
    editor_client, conflicted
):
    ferry = conflicted[0]
    paper = Publication.objects.create(name="白沙晚报", slug="baisha")
    issue = Issue.objects.create(publication=paper, date="2022-05-06")
    other = Page.objects.create(issue=issue, label="A1")
    take = reverse("admin:articles_article_page_text", args=[ferry.pk, other.pk])
    shown = editor_client.get(take)
    html = shown.content.decode()
    assert shown.status_code == 404
    assert "白沙晚报 2022-05-06 A1版没有刊登这篇稿件" in html
    assert "上次导入时相同" not in html and 'id="page-text-form"' not in html
    done = editor_client.post(take, {"token": "x"})
    said = [str(m) for m in done.wsgi_request._messages]
    assert done.status_code == 302 and any("没有刊登这篇稿件" in m for m in said)
