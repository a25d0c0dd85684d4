"""``--pdf-pages`` beside ``--page``, or on an edition PDF whose file name reads as a page label:
the one flag is silently ignored, the other case refused with a reason that is not true.

Who sees it: the operator importing an edition PDF (``import_pages edition.pdf --pdf-pages
A1,A2``; ``articles/management/commands/import_pages.py`` and
``articles/importing/pdfpairs.py`` ``pair_sources``).

* ``--page A3 --pdf-pages A1,A2``: ``--page`` names one page (README), yet both A1 and A2 are
  imported and ``--page`` is dropped without a word; the operator who meant to re-import only one
  page of the edition has rewritten two (or, as here, meant a page the labels do not even list).
* An edition PDF saved as ``1.pdf`` (the first page's number, as e-paper hosts name them) with
  ``--pdf-pages A1,A2`` is refused with ``--pdf-pages 列的是一个 PDF 文件的各页；请只给一个 .pdf``,
  although exactly one .pdf was given: the real reason (its name reads as page 1, which the
  labels contradict) is lost, and the message sends the operator looking for a second file.

Expected: ``--page`` with ``--pdf-pages`` is refused (or imports only the page it names, which
must then be one of the labels), nothing written; a one-file ``--pdf-pages`` run whose file name
reads as a page is imported by its labels or refused naming that file and its name, never told
to give "only one .pdf".
"""

from __future__ import annotations

import pytest

from articles.models import Page
from tests.pdfpages.conftest import built_pages, pages  # noqa: F401  (fixtures)
from tests.review_s43_import.edition import edition_pdf, run_import

pytestmark = pytest.mark.django_db

FLAGS = ("--paper", "东湖日报", "--new-paper", "--date", "2024-05-20")


def test_page_beside_pdf_pages_is_not_silently_ignored(tmp_path, pages):  # noqa: F811
    path = tmp_path / "edition.pdf"
    path.write_bytes(edition_pdf(pages))
    _refused, said = run_import(path, *FLAGS, "--pdf-pages", "A1,A2", "--page", "A3")
    written = set(Page.objects.values_list("label", flat=True))
    assert written <= {"A3"}, f"--page A3 imported {sorted(written)}: {said}"


def test_edition_pdf_named_like_a_page_is_not_told_to_give_only_one_pdf(tmp_path, pages):  # noqa: F811
    path = tmp_path / "1.pdf"
    path.write_bytes(edition_pdf(pages))
    refused, said = run_import(path, *FLAGS, "--pdf-pages", "A1,A2")
    if refused:
        assert "请只给一个 .pdf" not in said, said
        assert "1.pdf" in said, said
    else:
        assert set(Page.objects.values_list("label", flat=True)) == {"A1", "A2"}, said
