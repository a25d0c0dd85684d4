"""Another page's PDF given for a page (a reviewer uploaded the second page's PDF as ``A1.pdf``):
the preview and ``--dry-run`` say few of the page's stories are on it; a real run imports
neither its text nor the PDF, new page or stored, unless told (``--attach-unmatched-pdf``, the
desk's box), checked before anything is written (articles/importing/pdfbefore.py); a PDF the
page keeps its text under is not attached; a photo keeps the picture cut from the right PDF
(articles/importing/pdfmismatch.py)."""

from __future__ import annotations

import contextlib
import hashlib
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

pytest.importorskip("pypdfium2")

from articles.models import Article, Page, PageImage, Photo, Zone
from tests.pdfpages.conftest import run

pytestmark = pytest.mark.django_db


def _front_page_imported(folder, pages):
    one, _ = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)
    run(folder.parent.parent)
    return PageImage.objects.get(), Photo.objects.get().image.name


def test_a_dry_run_says_the_pdf_of_another_page_is_not_this_pages(folder, pages):
    _front_page_imported(folder, pages)
    (folder / "1.pdf").write_bytes(pages[1].pdf)
    out, err = _run_quietly(folder, "--dry-run")
    assert "1版的 3 篇稿件一篇也没有在这个 PDF 上找到" in err
    assert "--attach-unmatched-pdf" in err and "试运行：真正导入时" in err
    assert "检查通过" not in out


def test_the_pdf_of_another_page_is_not_attached_and_the_page_keeps_its_picture(folder, pages):
    before, photo_image = _front_page_imported(folder, pages)
    (folder / "1.pdf").write_bytes(pages[1].pdf)
    with pytest.raises(CommandError):
        run(folder.parent.parent)
    after = PageImage.objects.get()
    assert (after.pdf_checksum, after.image.name) == (before.pdf_checksum, before.image.name)
    assert Zone.objects.count() == 4
    assert Photo.objects.get().image.name == photo_image


def test_the_refusal_says_what_to_do(folder, pages):
    _front_page_imported(folder, pages)
    (folder / "1.pdf").write_bytes(pages[1].pdf)
    _, err = _run_quietly(folder)
    assert "多半是别的版或别的日期的 PDF" in err
    assert "没有挂上这个 PDF" in err and "--attach-unmatched-pdf" in err


