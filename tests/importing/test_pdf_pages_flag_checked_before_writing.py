"""``--pdf-pages`` is checked before anything is written: its labels must be one a page of the
PDF (``articles/importing/pdfpairs.py``), it cannot go with ``--page``, and an edition PDF whose
name reads as another page than the first label is refused for that reason, naming the file."""

from __future__ import annotations

import pytest

from articles.models import Page
from tests.pdfpages.conftest import built_pages, pages  # noqa: F401  (fixtures)
from tests.review_s43_import.edition import edition_pdf, run_import

pytestmark = pytest.mark.django_db

FLAGS = ("--paper", "西湖晚报", "--new-paper", "--date", "2024-05-21")


def test_one_label_short_is_refused_naming_both_counts(tmp_path, pages):  # noqa: F811
    path = tmp_path / "edition.pdf"
    path.write_bytes(edition_pdf(pages))
    refused, said = run_import(path, *FLAGS, "--pdf-pages", "B1")
    assert refused and not Page.objects.exists(), said
    assert "这个 PDF 有 2 页，--pdf-pages 却列了 1 个版次（B1）" in said, said
    assert "少列了 1 页的版次" in said and "--pdf-pages A1,A2）" in said, said


def test_as_many_labels_as_pages_import_every_page(tmp_path, pages):  # noqa: F811
    path = tmp_path / "edition.pdf"
    path.write_bytes(edition_pdf(pages))
    refused, said = run_import(path, *FLAGS, "--pdf-pages", "B1,B2")
    assert not refused, said
    assert set(Page.objects.values_list("label", flat=True)) == {"B1", "B2"}


def test_page_with_pdf_pages_is_refused_before_reading_files(tmp_path):
    refused, said = run_import(
        tmp_path / "missing.pdf", *FLAGS, "--pdf-pages", "A1", "--page", "A1"
    )
    assert refused, said
    assert "--page A1 和 --pdf-pages A1 不能同时用" in said, said


def test_an_edition_pdf_named_as_another_page_is_refused_for_its_name(tmp_path, pages):  # noqa: F811
    path = tmp_path / "3.pdf"
    path.write_bytes(edition_pdf(pages))
    refused, said = run_import(path, *FLAGS, "--pdf-pages", "A1,A2")
    assert refused and not Page.objects.exists(), said
    assert "3.pdf (--pdf-pages): 文件名 3.pdf 读作 3 版" in said, said
    assert "请只给一个 .pdf" not in said, said


def test_a_label_listed_twice_is_refused_naming_the_flag_not_the_file_twice(tmp_path, pages):  # noqa: F811
    path = tmp_path / "edition.pdf"
    path.write_bytes(edition_pdf(pages))
    refused, said = run_import(path, *FLAGS, "--pdf-pages", "1,1")
    assert refused and not Page.objects.exists(), said
    assert "--pdf-pages 把同一个版次列了不止一次：1（2 次）" in said, said
    assert "edition.pdf 和" not in said, said


def test_a_full_width_comma_separates_labels_as_a_comma(tmp_path, pages):  # noqa: F811
    path = tmp_path / "edition.pdf"
    path.write_bytes(edition_pdf(pages))
    refused, said = run_import(path, *FLAGS, "--pdf-pages", "B1，B2")
    assert not refused, said
    assert set(Page.objects.values_list("label", flat=True)) == {"B1", "B2"}


def test_a_label_listed_twice_is_echoed_as_typed(tmp_path, pages):  # noqa: F811
    path = tmp_path / "edition.pdf"
    path.write_bytes(edition_pdf(pages))
    refused, said = run_import(path, *FLAGS, "--pdf-pages", "A1,a1")
    assert refused, said
    assert "（列的是 A1,a1）" in said, said
