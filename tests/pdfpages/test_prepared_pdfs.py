"""import_pages reads and renders each page PDF once, when it checks it before the text import
(articles/importing/pdfprepare.py): what that changes and what it must not."""

from __future__ import annotations

import hashlib
import tempfile
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

pytest.importorskip("pypdfium2")

from articles import pdfpages
from articles.importing.pdfs import pdf_limits
from articles.models import Page, PageImage, Zone
from tests.pdfpages.conftest import run

pytestmark = pytest.mark.django_db


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    """The temporary folder the import's files go to, watched by the test."""
    place = tmp_path / "scratch"
    place.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(place))
    # (jieba's tables, kept between processes, are not the import's files: kept elsewhere)
    monkeypatch.setenv("NEWSROOM_TABLE_CACHE", str(tmp_path))
    return place


def _renders(monkeypatch) -> list:
    calls: list = []
    real = pdfpages.render_image

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(pdfpages, "render_image", counted)
    return calls


def _files(place: Path) -> list[Path]:
    return [p for p in place.rglob("*") if p.is_file()]


def test_the_stored_page_image_is_the_page_rendered_and_encoded_as_before(folder, pages):
    one, _ = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)
    run(folder.parent.parent)
    picture = PageImage.objects.get()
    limits = pdf_limits()
    with pdfpages.open_pdf(one.pdf, limits) as document:
        expected = pdfpages.render_page(document, 0, limits)
    assert picture.image.read() == expected.image
    assert picture.thumbnail.read() == expected.thumbnail
    assert (picture.width, picture.height) == (expected.width, expected.height)
    assert Zone.objects.count() == 4 and picture.unmatched == []


def test_each_page_is_rendered_once_and_an_unchanged_pdf_imported_again_not_at_all(
    folder, pages, monkeypatch
):
    one, two = pages
    for label, page in (("1", one), ("2", two)):
        (folder / f"{label}.txt").write_text(page.text, encoding="utf-8")
        (folder / f"{label}.pdf").write_bytes(page.pdf)
    renders = _renders(monkeypatch)
    run(folder.parent.parent)
    assert len(renders) == 2 and PageImage.objects.count() == 2
    out, _ = run(folder.parent.parent)
    assert len(renders) == 2  # nothing rendered again
    assert out.count("版面 PDF：未变") == 2


def test_a_dry_run_renders_nothing(folder, pages, monkeypatch, scratch):
    one, _ = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)
    renders = _renders(monkeypatch)
    call_command("import_pages", str(folder.parent.parent), "--dry-run", stdout=StringIO())
    assert renders == [] and not Page.objects.exists() and _files(scratch) == []


def test_a_page_that_fails_to_render_fails_before_its_text_is_written(folder, pages, monkeypatch):
    one, _ = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)

    def broken(*args, **kwargs):
        raise pdfpages.PdfPageError("页面无法渲染")

    monkeypatch.setattr(pdfpages, "render_image", broken)
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_pages", str(folder.parent.parent), stdout=StringIO(), stderr=err)
    assert "页面无法渲染" in err.getvalue() and "1.pdf" in err.getvalue()
    assert not Page.objects.exists() and not PageImage.objects.exists()


def test_what_was_rendered_for_a_page_whose_text_failed_is_removed_with_the_rest(
    folder, pages, scratch
):
    one, two = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)
    (folder / "2.txt").write_bytes(b"\x00\x01\x02\x03" * 200)  # not text: the page fails
    (folder / "2.pdf").write_bytes(two.pdf)
    with pytest.raises(CommandError):
        run(folder.parent.parent)
    assert list(Page.objects.values_list("label", flat=True)) == ["1"]
    assert PageImage.objects.count() == 1
    assert _files(scratch) == [] and list(scratch.iterdir()) == []


def test_sigterm_during_an_import_removes_what_was_rendered_and_puts_the_handler_back(
    pages, scratch
):
    import os
    import signal

    from articles.importing.pdfprepare import PdfPreparer, sigterm_as_exit

    one, _ = pages
    before = signal.getsignal(signal.SIGTERM)
    with (
        pytest.raises(SystemExit) as stopped,
        sigterm_as_exit(),
        PdfPreparer(pdf_limits()) as preparer,
    ):
        preparer.prepare(one.pdf, 0)[1].layout()
        assert list(scratch.iterdir())  # its folder, the page being encoded into it
        os.kill(os.getpid(), signal.SIGTERM)  # as `timeout` or systemd would
    assert stopped.value.code == 128 + signal.SIGTERM
    assert list(scratch.iterdir()) == []  # the preparer's folder went on the way out
    assert signal.getsignal(signal.SIGTERM) is before


