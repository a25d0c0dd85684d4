"""import_pages with page PDFs: beside a .txt, alone, re-imported, changed, bad; zones kept by
hand survive."""

from __future__ import annotations

import hashlib
import threading
from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

pytest.importorskip("pypdfium2")

from articles.importing.pdfs import page_rematch
from articles.models import Article, ArticlePart, Page, PageImage, Zone, ZoneSource
from articles.pdfpages import PdfPageError
from tests.pdfpages.conftest import run

pytestmark = pytest.mark.django_db


def test_a_pdf_beside_its_text_gives_the_image_and_a_zone_for_every_story(folder, pages):
    one, _ = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)
    out, _ = run(folder.parent.parent)
    page = Page.objects.get()
    assert page.raw_text == one.text  # the text from the .txt
    picture = PageImage.objects.get(page=page)
    assert picture.image.name.endswith(".webp") and picture.thumbnail.name.endswith("-thumb.webp")
    parts = ArticlePart.objects.filter(page=page)
    assert parts.count() == 3
    assert Zone.objects.filter(page=page, part__isnull=False).count() == 3
    assert Zone.objects.filter(page=page, photo__isnull=False).count() == 1
    assert picture.unmatched == []
    assert "版面 PDF：新建，4 个热区" in out


def test_a_pdf_alone_gives_the_same_stories_as_its_text(folder, tmp_path, pages):
    for built in pages:
        label = "1" if built is pages[0] else "2"
        (folder / f"{label}.pdf").write_bytes(built.pdf)
    run(folder.parent.parent)
    from_pdf = sorted(Article.objects.values_list("headline", flat=True))
    jumps = [a.parts.count() for a in Article.objects.all()]
    Article.objects.all().delete()
    Page.objects.all().delete()
    for path in folder.iterdir():
        path.unlink()
    for built in pages:
        label = "1" if built is pages[0] else "2"
        (folder / f"{label}.txt").write_text(built.text, encoding="utf-8")
    run(folder.parent.parent)
    assert from_pdf == sorted(Article.objects.values_list("headline", flat=True))
    assert sorted(jumps) == sorted(a.parts.count() for a in Article.objects.all())
    assert 2 in jumps  # the story that jumps from page 1 to page 2 is one story


def test_the_same_pdf_again_changes_nothing_and_a_changed_one_keeps_hand_zones(folder, pages):
    one, _ = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)
    run(folder.parent.parent)
    picture = PageImage.objects.get()
    zone = Zone.objects.filter(part__isnull=False).first()
    zone.rects, zone.source = [[0.1, 0.1, 0.2, 0.2]], ZoneSource.HAND
    zone.save()
    out, _ = run(folder.parent.parent)
    assert "未变" in out and PageImage.objects.get().image.name == picture.image.name
    (folder / "1.pdf").write_bytes(one.pdf + b"\n% changed\n")
    out, _ = run(folder.parent.parent)
    assert "版面 PDF：已更新" in out
    assert PageImage.objects.get().image.name != picture.image.name
    kept = Zone.objects.get(pk=zone.pk)
    assert kept.source == ZoneSource.HAND and kept.rects == [[0.1, 0.1, 0.2, 0.2]]
    assert Zone.objects.filter(part__isnull=False).count() == 3


