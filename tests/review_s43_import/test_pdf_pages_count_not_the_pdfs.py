"""``--pdf-pages`` with fewer labels than the edition PDF has pages drops the rest silently; with
more, it writes the pages it can and fails the run half done.

Who sees it: the operator importing an edition PDF (README, Page PDFs: ``import_pages
edition.pdf --paper P --date D --pdf-pages A1,A2,A3`` "splits a multi-page PDF (its pages in
order)"). ``articles/importing/pdfpairs.py`` ``pair_sources`` makes one page per label and never
compares the count with the PDF's pages:

* ``--pdf-pages A1`` on a two-page PDF imports page 1 as A1 and says nothing of page 2
  (``1 个版面…导入了 1 个版面``, exit 0): a printed page is missing from the issue, and a page's
  own PDF of two pages is refused for exactly that reason ("not cut to its first page");
* ``--pdf-pages A1,A2,A3`` on the same PDF writes A1 and A2, then fails A3 with ``PDF 只有 2 页，
  没有第 3 页`` (exit 1), whereas README promises that "a bad flag value stops the run before
  anything is written", and the message does not say which flag to fix.

Expected: a label count that is not the PDF's page count is refused before anything is written,
naming both counts and the flag (``--pdf-pages``).
"""

from __future__ import annotations

import pytest

from articles.models import Page
from tests.pdfpages.conftest import built_pages, pages  # noqa: F401  (fixtures)
from tests.review_s43_import.edition import edition_pdf, run_import

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("labels", ["A1", "A1,A2,A3"])
def test_labels_that_do_not_match_the_pages_are_refused_before_writing(
    tmp_path,
    pages,  # noqa: F811
    labels,
):
    path = tmp_path / "edition.pdf"
    path.write_bytes(edition_pdf(pages))
    refused, said = run_import(
        path, "--paper", "东湖日报", "--new-paper", "--date", "2024-05-20", "--pdf-pages", labels
    )
    assert refused, said
    assert not Page.objects.exists(), said
    assert "--pdf-pages" in said and "2 页" in said, said