@pytest.mark.parametrize("with_text", [True, False], ids=["beside-its-text", "alone"])
def test_a_pages_own_pdf_with_more_pages_is_refused_not_cut_to_its_first(folder, pages, with_text):
    import io

    import pypdfium2

    merged = pypdfium2.PdfDocument.new()
    for built in pages:
        merged.import_pages(pypdfium2.PdfDocument(built.pdf))
    buffer = io.BytesIO()
    merged.save(buffer)
    if with_text:
        (folder / "1.txt").write_text(pages[0].text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(buffer.getvalue())
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_pages", str(folder.parent.parent), stdout=StringIO(), stderr=err)
    assert "1.pdf: 这个 PDF 有 2 页" in err.getvalue() and "--pdf-pages" in err.getvalue()
    assert not Page.objects.exists() and not PageImage.objects.exists()


@pytest.mark.parametrize("layout_now", [False, True], ids=["beside-its-text", "alone"])
def test_the_preparer_calls_pdfium_on_its_callers_thread_and_reads_the_same_characters(
    pages, monkeypatch, layout_now
):
    import threading

    from articles.importing.pdfprepare import PdfPreparer

    one, _ = pages
    pdfium_threads, built_on = [], []
    for name in ("check_page", "read_raw_chars", "render_image"):
        real = getattr(pdfpages, name)

        def recorded(*args, _real=real, **kwargs):
            pdfium_threads.append(threading.current_thread())
            return _real(*args, **kwargs)

        monkeypatch.setattr(pdfpages, name, recorded)

    def built(*args, _real=pdfpages.build_chars):
        built_on.append(threading.current_thread())
        return _real(*args)

    monkeypatch.setattr(pdfpages, "build_chars", built)
    with pdfpages.open_pdf(one.pdf) as document:
        expected = pdfpages.characters.read_page(document, 0, pdf_limits())
    with PdfPreparer(pdf_limits()) as preparer:
        layout, prepared = preparer.prepare(one.pdf, 0, layout_now=layout_now)
        packed = prepared.layout()
        prepared.load()
    assert packed.unpack() == expected
    assert layout == (expected if layout_now else None)
    assert pdfium_threads and all(t is threading.main_thread() for t in pdfium_threads)
    # The characters' Python part: here only when the caller needs the layout at once.
    assert len(built_on) == 1 and (built_on[0] is threading.main_thread()) == layout_now


def test_what_the_process_held_is_left_out_of_collections_until_the_last_pdf_block_ends():
    import gc

    from articles.importing.pdfprepare import PdfPreparer
    from articles.importing.pdfs import PdfAttacher

    assert gc.get_freeze_count() == 0
    held = object.__new__(type("Held", (), {}))  # made before: left out while PDFs are attached
    with PdfAttacher():
        frozen = gc.get_freeze_count()
        assert frozen > 0
        assert not any(o is held for g in range(3) for o in gc.get_objects(generation=g))
        with PdfPreparer(pdf_limits()):
            pass
        # The inner block's end keeps the outer's: what was held is still left out. (Not the
        # freeze count itself: a frozen object freed by reference counting meanwhile, such as a
        # database connection another thread closed, lowers it.)
        assert gc.get_freeze_count() > 0
        assert not any(o is held for g in range(3) for o in gc.get_objects(generation=g))
    assert gc.get_freeze_count() == 0
    assert any(o is held for o in gc.get_objects(generation=2))  # collected as usual again
    with pytest.raises(RuntimeError), PdfPreparer(pdf_limits()):
        raise RuntimeError("a failed run")
    assert gc.get_freeze_count() == 0


def test_a_dry_run_says_what_a_real_run_would_do_with_each_pdf(folder, pages):
    one, _ = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)
    out, _ = run(folder.parent.parent, "--dry-run")
    assert (
        "版面 PDF：检查通过，将新建（试运行不渲染页面图，也不计算热区；PDF 上只印了署名的图片导入时另计）"
        in out
    )
    run(folder.parent.parent)
    out, _ = run(folder.parent.parent, "--dry-run")
    # The page's PDF line (the run's summary says 将导入: nothing was written)
    pdf_line = next(line for line in out.splitlines() if line.startswith("  版面 PDF"))
    assert pdf_line == "  版面 PDF：未变"
    (folder / "1.pdf").write_bytes(one.pdf + b"\n% changed\n")
    out, _ = run(folder.parent.parent, "--dry-run")
    assert "版面 PDF：检查通过，将更新" in out
    assert PageImage.objects.get().pdf_checksum == hashlib.sha256(one.pdf).hexdigest()
