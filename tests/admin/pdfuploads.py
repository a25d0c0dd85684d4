"""The desk's upload of page texts and PDFs, as its tests drive it (tests/admin/test_upload_*:
a PDF alone, another page's PDF, one nothing can check, a changed picture, what the preview
says of a PDF): the address and the form's fields, the built pages, a page imported first by
``import_pages``, the background worker, and the files posted as the upload form sends them."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from articles.models import Page, PageImage, Photo

UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "江海晚报", "paper_slug": "jianghai-evening", "issue_date": "2021-03-15"}


@pytest.fixture(scope="module")
def built():
    """The builder's front page and second page (tests/pdfpages/builder.py)."""
    pytest.importorskip("pypdfium2")
    from tests.pdfpages.builder import front_page, second_page

    return front_page(), second_page()


def imported(tmp_path, *files) -> Page:
    """``files`` imported by ``import_pages`` as page 1 of :data:`FIELDS`' paper and date."""
    call_command(
        "import_pages",
        *(str(f) for f in files),
        "--paper",
        FIELDS["paper"],
        "--date",
        FIELDS["issue_date"],
        "--page",
        "1",
        "--workers",
        "0",
        stdout=StringIO(),
        stderr=StringIO(),
    )
    return Page.objects.get()


@pytest.fixture
def front_imported(built, tmp_path):
    """The front page imported with its PDF (4 zones, one photo with its picture): (its
    ``PageImage``, the photo's image name)."""
    one, _ = built
    (tmp_path / "1.txt").write_text(one.text, encoding="utf-8")
    (tmp_path / "1.pdf").write_bytes(one.pdf)
    imported(tmp_path, tmp_path / "1.txt", tmp_path / "1.pdf")
    return PageImage.objects.get(), Photo.objects.get().image.name


@pytest.fixture(scope="module")
def recoloured():
    """The builder's front page twice, its photo's picture in another colour the second time:
    the same page re-sent with a replaced picture under the same caption."""
    pytest.importorskip("pypdfium2")
    from tests.pdfpages.builder import front_page

    return front_page(), front_page(photo_colour=(200, 60, 40))


@pytest.fixture
def published(recoloured, tmp_path):
    """The first of :func:`recoloured` imported with its PDF and published (its photo's
    picture cut from the PDF); returns that built page."""
    from tests.public.conftest import publish_everything

    one, _ = recoloured
    (tmp_path / "1.txt").write_text(one.text, encoding="utf-8")
    (tmp_path / "1.pdf").write_bytes(one.pdf)
    imported(tmp_path, tmp_path / "1.txt", tmp_path / "1.pdf")
    publish_everything()
    assert Photo.objects.get().image.name
    return one


@pytest.fixture
def worker(monkeypatch):
    """Run the database worker once over the queue, in this process (as tests/admin/
    test_upload_runs.py does)."""
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )
    return lambda: call_command(
        "db_worker", "--batch", "--no-startup-delay", "--no-reload", stdout=StringIO()
    )


def page_files(
    text: str | None = None, pdf: bytes | None = None, *, text_name="1.txt", pdf_name="1.pdf"
) -> list:
    """A page's text and PDF (either may be left out) as the form's ``files``."""
    files = []
    if text is not None:
        files.append(SimpleUploadedFile(text_name, text.encode(), content_type="text/plain"))
    if pdf is not None:
        files.append(SimpleUploadedFile(pdf_name, pdf, content_type="application/pdf"))
    return files


def upload_preview(client, files: list, **fields):
    """The desk's preview of ``files`` (:func:`page_files`) for :data:`FIELDS` and ``fields``;
    asserts the form took them."""
    response = client.post(UPLOAD, {**FIELDS, "files": files, **fields})
    assert response.status_code == 200
    assert not response.context["form"].errors, response.context["form"].errors
    return response


def pdf_alone(client, pdf: bytes):
    """The desk's preview of page 1's PDF sent alone."""
    return upload_preview(client, page_files(pdf=pdf))
