"""A true scan (a page PDF with no text layer at all) given for a stored page whose picture has
zones follows the unreadable text layer's rule: nothing can check it is this page's PDF, so it
is not attached unless told it is the page's, the page refused before anything of it is written,
the dry run saying what the real run does (articles/importing/pdfunreadable.py). Before, it
replaced the picture and wiped its zones, its warning given by the real run only."""

from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from articles.models import PageImage, Zone
from tests.pdfpages.test_unreadable_pdf_keeps_zones import run
from tests.pdfpages.test_unreadable_text_layer import _scan

pytestmark = pytest.mark.django_db
SAID = "版面 PDF：这个 PDF 没有文字层（扫描件，或文字已转成曲线），无法核对它是不是本版的；本版原有的版面图和 4 个热区"


@pytest.fixture
def front_with_zones(folder, pages):
    """Page 1 imported with its own PDF (4 zones), then a scan as 1.pdf."""
    (folder / "1.txt").write_text(pages[0].text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(pages[0].pdf)
    run(folder.parent.parent)
    assert Zone.objects.count() == 4
    (folder / "1.pdf").write_bytes(_scan())
    return folder.parent.parent, PageImage.objects.get().pdf_checksum


def test_the_real_run_keeps_the_picture_and_its_zones(front_with_zones):
    root, checksum = front_with_zones
    _, err = run(root)
    assert f"{SAID}都没有改动，没有挂上这个 PDF" in err
    assert "确是本版的 PDF，请加上 --attach-unmatched-pdf 再导入" in err
    assert PageImage.objects.get().pdf_checksum == checksum and Zone.objects.count() == 4


def test_the_dry_run_says_so_too(front_with_zones):
    root, _ = front_with_zones
    out, err = run(root, "--dry-run")
    assert SAID in err and "试运行：真正导入时" in err
    assert "检查通过" not in out


def test_told_it_is_the_pages_it_is_attached(front_with_zones):
    root, checksum = front_with_zones
    out, _ = run(root, "--dry-run", "--attach-unmatched-pdf")
    assert f"{SAID}将被换掉；已加上 --attach-unmatched-pdf，照样挂上" in out
    run(root, "--attach-unmatched-pdf")
    assert PageImage.objects.get().pdf_checksum != checksum and not Zone.objects.exists()


def test_a_new_pages_dry_run_gives_the_real_runs_warning(folder, pages):
    (folder / "1.txt").write_text(pages[0].text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(_scan())
    out, _ = run(folder.parent.parent, "--dry-run")
    assert "将新建" in out and "没有文字层（扫描件" in out and "无法核对" not in out


def test_a_changed_text_with_it_writes_nothing_of_the_page(front_with_zones, folder, pages):
    from articles.models import ArticlePart

    root, checksum = front_with_zones
    texts = sorted(map(str, ArticlePart.objects.values_list("blocks", flat=True)))
    line = next(line for line in pages[0].text.splitlines() if len(line) > 20)
    (folder / "1.txt").write_text(pages[0].text.replace(line, line + "又讯"), encoding="utf-8")
    _, err = run(root)
    assert SAID in err and "本版没有导入（文字和 PDF 都没有写入）" in err
    assert sorted(map(str, ArticlePart.objects.values_list("blocks", flat=True))) == texts
    assert PageImage.objects.get().pdf_checksum == checksum and Zone.objects.count() == 4
    _, err = run(root, "--dry-run")
    assert SAID in err and "试运行：真正导入时本版不会导入（文字和 PDF 都不会写入）" in err