def test_a_bad_pdf_fails_its_page_and_writes_nothing(folder, pages):
    (folder / "1.txt").write_text(pages[0].text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(b"%PDF-1.7\nthis is no PDF at all")
    with pytest.raises(CommandError):
        run(folder.parent.parent)
    assert not Page.objects.exists() and not PageImage.objects.exists()


def test_a_multi_page_pdf_is_split_by_its_labels(tmp_path, pages):
    pypdfium2 = pytest.importorskip("pypdfium2")
    merged = pypdfium2.PdfDocument.new()
    for built in pages:
        merged.import_pages(pypdfium2.PdfDocument(built.pdf))
    import io

    buffer = io.BytesIO()
    merged.save(buffer)
    (tmp_path / "edition.pdf").write_bytes(buffer.getvalue())
    run(
        tmp_path / "edition.pdf", "--paper", "城市日报", "--date", "2024-05-20",
        "--pdf-pages", "A1,A2",
    )  # fmt: skip
    assert sorted(Page.objects.values_list("label", flat=True)) == ["A1", "A2"]
    assert PageImage.objects.get(page__label="A2").pdf_page == 1


def test_rematching_after_a_text_fix_finds_the_story_again(folder, pages):
    one, _ = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)
    run(folder.parent.parent)
    part = ArticlePart.objects.filter(page__label="1").order_by("position").first()
    Zone.objects.filter(part=part).delete()
    report = page_rematch(part.page)
    assert report.zones == 4 and Zone.objects.filter(part=part).exists()


# The pipelined attacher: page N's image encoded in a worker thread while page N+1 is read --------


def _edition(folder, pages, tag: str) -> list[bytes]:
    """Pages 1 and 2 with their PDFs, each PDF's bytes made this test's own (the tests' storage
    lives as long as the process: files of another test's same PDF would already be there)."""
    pdfs = []
    for label, built in (("1", pages[0]), ("2", pages[1])):
        data = built.pdf + f"\n% {tag}\n".encode()
        (folder / f"{label}.txt").write_text(built.text, encoding="utf-8")
        (folder / f"{label}.pdf").write_bytes(data)
        pdfs.append(data)
    return pdfs


def _files_of(data: bytes) -> list[str]:
    from django.core.files.storage import default_storage

    checksum = hashlib.sha256(data).hexdigest()
    folder = f"pages/{checksum[:2]}"
    if not default_storage.exists(folder):
        return []
    return [name for name in default_storage.listdir(folder)[1] if name.startswith(checksum)]


def test_an_error_while_encoding_fails_its_page_with_its_message_and_writes_none_of_it(
    folder, pages, monkeypatch
):
    from articles import pdfpages

    first, second = _edition(folder, pages, "encoding fails")
    encode = pdfpages.encode_image
    calls = []

    def failing_once(image, limits):
        calls.append(threading.current_thread())
        if len(calls) == 1:
            raise OSError("图像编码失败（测试）")
        return encode(image, limits)

    monkeypatch.setattr(pdfpages, "encode_image", failing_once)
    with pytest.raises(CommandError):
        run(folder.parent.parent)
    assert calls[0] is not threading.main_thread()  # encoded in the worker thread
    page_one, page_two = Page.objects.get(label="1"), Page.objects.get(label="2")
    assert not PageImage.objects.filter(page=page_one).exists()
    assert not Zone.objects.filter(page=page_one).exists() and _files_of(first) == []
    assert PageImage.objects.filter(page=page_two).exists() and len(_files_of(second)) == 3


def test_the_error_reaches_the_user_naming_the_pdf(folder, pages, monkeypatch):
    from articles import pdfpages

    _edition(folder, pages, "error message")

    def failing(image, limits):
        raise OSError("图像编码失败（测试）")

    monkeypatch.setattr(pdfpages, "encode_image", failing)
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command("import_pages", str(folder.parent.parent), stdout=out, stderr=err)
    assert "1.pdf: 图像编码失败（测试）" in err.getvalue()
    assert "2.pdf: 图像编码失败（测试）" in err.getvalue()
    # The pages' text is in; the message says so, and how to add the PDF.
    assert err.getvalue().count("这一版的文字已经导入，只是没有附上版面 PDF") == 2
    assert Page.objects.count() == 2