def _run_quietly(folder, *args):
    out, err = StringIO(), StringIO()
    with contextlib.suppress(CommandError):
        call_command("import_pages", str(folder.parent.parent), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_attached_when_told_a_photo_keeps_the_picture_cut_from_the_right_pdf(folder, pages):
    _, photo_image = _front_page_imported(folder, pages)
    (folder / "1.pdf").write_bytes(pages[1].pdf)
    run(folder.parent.parent, "--attach-unmatched-pdf")
    assert PageImage.objects.get().pdf_checksum != _checksum(pages[0].pdf)
    assert Photo.objects.get().image.name == photo_image


def test_the_right_pdf_again_is_attached_without_asking(folder, pages):
    _front_page_imported(folder, pages)
    (folder / "1.pdf").write_bytes(pages[0].pdf + b"\n% re-exported\n")
    out, _ = run(folder.parent.parent)
    assert "版面 PDF：已更新，4 个热区" in out


def _checksum(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _both_written(folder, pages, pdfs):
    """Pages 1 and 2's texts written with the PDFs ``pdfs`` (in that order)."""
    for n, (built, pdf) in enumerate(zip(pages, pdfs, strict=True), start=1):
        (folder / f"{n}.txt").write_text(built.text, encoding="utf-8")
        (folder / f"{n}.pdf").write_bytes(pdf)


def test_a_jumped_to_page_does_not_pass_with_the_pdf_of_the_page_it_jumps_from(folder, pages):
    # Page 2's continuation is printed on page 1 too: it does not make page 1's PDF page 2's.
    _both_written(folder, pages, [pages[1].pdf, pages[0].pdf])
    out, err = _run_quietly(folder, "--dry-run")
    assert "2版的 1 篇稿件（另有 1 段转版接续不算）一篇也没有在这个 PDF 上找到" in err
    assert "检查通过" not in out


@pytest.mark.parametrize("dry_run", [False, True])
def test_swapped_pdfs_each_refusal_names_the_other_page(folder, pages, dry_run):
    _both_written(folder, pages, [pages[1].pdf, pages[0].pdf])
    _, err = _run_quietly(folder, *(["--dry-run"] if dry_run else []))
    one, two = (line for line in err.splitlines() if "导入失败" in line)
    assert "它印的是本次导入的2版的稿件" in one and "1版和2版的 PDF 是不是放反了" in one
    assert "它印的是本次导入的1版的稿件" in two and "2版和1版的 PDF 是不是放反了" in two
    assert "别的日期" not in one + two
    assert not Page.objects.exists()


def test_another_days_pdf_names_no_other_page(folder, pages):
    (folder / "1.txt").write_text(pages[0].text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(pages[1].pdf)
    _, err = _run_quietly(folder)
    assert "多半是别的版或别的日期的 PDF" in err and "放反了" not in err


def test_the_right_pdfs_of_a_jumping_story_pass(folder, pages):
    _both_written(folder, pages, [pages[0].pdf, pages[1].pdf])
    out, _ = run(folder.parent.parent, "--dry-run")
    assert out.count("版面 PDF：检查通过") == 2
    assert "找到" not in out.split("版面 PDF")[-1].split("\n")[0]


def test_half_found_passes_only_when_their_text_is_really_there():
    from articles.importing.pdfmismatch import stories_found
    from articles.models import ArticlePart
    from articles.pdfpages import PartZone

    parts = [ArticlePart(sequence=0), ArticlePart(sequence=0)]
    thin = [PartZone(0, rects=[(0, 0, 1, 1)], coverage=0.6), None]
    whole = [PartZone(0, rects=[(0, 0, 1, 1)], coverage=1.0), None]
    assert stories_found(parts, thin) == (0, 2, 0)
    assert stories_found(parts, whole) == (1, 2, 0)


@pytest.mark.parametrize("workers", ["0", "1"])  # (parsed here, or in a worker process)
def test_a_new_page_with_another_pages_pdf_is_not_imported(folder, pages, workers):
    # Text and PDF print different stories: one of them is not this page's; neither is written.
    one, two = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(two.pdf)
    _, err = _run_quietly(folder, "--workers", workers)
    assert "1版的 3 篇稿件一篇也没有在这个 PDF 上找到" in err
    assert "本版没有导入（文字和 PDF 都没有写入" in err and "--attach-unmatched-pdf" in err
    assert "文字已经导入" not in err
    assert not Page.objects.exists() and not Article.objects.exists()
    assert not PageImage.objects.exists()


def test_a_changed_text_with_another_pages_pdf_leaves_the_stored_page_as_it_was(folder, pages):
    before, photo_image = _front_page_imported(folder, pages)
    page = Page.objects.get()
    text, titles = page.raw_text, sorted(Article.objects.values_list("headline", flat=True))
    changed = pages[0].text.replace("全市推进老旧小区改造", "全市加快推进老旧小区改造")
    (folder / "1.txt").write_text(changed, encoding="utf-8")
    (folder / "1.pdf").write_bytes(pages[1].pdf)
    _, err = _run_quietly(folder)
    assert "本版没有导入（文字和 PDF 都没有写入，本版原有的内容不变）" in err
    assert "文字已经导入" not in err
    page.refresh_from_db()
    assert page.raw_text == text
    assert sorted(Article.objects.values_list("headline", flat=True)) == titles
    after = PageImage.objects.get()
    assert (after.pdf_checksum, after.image.name) == (before.pdf_checksum, before.image.name)
    assert Zone.objects.count() == 4 and Photo.objects.get().image.name == photo_image


def test_a_changed_text_with_another_pages_pdf_is_imported_when_told(folder, pages):
    _front_page_imported(folder, pages)
    changed = pages[0].text.replace("全市推进老旧小区改造", "全市加快推进老旧小区改造")
    (folder / "1.txt").write_text(changed, encoding="utf-8")
    (folder / "1.pdf").write_bytes(pages[1].pdf)
    run(folder.parent.parent, "--attach-unmatched-pdf")
    assert Article.objects.filter(headline="全市加快推进老旧小区改造").exists()
    assert PageImage.objects.get().pdf_checksum == _checksum(pages[1].pdf)


def test_the_same_text_with_another_pages_pdf_says_the_text_is_unchanged(folder, pages):
    _front_page_imported(folder, pages)
    (folder / "1.pdf").write_bytes(pages[1].pdf)
    _, err = _run_quietly(folder)
    assert "这一版的文字和已导入的相同，没有改动" in err and "文字已经导入" not in err


def test_a_dry_run_says_the_real_run_would_not_import_the_page(folder, pages):
    one, two = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(two.pdf)
    out, err = _run_quietly(folder, "--dry-run")
    assert "1版的 3 篇稿件一篇也没有在这个 PDF 上找到" in err
    assert "试运行：真正导入时本版不会导入（文字和 PDF 都不会写入" in err
    assert "中将导入 0 个版面" in out and "将新建" not in out


def test_a_dry_run_fails_as_the_real_run_does(folder, pages):
    # --json: ok, failed and the exit status are the real run's.
    (folder / "1.txt").write_text(pages[0].text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(pages[1].pdf)
    out, _ = _run_quietly(folder, "--dry-run", "--json")
    document = json.loads(out)
    assert (document["ok"], document["counts"]["failed"], document["pages"]) == (False, 1, [])
    with pytest.raises(CommandError):
        run(folder.parent.parent, "--dry-run")


def test_a_dry_run_with_the_flag_says_the_pdf_does_not_match_and_will_be_attached(folder, pages):
    (folder / "1.txt").write_text(pages[0].text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(pages[1].pdf)
    out, _ = run(folder.parent.parent, "--dry-run", "--attach-unmatched-pdf")
    assert "1版的 3 篇稿件一篇也没有在这个 PDF 上找到" in out
    assert "已加上 --attach-unmatched-pdf，照样挂上（将新建）" in out
    assert "检查通过" not in out


def test_a_dry_run_of_the_same_text_with_another_pages_pdf_fails_too(folder, pages):
    _front_page_imported(folder, pages)
    (folder / "1.pdf").write_bytes(pages[1].pdf)
    _, err = _run_quietly(folder, "--dry-run")
    assert "真正导入时这一版的文字和已导入的相同，没有改动，只是不会挂上这个 PDF" in err
