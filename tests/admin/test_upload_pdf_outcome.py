"""The desk's upload says what happened to a page's PDF as the command does: a page whose text is
unchanged but whose PDF is new or changed is not 未变, its preview says what the import will
do with the PDF, and “版次” takes a page's text and its PDF together as one page."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.importing import report_text
from articles.importing.reports import PageImportReport
from articles.models import Page
from tests.admin.pdfuploads import FIELDS, UPLOAD, page_files, upload_preview
from tests.admin.pdfuploads import imported as import_page

pytestmark = pytest.mark.django_db


def report(**fields) -> PageImportReport:
    return PageImportReport(
        source="1.txt", paper="江海晚报", date="2021-03-15", label="1", articles=3, **fields
    )


def test_only_the_pdf_changed_is_said_so_not_no_change():
    text = report_text(
        report(action="unchanged", pdf_action="updated", pdf_line="版面 PDF：已更新，4 个热区")
    )
    assert "1版：文字未变，更新版面图和热区；" in text and "1版：未变" not in text
    assert text.endswith("；版面 PDF：已更新，4 个热区")
    preview = report_text(report(action="unchanged", pdf_action="created", dry_run=True))
    assert "1版：文字未变，将新加版面图和热区；" in preview
    assert "1版：未变；" in report_text(report(action="unchanged", pdf_action="unchanged"))


@pytest.fixture(scope="module")
def front():
    pytest.importorskip("pypdfium2")
    from tests.pdfpages.builder import front_page

    return front_page()


def uploads(front, pdf: bytes, text_name="1.txt", pdf_name="1.pdf") -> list:
    return page_files(front.text, pdf, text_name=text_name, pdf_name=pdf_name)


@pytest.fixture
def imported(tmp_path, front):
    (tmp_path / "1.txt").write_text(front.text, encoding="utf-8")
    (tmp_path / "1.pdf").write_bytes(front.pdf)
    return import_page(tmp_path, tmp_path / "1.txt", tmp_path / "1.pdf")


def preview_html(client, files, **extra) -> str:
    return upload_preview(client, files, **extra).content.decode()


def test_the_preview_of_a_changed_pdf_beside_unchanged_text_says_it_will_be_updated(
    editor_client, front, imported
):
    html = preview_html(editor_client, uploads(front, front.pdf + b"\n% exported again\n"))
    assert "1版：文字未变，将更新版面图和热区；" in html
    assert "版面 PDF：检查通过，将更新" in html


def test_the_preview_of_the_same_text_and_pdf_says_nothing_changes(editor_client, front, imported):
    html = preview_html(editor_client, uploads(front, front.pdf))
    assert "1版：未变；" in html and "版面 PDF：未变" in html


def test_page_takes_a_text_and_its_pdf_as_one_page(editor_client, front):
    files = uploads(front, front.pdf, text_name="front.txt", pdf_name="scan.pdf")
    html = preview_html(editor_client, files, page="A1")
    assert "A1版：将新建；" in html and "版面 PDF：检查通过，将新建" in html
    assert not Page.objects.exists()


def test_page_still_refuses_two_texts(editor_client):
    files = [
        SimpleUploadedFile(name, "正文".encode(), content_type="text/plain")
        for name in ("a.txt", "b.txt")
    ]
    response = editor_client.post(UPLOAD, {**FIELDS, "files": files, "page": "A1"})
    assert "“版次”只能用于一个文件或一段粘贴的文本（可再加上这一版的 PDF）" in str(
        response.context["form"].errors
    )