def test_a_file_that_cannot_be_stored_fails_its_page_and_the_files_it_wrote_are_removed(
    folder, pages, monkeypatch
):
    from django.core.files.storage import default_storage

    first, second = _edition(folder, pages, "storage fails")
    save = default_storage.save

    def full_for_thumbnails(name, content, **kwargs):
        if name.endswith("-thumb.webp"):
            raise OSError("存储已满（测试）")
        return save(name, content, **kwargs)

    monkeypatch.setattr(default_storage, "save", full_for_thumbnails)
    with pytest.raises(CommandError):
        run(folder.parent.parent)
    assert not PageImage.objects.exists() and not Zone.objects.exists()
    assert _files_of(first) == [] and _files_of(second) == []  # the PDF and image removed again


def _imported(label: str, text: str) -> Page:
    from articles.importing import page_import

    report = page_import(
        paper_name="城市日报",
        paper_slug="city-daily",
        issue_date=date(2024, 5, 20),
        label=label,
        data=text,
    )
    return Page.objects.get(pk=report.page_id)


def test_pdfium_is_called_only_from_the_callers_thread_and_pages_complete_in_order(
    pages, monkeypatch
):
    from articles import pdfpages
    from articles.importing.pdfs import PdfAttacher, PdfPage, PdfReport

    one, two = pages
    threads = []
    for name in ("read_page", "read_raw_chars", "check_page", "render_image"):
        real = getattr(pdfpages, name)

        def recorded(*args, _real=real, **kwargs):
            threads.append(threading.current_thread())
            return _real(*args, **kwargs)

        monkeypatch.setattr(pdfpages, name, recorded)
    made = [_imported(label, b.text) for label, b in (("1", one), ("2", two), ("3", one))]
    pdfs = [one.pdf + b"\n% order 1\n", two.pdf, b"%PDF-1.7\nno PDF at all"]
    done = []
    with PdfAttacher() as attacher:
        assert attacher.add("1", made[0], PdfPage(pdfs[0])) == []  # waits for its image
        done += attacher.add("2", made[1], PdfPage(pdfs[1]))
        assert [key for key, _ in done] == ["1"]  # page 1 done when page 2 is started
        done += attacher.add("3", made[2], PdfPage(pdfs[2]))
        done += attacher.finish()
    assert [key for key, _ in done] == ["1", "2", "3"]
    assert isinstance(done[0][1], PdfReport) and isinstance(done[1][1], PdfReport)
    assert isinstance(done[2][1], PdfPageError) and "已损坏" in str(done[2][1])
    assert threads and all(t is threading.main_thread() for t in threads)


def test_a_page_left_waiting_is_not_written(pages):
    from articles.importing.pdfs import PdfAttacher, PdfPage

    one, _ = pages
    data = one.pdf + b"\n% left waiting\n"
    with PdfAttacher() as attacher:
        attacher.add("1", _imported("1", one.text), PdfPage(data))
    assert not PageImage.objects.exists() and _files_of(data) == []


def test_the_image_format_and_quality_settings_are_honoured(folder, pages, settings):
    from io import BytesIO

    from PIL import Image

    one, _ = pages
    settings.NEWSROOM_PDF_IMAGE_FORMAT = "jpeg"
    sizes = []
    for quality in (20, 95):
        settings.NEWSROOM_PDF_IMAGE_QUALITY = quality
        (folder / "1.txt").write_text(one.text, encoding="utf-8")
        (folder / "1.pdf").write_bytes(one.pdf + f"\n% quality {quality}\n".encode())
        run(folder.parent.parent)
        picture = PageImage.objects.get()
        assert picture.image.name.endswith(".jpg") and picture.thumbnail.name.endswith(".jpg")
        data = picture.image.read()
        assert Image.open(BytesIO(data)).format == "JPEG"
        sizes.append(len(data))
    assert sizes[0] < sizes[1] * 0.7


