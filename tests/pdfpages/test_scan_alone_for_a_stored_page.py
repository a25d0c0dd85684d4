"""A true scan (no text layer) sent alone (no .txt) for a stored page whose text came from a
text file is that page's picture (reviewer, session 63; README, Page PDFs: a PDF alone never
replaces a text file's text, it gives the page image and zones). Before, it was refused
(``PDF 没有文字层…无法从中导入文字；请同时提供同名的 .txt 文本``), with --attach-unmatched-pdf
and at the desk too. It follows the scan rule for zones: refused unless told, as it would drop
the page's 4 zones. A page not stored yet is still refused: there is no text to keep
(articles/importing/pdfsources.py, textkept.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from articles.models import ArticlePart, Page, PageImage, Zone
from tests.pdfpages.test_unreadable_pdf_keeps_zones import front, run
from tests.pdfpages.test_unreadable_text_layer import _scan

pytestmark = pytest.mark.django_db
__all__ = ["front"]  # (the fixture, used by name: page 1 imported with its PDF, 4 zones)
NO_TEXT = "无法从中导入文字"


@pytest.fixture
def scan_alone(front):
    """Page 1 stored (text from 1.txt, 4 zones); then 1.pdf alone, a scan: the run's folder."""
    (front / "1.txt").unlink()
    (front / "1.pdf").write_bytes(_scan())
    return front.parent.parent


def texts() -> list[str]:
    return sorted(map(str, ArticlePart.objects.values_list("blocks", flat=True)))


def test_told_it_is_the_pages_it_becomes_its_picture_and_the_text_stays(scan_alone):
    before, checksum = texts(), PageImage.objects.get().pdf_checksum
    out, err = run(scan_alone, "--attach-unmatched-pdf")
    assert NO_TEXT not in err, err
    assert "1版的文字保留自" in out and "已随旧的版面图去掉" in out
    assert PageImage.objects.get().pdf_checksum != checksum and not Zone.objects.exists()
    assert texts() == before and Page.objects.get().source_name.endswith("1.txt")


def test_untold_it_keeps_the_zones_as_any_scan(scan_alone):
    checksum = PageImage.objects.get().pdf_checksum
    _, err = run(scan_alone)
    assert NO_TEXT not in err and "4 个热区都没有改动" in err, err
    assert PageImage.objects.get().pdf_checksum == checksum and Zone.objects.count() == 4


def test_the_dry_run_says_the_text_stays(scan_alone):
    out, err = run(scan_alone, "--dry-run", "--attach-unmatched-pdf")
    assert NO_TEXT not in err and "1版：文字未变，将更新版面图" in out, err


def test_a_page_not_stored_is_still_refused(folder):
    (folder / "1.pdf").write_bytes(_scan())
    _, err = run(folder.parent.parent)
    assert f"PDF 没有文字层（扫描件，或文字已转成曲线），{NO_TEXT}" in err
    assert "本版尚未导入文字" in err and not Page.objects.exists()
