"""On a paper that requires sign-off, an editor's upload may not change what readers see of a
published page beside its stories: its 版名, its 导读, its page picture and zones (a PDF). The
page is refused, named with what would change, in the preview (nothing of it written) and
again at the confirmation when the issue was published after the preview; a chief editor's goes
through, and so does an editor's on a paper without sign-off. (A reviewer's editor re-imported a
published A1 with another 版名 and reworded 导读, and gave it a PDF, all public at once.)"""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import (
    Article,
    ImportRun,
    Issue,
    Page,
    PageImage,
    Publication,
    Status,
    Teaser,
)
from tests.admin.test_upload import SEED_FIELDS, confirm, page_file, preview
from tests.admin.test_upload_runs import worker  # noqa: F401
from tests.factories import SEED
from tests.pdfpages.conftest import built_pages, folder, pages, run  # noqa: F401

pytestmark = pytest.mark.django_db

HEADED = "A1　要闻\n\n"  # the page's head: 版名 要闻 (its stories as before)
TEASER_OLD, TEASER_NEW = "用心守护", "用心守卫"


@pytest.fixture
def published(seed):
    """The seed paper requiring sign-off, its issue and stories published (A1 has no 版名)."""
    Publication.objects.update(review_required=True)
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)


def headed_a1():
    return page_file("A1.txt", (HEADED + SEED.read_text(encoding="utf-8")).encode())


def reworded_teaser_a1():
    text = SEED.read_text(encoding="utf-8")
    assert TEASER_OLD in text
    return page_file("A1.txt", text.replace(TEASER_OLD, TEASER_NEW, 1).encode())


def section() -> str:
    return Page.objects.get(label="A1").section


def teaser_lines() -> str:
    return " ".join(" ".join(t.title_lines) for t in Teaser.objects.all())


def test_an_editors_reupload_changing_a_published_pages_section_is_refused_naming_it(
    editor_client, published
):
    html = preview(editor_client, [headed_a1()], **SEED_FIELDS).content.decode()
    assert "无法导入 A1.txt：A1版所在的一期已经发布，本报须经签发" in html
    assert "版名（原为空）→“要闻”，只有总编辑（签发权限）可以导入这一版" in html
    assert section() == ""


def test_an_editors_reupload_rewording_a_published_pages_teasers_is_refused(
    editor_client, published
):
    html = preview(editor_client, [reworded_teaser_a1()], **SEED_FIELDS).content.decode()
    assert "这次导入会改动读者正在看的导读，只有总编辑" in html
    assert TEASER_OLD in teaser_lines() and TEASER_NEW not in teaser_lines()


def test_an_issue_published_after_the_preview_refuses_the_confirmation(editor_client, seed):
    Publication.objects.update(review_required=True)
    shown = preview(editor_client, [headed_a1()], **SEED_FIELDS)
    assert shown.context["token"]  # a draft issue: the editor's to change
    Issue.objects.update(status=Status.PUBLISHED)
    done = confirm(editor_client, shown)
    said = " ".join(str(m) for m in done.wsgi_request._messages)
    assert "版名（原为空）→“要闻”" in said and "什么都没有写入" in said
    assert section() == ""


def test_a_chief_editors_reupload_changes_the_section_and_teasers(chief_client, published):
    text = HEADED + SEED.read_text(encoding="utf-8").replace(TEASER_OLD, TEASER_NEW, 1)
    shown = preview(chief_client, [page_file("A1.txt", text.encode())], **SEED_FIELDS)
    assert "本报须经签发" not in shown.content.decode()
    confirm(chief_client, shown)
    assert section() == "要闻" and TEASER_NEW in teaser_lines()


def test_without_sign_off_an_editors_reupload_changes_the_section(editor_client, seed):
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)
    confirm(editor_client, preview(editor_client, [headed_a1()], **SEED_FIELDS))
    assert section() == "要闻"


def test_the_same_page_again_goes_through_for_an_editor(editor_client, published):
    shown = preview(editor_client, [page_file("A1.txt", SEED.read_bytes())], **SEED_FIELDS)
    assert "本报须经签发" not in shown.content.decode() and shown.context["token"]


# A page PDF given for a published page: its picture and zones (tests/pdfpages/builder.py).
PDF_FIELDS = {"paper": "城市日报", "paper_slug": "city-daily", "issue_date": "2024-05-20"}


@pytest.fixture
def published_text_page(folder, pages):  # noqa: F811
    """城市日报's page 1 imported from its text alone, published on a paper requiring sign-off."""
    pytest.importorskip("pypdfium2")
    (folder / "1.txt").write_text(pages[0].text, encoding="utf-8")
    run(folder.parent.parent)
    Publication.objects.update(review_required=True)
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)
    return pages[0]


def with_pdf(one):
    return [
        SimpleUploadedFile("1.txt", one.text.encode(), content_type="text/plain"),
        SimpleUploadedFile("1.pdf", one.pdf, content_type="application/pdf"),
    ]


def test_an_editors_pdf_for_a_published_page_is_refused_naming_the_picture(
    editor_client, published_text_page
):
    html = preview(editor_client, with_pdf(published_text_page), **PDF_FIELDS).content.decode()
    assert "无法导入 1.txt：1版所在的一期已经发布" in html
    assert "改动读者正在看的版面图和热区，只有总编辑" in html
    assert not PageImage.objects.exists()


def test_a_chief_editors_pdf_for_a_published_page_is_attached(
    chief_client,
    published_text_page,
    worker,  # noqa: F811
):
    shown = preview(chief_client, with_pdf(published_text_page), **PDF_FIELDS)
    assert "本报须经签发" not in shown.content.decode()
    confirm(chief_client, shown)
    worker()  # (PDFs are imported in the background)
    assert PageImage.objects.exists()


def test_the_background_import_refuses_a_pdf_once_the_issue_is_published(
    editor_client,
    published_text_page,
    worker,  # noqa: F811
):
    Issue.objects.update(status=Status.DRAFT)
    shown = preview(editor_client, with_pdf(published_text_page), **PDF_FIELDS)
    assert shown.context["token"]  # a draft issue: the editor's to change
    Issue.objects.update(status=Status.PUBLISHED)
    confirm(editor_client, shown)
    worker()
    (entry,) = ImportRun.objects.get().results
    assert not entry["ok"] and "改动读者正在看的版面图和热区" in entry["error"]
    assert not PageImage.objects.exists()