@pytest.mark.parametrize("with_text", [True, False], ids=["beside-its-text", "alone"])
def test_each_pdf_text_layer_is_read_once_per_import_and_still_gives_every_zone(
    folder, pages, monkeypatch, with_text
):
    from articles import pdfpages

    one, _ = pages
    reads = []
    # Its characters are read from PDFium by read_page, or in two steps by the preparer
    # (PDFium's part here, Python's on a worker): either counts as one read.
    for name in ("read_page", "read_raw_chars"):
        real = getattr(pdfpages, name)

        def counted(*args, _real=real, **kwargs):
            reads.append(1)
            return _real(*args, **kwargs)

        monkeypatch.setattr(pdfpages, name, counted)
    opened, textpages = _count_pdfium(monkeypatch)
    if with_text:
        (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)
    out, _ = run(folder.parent.parent)
    # Alone or beside its text: read and rendered by the check before the text import (for a
    # PDF alone, its text); the zones use what it read, the page image what it rendered.
    assert len(reads) == 1
    assert len(textpages) == 1  # PDFium's text page, the costly part of reading
    # Opened once, by the check: its pages counted (a page's own PDF has one), the page loaded
    # once, its characters read and rendered.
    assert len(opened) == 1
    page = Page.objects.get()
    assert Zone.objects.filter(page=page).count() == 4
    assert PageImage.objects.get(page=page).unmatched == []
    assert "版面 PDF：新建，4 个热区" in out


def test_a_checked_page_waits_without_its_bytes_and_a_file_changed_meanwhile_is_refused(
    folder, pages
):
    from types import SimpleNamespace

    from articles.importing.pdfpairs import PdfRef
    from articles.importing.pdfs import PdfAttacher
    from articles.importing.pdfsources import source_data

    one, _ = pages
    path = folder / "1.pdf"
    data = one.pdf + b"\n% checked, then changed\n"  # this test's own bytes (see _edition)
    path.write_bytes(data)
    text, pdf = source_data(SimpleNamespace(path=path), PdfRef(path), None)
    assert pdf.data == b"" and pdf.layout is not None  # what waits for the text import
    page = _imported("1", text)
    path.write_bytes(data + b"\n% written again\n")
    with PdfAttacher() as attacher:
        ((_, outcome),) = attacher.add("1", page, pdf) + attacher.finish()
    assert isinstance(outcome, PdfPageError) and "被改动" in str(outcome)
    assert not PageImage.objects.exists() and _files_of(data) == []


def _count_pdfium(monkeypatch) -> tuple[list, list]:
    """Lists that grow by one each time PDFium opens a document or loads a page's text."""
    import pypdfium2

    opened, textpages = [], []
    real_open, real_textpage = pypdfium2.PdfDocument.__init__, pypdfium2.PdfPage.get_textpage

    def open_counted(self, *args, **kwargs):
        opened.append(1)
        real_open(self, *args, **kwargs)

    def textpage_counted(self, *args, **kwargs):
        textpages.append(1)
        return real_textpage(self, *args, **kwargs)

    monkeypatch.setattr(pypdfium2.PdfDocument, "__init__", open_counted)
    monkeypatch.setattr(pypdfium2.PdfPage, "get_textpage", textpage_counted)
    return opened, textpages


def _closed(image) -> bool:
    try:
        image.im  # noqa: B018 (raises once the image is closed)
    except ValueError:
        return True
    return False


def test_the_next_page_renders_while_this_one_is_encoded(pages, monkeypatch):
    from articles import pdfpages
    from articles.importing.pdfs import PdfAttacher, PdfPage

    one, two = pages
    second_rendering = threading.Event()
    seen = []
    real_render, real_encode = pdfpages.render_image, pdfpages.encode_image

    def render(*args, **kwargs):
        seen.append("render")
        if seen.count("render") == 2:
            second_rendering.set()
        return real_render(*args, **kwargs)

    def encode(*args, **kwargs):
        if not seen.count("encode"):  # page 1's encoding lasts until page 2 is being rendered
            seen.append(("page 2 rendered meanwhile", second_rendering.wait(timeout=5)))
        seen.append("encode")
        return real_encode(*args, **kwargs)

    monkeypatch.setattr(pdfpages, "render_image", render)
    monkeypatch.setattr(pdfpages, "encode_image", encode)
    made = [_imported(str(n + 1), b.text) for n, b in enumerate((one, two))]
    with PdfAttacher() as attacher:
        done = attacher.add(1, made[0], PdfPage(one.pdf + b"\n% meanwhile 1\n"))
        done += attacher.add(2, made[1], PdfPage(two.pdf + b"\n% meanwhile 2\n"))
        done += attacher.finish()
    assert ("page 2 rendered meanwhile", True) in seen
    assert [key for key, _ in done] == [1, 2] and PageImage.objects.count() == 2


