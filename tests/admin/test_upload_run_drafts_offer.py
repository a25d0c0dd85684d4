"""A background import's progress page offers, for the late pages' new drafts, what the publish
page will allow the one who looks at it: 发布这 N 篇新稿件 to whoever may publish them, 提交待审这
N 篇新稿件 to an editor on a paper that requires sign-off (发布须经签发), and no link to a viewer.
Each offer is followed as a browser would: the link from the rendered page, then the form it
shows posted as rendered."""

from __future__ import annotations

import re
from datetime import date
from html import unescape

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from articles.models import Article, ImportRun, Issue, Publication, Status
from tests.admin.conftest import form_data
from tests.admin.test_upload_runs import worker  # noqa: F401  (the fixture)
from tests.factories import import_text

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
PAPER, SLUG, DAY = "溪口晚报", "xikou-evening", date(2023, 5, 16)
FRONT = "镇上新开一座自行车驿站\n本报讯（记者米禾）溪口镇南门外的自行车驿站今天开门，可以打气、修车、存车。\n"
PLACES = {2: "老街茶馆", 3: "东门菜场", 4: "西河渡口", 5: "南山书屋"}


def late_page(n: int) -> SimpleUploadedFile:
    place = PLACES[n]
    text = f"{place}重新开张\n本报讯（记者米禾）{place}昨天重新开张，街坊们一早就来了。\n"
    return SimpleUploadedFile(f"{n}.txt", text.encode(), "text/plain")


@pytest.fixture
def run_done(editor_client, worker):  # noqa: F811
    """A published issue (page 1) of a paper, and a background run of four late pages an
    editor confirmed without publishing: its new stories are drafts. Returns a function that
    sets whether the paper requires sign-off and returns the run's progress URL."""
    import_text(FRONT, "1", when=DAY, paper=PAPER, slug=SLUG)
    Article.objects.update(status=Status.PUBLISHED)
    Issue.objects.update(status=Status.PUBLISHED)
    fields = {"paper": PAPER, "issue_date": DAY.isoformat()}
    preview = editor_client.post(UPLOAD, {**fields, "files": [late_page(n) for n in PLACES]})
    assert "token" in preview.context, preview.context["form"].errors
    editor_client.post(UPLOAD, form_data(preview, "confirm-form") | {"confirm": "确认导入"})
    worker()
    run = ImportRun.objects.get()
    assert run.finished and run.pages_done == 4

    def progress(*, review: bool) -> str:
        Publication.objects.filter(slug=SLUG).update(review_required=review)
        return reverse("admin:articles_page_upload_run", args=[run.pk])

    return progress


def late_stories():
    return Article.objects.exclude(page__label="1")


def drafts_link(client, progress: str) -> tuple[str, str]:
    """The text and address of the progress page's link for the new drafts ("" when none)."""
    html = client.get(progress).content.decode()
    box = re.search(r'<p id="run-drafts"[^>]*>.*?</p>', html, re.S).group(0)
    if box.startswith('<p id="run-drafts" class="desk-warning" hidden'):
        return "", ""
    link = re.search(r'<a [^>]*href="([^"]*)"([^>]*)>(.*?)</a>', box, re.S)
    if link is None or "hidden" in link.group(2):
        return "", ""
    return re.sub(r"<[^>]+>", "", unescape(link.group(3))), unescape(link.group(1))


def test_an_editor_on_a_sign_off_paper_is_offered_to_submit_and_the_form_submits(
    editor_client, run_done
):
    progress = run_done(review=True)
    text, url = drafts_link(editor_client, progress)
    assert text == "提交待审这 4 篇新稿件"
    assert "发布这" not in editor_client.get(progress).content.decode()
    status = editor_client.get(progress + "status/").json()
    assert status["drafts_label"] == text and "须经签发" in status["drafts_note"]
    page = editor_client.get(url)
    editor_client.post(url.split("?")[0], {**form_data(page, "submit-new-form"), "submit": "1"})
    assert {a.status for a in late_stories()} == {Status.REVIEW}


def test_a_chief_editor_on_a_sign_off_paper_is_offered_to_publish_and_the_form_publishes(
    chief_client, chief, run_done
):
    progress = run_done(review=True)
    text, url = drafts_link(chief_client, progress)
    assert text == "发布这 4 篇新稿件"
    page = chief_client.get(url)
    chief_client.post(url.split("?")[0], form_data(page, "publish-new-form"))
    assert {(a.status, a.signed_off_by) for a in late_stories()} == {(Status.PUBLISHED, chief)}


def test_an_editor_without_sign_off_is_offered_to_publish_and_the_form_publishes(
    editor_client, run_done
):
    progress = run_done(review=False)
    text, url = drafts_link(editor_client, progress)
    assert text == "发布这 4 篇新稿件"
    page = editor_client.get(url)
    editor_client.post(url.split("?")[0], form_data(page, "publish-new-form"))
    assert {a.status for a in late_stories()} == {Status.PUBLISHED}


def test_a_viewer_is_told_of_the_drafts_without_a_link_to_a_page_refused_to_them(viewer, run_done):
    progress = run_done(review=False)
    viewer_client = Client()  # the editor's client ran the import
    viewer_client.force_login(viewer)
    assert drafts_link(viewer_client, progress) == ("", "")
    html = viewer_client.get(progress).content.decode()
    assert "4 篇新稿件" in html and "发布这" not in html
    assert viewer_client.get(progress + "status/").json()["drafts_url"] == ""
