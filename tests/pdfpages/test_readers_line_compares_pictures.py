"""``import_pages``' line of what readers see (读者能看到什么) of a published page re-imported with
its PDF says a photo changed when its picture really did (读者已看到改动：1 张图片), its caption
the same, as the desk's preview does; a PDF exported again with the same picture changes none
(1 张图片照旧). Pictures are compared by what is in them, the same comparison as the desk's
(articles/importing/previewpictures.py; articles/importing/readers.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from articles.models import Photo
from tests.pdfpages.conftest import run
from tests.pdfpages.test_unreadable_pdf_keeps_zones import front
from tests.public.conftest import publish_everything

pytestmark = pytest.mark.django_db
__all__ = ["front"]  # (the fixture, used by name)


@pytest.fixture
def published(front):
    """Page 1 imported from its text and PDF, published: its folder."""
    publish_everything()
    assert Photo.objects.get().image.name  # its picture cut from the PDF
    return front


def _readers(folder) -> str:
    out, _ = run(folder.parent.parent)
    return next(line for line in out.splitlines() if "读者能看到什么" in line)


def test_a_replaced_picture_under_the_same_caption_is_said_changed(published):
    from tests.pdfpages.builder import front_page

    (published / "1.pdf").write_bytes(front_page(photo_colour=(200, 60, 40)).pdf)
    line = _readers(published)
    assert "读者已看到改动：1 张图片" in line and "1 张图片照旧" not in line


def test_a_pdf_exported_again_with_the_same_picture_changes_none(published, pages):
    (published / "1.pdf").write_bytes(pages[0].pdf + b"\n% exported again\n")
    line = _readers(published)
    assert "看到改动" not in line and "1 张图片照旧" in line
