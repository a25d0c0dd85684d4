"""A page's PDF given alone (no text file) for a page whose text came from a text file: the page
keeps its text, its stories and the desk's edits; the PDF gives only the page image and zones,
matched to the stories already there, and the page's lines say so (``文字保留自 <file>``). A page
whose text came from a PDF before may have it replaced by a new PDF's text, as before. Built
pages: tests/pdfpages/builder.py."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, Page, PageImage, Publication, Zone
from tests.pdfpages.conftest import DAY, PAPER, built_pages, folder, pages, run  # noqa: F401

pytestmark = pytest.mark.django_db


def _text_imported(folder, one):  # noqa: F811
    """Page 1 imported from its text file alone; the file then removed (its PDF comes alone)."""
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    run(folder)
    (folder / "1.txt").unlink()
    return Page.objects.get()


def _stored(page: Page) -> tuple:
    page.refresh_from_db()
    return page.raw_text, page.checksum, page.source_name, page.raw_encoding, page.line_sizes


def test_a_pdf_alone_keeps_the_text_file_text_stories_and_edits_and_adds_image_and_zones(
    folder,  # noqa: F811
    pages,  # noqa: F811
):
    one, _ = pages
    page = _text_imported(folder, one)
    before = _stored(page)
    stories = sorted(Article.objects.values_list("pk", "headline"))
    edited = Article.objects.get(headline=one.stories[0].headline)
    edited.headline = "编辑改过的标题"
    edited.mark_edited()
    edited.save()

    (folder / "1.pdf").write_bytes(one.pdf)
    out, err = run(folder / "1.pdf", "--paper", PAPER, "--date", DAY)

    assert _stored(page) == before  # the text file's text, checksum, name and encoding
    assert sorted(Article.objects.values_list("pk", flat=True)) == [pk for pk, _ in stories]
    edited.refresh_from_db()
    assert edited.headline == "编辑改过的标题" and edited.is_edited
    assert PageImage.objects.filter(page=page).exists()
    zoned = set(Zone.objects.values_list("part__article__headline", flat=True))
    assert {story.headline for story in one.stories[1:]} <= zoned
    assert "编辑改过的标题" in zoned  # matched to the story there, by its printed text
    kept = next(line for line in out.splitlines() if "文字保留自" in line)
    assert page.source_name in kept and "1.pdf" in kept
    zones = Zone.objects.count()  # (one page: its stories and its photo)
    assert f"页面图和 {zones} 个热区取自" in kept, kept
    assert "1版：文字未变，新加版面图和热区" in out, out
    assert err == ""


def test_the_same_pdf_alone_again_says_the_text_is_kept_and_changes_nothing(folder, pages):  # noqa: F811
    one, _ = pages
    page = _text_imported(folder, one)
    before = _stored(page)
    (folder / "1.pdf").write_bytes(one.pdf)
    run(folder)
    zones = sorted(Zone.objects.values_list("pk", flat=True))
    out, _ = run(folder)
    assert _stored(page) == before
    assert sorted(Zone.objects.values_list("pk", flat=True)) == zones
    assert "1版：未变" in out and "文字保留自" in out, out


def test_a_dry_run_says_the_text_would_be_kept_and_writes_nothing(folder, pages):  # noqa: F811
    one, _ = pages
    page = _text_imported(folder, one)
    before = _stored(page)
    (folder / "1.pdf").write_bytes(one.pdf)
    out, _ = run(folder, "--dry-run")
    assert _stored(page) == before
    assert not PageImage.objects.exists() and not Zone.objects.exists()
    kept = next(line for line in out.splitlines() if "文字将保留自" in line)
    assert page.source_name in kept and "将新建" in kept, out


def test_the_json_report_names_the_file_the_text_was_kept_from(folder, pages):  # noqa: F811
    one, _ = pages
    page = _text_imported(folder, one)
    (folder / "1.pdf").write_bytes(one.pdf)
    out, _ = run(folder, "--json")
    (report,) = json.loads(out)["pages"]
    assert report["text_kept_from"] == page.source_name
    assert report["action"] == "unchanged" and report["outcome"] == "pdf-created"


def test_overwrite_edited_does_not_make_a_pdf_alone_replace_the_text(folder, pages):  # noqa: F811
    one, _ = pages
    page = _text_imported(folder, one)
    before = _stored(page)
    (folder / "1.pdf").write_bytes(one.pdf)
    out, _ = run(folder, "--overwrite-edited")
    assert _stored(page) == before and "文字保留自" in out


def test_a_page_whose_text_came_from_a_pdf_takes_a_new_pdfs_text(folder, pages):  # noqa: F811
    one, _ = pages
    (folder / "1.pdf").write_bytes(one.pdf)
    run(folder)
    page = Page.objects.get()
    assert page.source_name.endswith("1.pdf")
    # The same page with a story cut: its PDF exported again, alone.
    page.raw_text = page.raw_text + "\n"  # (stored text differs from the PDF's: imported anew)
    page.checksum = "0" * 64
    page.save()
    out, _ = run(folder)
    page.refresh_from_db()
    assert page.checksum != "0" * 64  # the PDF's text layer read again, as before
    assert "文字保留自" not in out, out


def test_the_text_file_with_its_pdf_after_a_pdf_alone_still_replaces_the_text(folder, pages):  # noqa: F811
    one, _ = pages
    (folder / "1.pdf").write_bytes(one.pdf)
    run(folder)
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    out, _ = run(folder)
    page = Page.objects.get()
    assert page.source_name.endswith("1.txt") and page.raw_text.strip() == one.text.strip()
    assert "文字保留自" not in out


def test_in_one_run_a_pdf_alone_keeps_one_pages_text_and_gives_a_new_page_its_text(
    folder,  # noqa: F811
    pages,  # noqa: F811
):
    one, two = pages
    page = _text_imported(folder, one)
    before = _stored(page)
    (folder / "1.pdf").write_bytes(one.pdf)
    (folder / "2.pdf").write_bytes(two.pdf)
    out, _ = run(folder, "--batch-size", "2")
    assert _stored(page) == before
    second = Page.objects.get(label="2")
    assert second.source_name.endswith("2.pdf") and second.raw_text.strip()
    assert out.count("文字保留自") == 1, out
    assert {story.headline for story in two.stories} <= set(
        Article.objects.values_list("headline", flat=True)
    )


def test_the_rule_holds_on_the_locked_row_when_the_look_up_before_parsing_missed_it(
    folder,  # noqa: F811
    pages,  # noqa: F811
    monkeypatch,
):
    from articles.importing import unchanged

    one, _ = pages
    page = _text_imported(folder, one)
    before = _stored(page)
    monkeypatch.setattr(unchanged, "kept_text_pages", lambda batch, pending=(): {})
    (folder / "1.pdf").write_bytes(one.pdf)
    out, _ = run(folder, "--workers", "0")
    assert _stored(page) == before and "文字保留自" in out, out
    assert PageImage.objects.filter(page=page).exists()


def test_a_pdf_that_cannot_be_attached_says_the_text_was_left_as_it_was(
    folder,  # noqa: F811
    pages,  # noqa: F811
    monkeypatch,
):
    from articles import pdfpages

    one, _ = pages
    page = _text_imported(folder, one)
    before = _stored(page)

    def failing(image, limits):
        raise OSError("图像编码失败（测试）")

    monkeypatch.setattr(pdfpages, "encode_image", failing)
    (folder / "1.pdf").write_bytes(one.pdf)
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_pages", str(folder), stdout=StringIO(), stderr=err)
    assert _stored(page) == before and not PageImage.objects.exists()
    assert not Zone.objects.exists()
    assert f"1.pdf: 图像编码失败（测试）（这一版的文字仍是 {page.source_name} 的，没有改动" in (
        err.getvalue()
    ), err.getvalue()


def test_a_page_of_an_edition_pdf_split_by_pdf_pages_keeps_a_text_files_text(
    folder,  # noqa: F811
    pages,  # noqa: F811
    tmp_path,
):
    import io

    pypdfium2 = pytest.importorskip("pypdfium2")
    one, _ = pages
    page = _text_imported(folder, one)
    before = _stored(page)
    merged = pypdfium2.PdfDocument.new()
    for built in pages:
        merged.import_pages(pypdfium2.PdfDocument(built.pdf))
    buffer = io.BytesIO()
    merged.save(buffer)
    (tmp_path / "edition.pdf").write_bytes(buffer.getvalue())
    out, _ = run(tmp_path / "edition.pdf", "--paper", PAPER, "--date", DAY, "--pdf-pages", "1,2")
    assert _stored(page) == before
    assert PageImage.objects.get(page=page).pdf_page == 0
    assert Page.objects.get(label="2").source_name.endswith("edition.pdf")
    assert "1版的文字保留自" in out and "取自 edition.pdf" in out, out


def test_a_pdf_alone_after_the_paper_was_renamed_to_its_masthead_no_longer_warns(folder, pages):  # noqa: F811
    """The kept text's stored warnings are said again; the masthead's is about the paper's name
    now: once the paper is renamed to what the page prints, it is not said."""
    one, _ = pages
    (folder / "1.txt").write_text(f"城南晚报\n2024年5月20日\n\n{one.text}", encoding="utf-8")
    out, _ = run(folder)
    assert "版面上印的报名是“城南晚报”，却导入为“城市日报”" in out, out
    (folder / "1.txt").unlink()
    Publication.objects.update(name="城南晚报")  # (renamed at 报纸)
    (folder / "1.pdf").write_bytes(one.pdf)
    out, _ = run(folder / "1.pdf", "--paper", PAPER, "--date", DAY)
    assert "文字保留自" in out and "版面上印的报名" not in out, out