def test_two_pages_are_rendered_at_a_time_at_most_and_each_stored_image_is_its_own_page(
    pages, monkeypatch
):
    from io import BytesIO

    from PIL import Image, ImageChops, ImageStat

    from articles import pdfpages
    from articles.importing.pdfs import PdfAttacher, PdfPage

    one, two = pages
    rendered = []
    real = pdfpages.render_image

    def render(*args, **kwargs):
        # Only the page before may still be being encoded: any earlier one is encoded and its
        # picture freed (its buffer is the one rendered into now).
        assert all(_closed(image) for image in rendered[:-1])
        image = real(*args, **kwargs)
        rendered.append(image)
        return image

    monkeypatch.setattr(pdfpages, "render_image", render)
    built = [one, two, one]
    made = [_imported(str(n + 1), b.text) for n, b in enumerate(built)]
    data = [b.pdf + f"\n% own page {n}\n".encode() for n, b in enumerate(built)]
    done = []
    with PdfAttacher() as attacher:
        for n, page in enumerate(made):
            done += attacher.add(n, page, PdfPage(data[n]))
        done += attacher.finish()
    assert [key for key, _ in done] == [0, 1, 2] and len(rendered) == 3
    assert all(_closed(image) for image in rendered)  # nothing kept once encoded
    for n, page in enumerate(made):
        picture = PageImage.objects.get(page=page)
        stored = Image.open(BytesIO(picture.image.read())).convert("RGB")
        with pdfpages.open_pdf(data[n]) as document:
            fresh = real(document, 0).convert("RGB")
        assert stored.size == fresh.size
        # Lossy, but the page itself (a freed or reused buffer would be another picture).
        assert max(ImageStat.Stat(ImageChops.difference(stored, fresh)).mean) < 3
        other = built[(n + 1) % 2].pdf
        with pdfpages.open_pdf(other) as document:
            elsewhere = real(document, 0).convert("RGB").resize(stored.size)
        assert max(ImageStat.Stat(ImageChops.difference(stored, elsewhere)).mean) > 3


def test_a_changed_pdf_removes_the_old_files_no_page_uses(
    folder, pages, django_capture_on_commit_callbacks
):
    from django.core.files.storage import default_storage

    one, _ = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)
    run(folder.parent.parent)
    old = PageImage.objects.get()
    old_names = [old.pdf.name, old.image.name, old.thumbnail.name]
    assert all(default_storage.exists(name) for name in old_names)
    (folder / "1.pdf").write_bytes(one.pdf + b"\n% changed\n")
    with django_capture_on_commit_callbacks(execute=True):
        out, _ = run(folder.parent.parent)
    assert "版面 PDF：已更新" in out
    new = PageImage.objects.get()
    assert all(
        default_storage.exists(n) for n in (new.pdf.name, new.image.name, new.thumbnail.name)
    )
    assert not any(default_storage.exists(name) for name in old_names)


def test_a_file_another_page_still_uses_is_kept(folder, pages, django_capture_on_commit_callbacks):
    from django.core.files.storage import default_storage

    from articles.importing.pdfs import page_files_remove_unused

    one, _ = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)
    run(folder.parent.parent)
    used = PageImage.objects.get()
    page_files_remove_unused({used.pdf.name, used.image.name})
    assert default_storage.exists(used.pdf.name) and default_storage.exists(used.image.name)
