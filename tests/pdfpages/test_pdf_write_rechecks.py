"""Another import changes a page's picture between the check of a PDF and its write (the
pieces of :class:`~articles.importing.pdfs.PdfAttacher` called in order: the PDF checked and
rendered, the other import attaching its own, then the write): the write locks the page's row,
checks again and refuses with a clear message rather than replacing the other import's picture
(articles/importing/pdfrecheck.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from articles import pdfpages
from articles.importing.pdfrecheck import CHANGED
from articles.importing.pdfs import PdfAttacher, PdfPage, page_attach_pdf
from articles.models import Page, PageImage, Zone
from tests.pdfpages.test_unreadable_pdf_keeps_zones import front

pytestmark = pytest.mark.django_db
__all__ = ["front"]  # (the fixture, used by name: page 1 imported with its PDF, 4 zones)


def test_a_picture_changed_after_the_check_is_not_written_over(front, pages):
    ours, theirs = pages[0].pdf + b"\n% ours\n", pages[0].pdf + b"\n% theirs\n"
    with PdfAttacher() as attacher:
        done = attacher.add("ours", Page.objects.get(), PdfPage(ours))  # checked and rendered
        assert done == []
        page_attach_pdf(Page.objects.get(), PdfPage(theirs))  # another import, meanwhile
        after = PageImage.objects.get().pdf_checksum
        ((_, outcome),) = attacher.finish()  # the write
    assert isinstance(outcome, pdfpages.PdfPageError) and str(outcome) == CHANGED
    assert "另一次导入换过" in CHANGED and "没有挂上这个 PDF" in CHANGED
    assert PageImage.objects.get().pdf_checksum == after and Zone.objects.count() == 4


def test_an_unchanged_picture_is_written_as_before(front, pages):
    with PdfAttacher() as attacher:
        attacher.add("ours", Page.objects.get(), PdfPage(pages[0].pdf + b"\n% ours\n"))
        ((_, outcome),) = attacher.finish()
    assert outcome.action == "updated" and Zone.objects.count() == 4
