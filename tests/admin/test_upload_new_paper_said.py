"""The desk says what the command says when an upload makes a paper: ``新建报纸 晴川日报（网址名
paper-…，发布前可在“报纸”里改）``, once, with a link to the paper's change page in the admin
(where its slug is changed before it is published): on the result of an upload imported at once,
and on a background import's progress page."""

from __future__ import annotations

import hashlib
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from articles.models import ImportRun, Publication
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
SLUG = "paper-" + hashlib.sha1("晴川日报".encode()).hexdigest()[:8]
SAID = f"新建报纸 晴川日报（网址名 {SLUG}，发布前可在“报纸”里改）"


def page(label: str) -> SimpleUploadedFile:
    text = (
        f"{label}江边步道今天开放\n\n本报讯（记者李木）江边步道今天开放，全长三公里，"
        f"沿途设有六个休息点，{label}版另有介绍。\n"
    )
    return SimpleUploadedFile(f"{label}.txt", text.encode(), content_type="text/plain")


def preview(client, labels):
    response = client.post(
        UPLOAD,
        {
            "files": [page(label) for label in labels],
            "paper": "晴川日报",
            "issue_date": "2024-05-06",
        },
    )
    assert response.status_code == 200 and "token" in response.context
    return response


def confirm(client, response):
    return client.post(UPLOAD, {**form_data(response, "confirm-form"), "confirm": "1"}, follow=True)


def test_an_upload_that_makes_a_paper_says_so_with_a_link_to_it(editor_client):
    done = confirm(editor_client, preview(editor_client, ["A1", "A2"]))
    paper = Publication.objects.get(name="晴川日报")
    assert paper.slug == SLUG
    link = reverse("admin:articles_publication_change", args=[paper.pk])
    assert [str(m) for m in done.context["messages"]].count(f'<a href="{link}">{SAID}</a>') == 1
    html = done.content.decode()
    assert f'<a href="{link}">{SAID}</a>' in html
    assert html.index(SAID) < html.index("晴川日报 2024-05-06 A1版：新建")


def test_an_upload_into_a_paper_that_exists_says_nothing_of_it(editor_client):
    confirm(editor_client, preview(editor_client, ["A1"]))
    again = confirm(editor_client, preview(editor_client, ["A2"]))
    assert "新建报纸" not in again.content.decode()


def test_the_progress_page_says_it_too(editor_client, monkeypatch, settings):
    settings.NEWSROOM_UPLOAD_INLINE_PAGES = 1
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    done = confirm(editor_client, preview(editor_client, ["A1", "A2"]))
    run = ImportRun.objects.get()
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", stdout=StringIO())
    paper = Publication.objects.get(name="晴川日报")
    link = reverse("admin:articles_publication_change", args=[paper.pk])
    status = editor_client.get(reverse("admin:articles_page_upload_run_status", args=[run.pk]))
    pages = status.json()["pages"]
    assert [(p["new_paper"], p["new_paper_url"]) for p in pages] == [(SAID, link), ("", "")]
    html = editor_client.get(done.request["PATH_INFO"]).content.decode()
    assert f'<a href="{link}">{SAID}</a>' in html
    assert html.count(SAID) == 1


def test_a_new_paper_sharing_a_papers_derived_slug_is_made_apart_on_the_desk(editor_client):
    def upload(paper: str, text: str, **extra):
        response = editor_client.post(
            UPLOAD,
            {
                "files": [SimpleUploadedFile("1.txt", text.encode(), content_type="text/plain")],
                "paper": paper,
                "issue_date": "2025-09-01",
                **extra,
            },
        )
        assert response.status_code == 200 and "token" in response.context
        return response

    confirm(editor_client, upload("ABC日报", "东湾渔港冬汛开捕\n\n本报讯 东湾渔港昨天迎来冬汛。\n"))
    preview = upload("ABC晚报", "城西夜市开张\n\n本报讯 城西夜市昨晚开张，摊位一百多个。\n")
    shown = preview.content.decode()
    assert "将删去" not in shown and "东湾渔港冬汛开捕" not in shown
    sent = {**form_data(preview, "confirm-form"), "confirm": "1", "new_paper": "ABC晚报"}
    editor_client.post(UPLOAD, sent)  # 新建报纸“ABC晚报”（不是已有报纸的笔误） ticked
    evening = Publication.objects.get(name="ABC晚报")
    assert evening.slug != Publication.objects.get(name="ABC日报").slug
    assert set(
        Publication.objects.get(name="ABC日报").issues.values_list("articles__headline", flat=True)
    ) == {"东湾渔港冬汛开捕"}
