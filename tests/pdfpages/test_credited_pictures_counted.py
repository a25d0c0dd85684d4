"""A page's report line counts the photos its PDF alone gave (pictures printed with their credit
and no caption, made photos by the import: articles/importing/pdfcredited.py) with the text's,
and says them apart: ``1 张图片（其中 1 张只在 PDF 上）``, in the command's output and the desk's
upload result; a page with none says ``N 张图片`` as before."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

pytest.importorskip("pypdfium2")

from articles.importing.reports import PageImportReport
from articles.models import ImportRun, Photo
from tests.admin.conftest import editor, editor_client, groups  # noqa: F401
from tests.admin.test_upload_runs import preview_and_confirm, status, worker  # noqa: F401
from tests.pdfpages.conftest import run
from tests.pdfpages.test_credited_pictures import credited_page

pytestmark = pytest.mark.django_db

COUNTED = "1 篇稿件、1 张图片（其中 1 张只在 PDF 上）、0 条导读"


def test_photos_said_counts_the_pdfs_photos_with_the_texts():
    from articles.importing.reportlines import photos_said

    report = PageImportReport(source="1.txt", paper="城市日报", date="2024-05-20", label="1")
    report.photos = 2
    assert photos_said(report) == "2 张图片"
    report.pdf_photos = 1
    assert photos_said(report) == "3 张图片（其中 1 张只在 PDF 上）"


def test_the_command_counts_the_picture_printed_with_its_credit_alone(folder):
    pdf, story = credited_page("陈维连 摄")
    (folder / "1.pdf").write_bytes(pdf)
    (folder / "1.txt").write_text(story.text() + "\n", encoding="utf-8")
    out, _ = run(folder.parent.parent)
    assert Photo.objects.of_pdf().count() == 1
    assert f"1版：新建；{COUNTED}" in out
    assert "1版有一张图片只印了署名“陈维连 摄”" in out  # (its own line, as before)


def test_the_same_text_imported_again_alone_still_counts_the_pdfs_photo(folder):
    pdf, story = credited_page("陈维连 摄")
    (folder / "1.pdf").write_bytes(pdf)
    (folder / "1.txt").write_text(story.text() + "\n", encoding="utf-8")
    run(folder.parent.parent)
    (folder / "1.pdf").unlink()
    out, _ = run(folder.parent.parent)
    assert f"1版：未变；{COUNTED}" in out


def test_the_desks_upload_result_counts_it_too(editor_client, worker):  # noqa: F811
    pdf, story = credited_page("陈维连 摄")
    uploads = [
        SimpleUploadedFile("1.txt", (story.text() + "\n").encode(), content_type="text/plain"),
        SimpleUploadedFile("1.pdf", pdf, content_type="application/pdf"),
    ]
    preview_and_confirm(editor_client, uploads)
    worker()  # (PDFs are imported in the background)
    (page,) = status(editor_client, ImportRun.objects.get())["pages"]
    assert f"1版：新建；{COUNTED}" in page["summary"]
