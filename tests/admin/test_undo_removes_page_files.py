"""撤销本版导入 and 删除本期 remove the page's PDF, page image and thumbnail from storage once
committed, as a replaced PDF's are (a removed page cannot be restored: nothing is withheld);
a file another page still uses stays (articles/removal.py)."""

from __future__ import annotations

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse

pytest.importorskip("pypdfium2")

from articles.models import Issue, Page, PageImage
from tests.admin.conftest import form_data
from tests.pdfpages import conftest as pdf_fixtures
from tests.pdfpages.conftest import run

pytestmark = pytest.mark.django_db

# The PDF tests' fixtures (tests/pdfpages/conftest.py), used by name.
built_pages, pages, folder = pdf_fixtures.built_pages, pdf_fixtures.pages, pdf_fixtures.folder


def _files(image: PageImage) -> list[str]:
    return [image.pdf.name, image.image.name, image.thumbnail.name]


def _confirm(client, address, callbacks):
    sent = {**form_data(client.get(address), "removal-form"), "confirm": "1"}
    with callbacks(execute=True):
        assert client.post(address, sent).status_code == 302


def _imported(folder, pages) -> list[str]:
    one, two = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)
    (folder / "2.pdf").write_bytes(two.pdf)
    run(folder.parent.parent)
    names = _files(PageImage.objects.get(page__label="1"))
    assert all(default_storage.exists(name) for name in names)
    return names


def test_undoing_a_page_removes_its_pdf_and_pictures(
    editor_client, folder, pages, django_capture_on_commit_callbacks
):
    names = _imported(folder, pages)
    kept = _files(PageImage.objects.get(page__label="2"))
    page = Page.objects.get(label="1")
    address = reverse("admin:articles_page_undo_import", args=[page.pk])
    _confirm(editor_client, address, django_capture_on_commit_callbacks)
    assert not Page.objects.filter(pk=page.pk).exists()
    assert not any(default_storage.exists(name) for name in names)
    assert all(default_storage.exists(name) for name in kept)  # the other page's stay


def test_removing_an_issue_removes_its_pages_files(
    editor_client, folder, pages, django_capture_on_commit_callbacks
):
    _imported(folder, pages)
    names = [n for image in PageImage.objects.all() for n in _files(image)]
    address = reverse("admin:articles_issue_remove", args=[Issue.objects.get().pk])
    _confirm(editor_client, address, django_capture_on_commit_callbacks)
    assert not Issue.objects.exists()
    assert not any(default_storage.exists(name) for name in names)
