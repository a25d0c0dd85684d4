"""``reparse_pages`` after a parser upgrade, on a page with a PDF stored: when the new parse
changes the page's stories, its automatic zones are matched again from the stored PDF (a story
the new parse creates gets its zone; a part not on the PDF is named; hand zones stay; a stored
PDF that cannot be read leaves the zones, with a warning); a dry run says the zones would be
matched again; a page the parser reads as stored is left alone. A dry run of ``import_pages``
with a changed text and no PDF says so too, and so does the desk's preview of its upload.

The new parser is played by the stored text itself (``Page.raw_text`` changed), as in
tests/importing/test_reparse_outcomes.py. Built pages: tests/pdfpages/builder.py."""

from __future__ import annotations

from datetime import date
from io import StringIO

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command

from articles.importing.upload import report_text, upload_run
from articles.importing.uploaditems import UploadItem
from articles.models import Article, Page, PageImage, Zone, ZoneSource
from tests.pdfpages.conftest import DAY, PAPER, built_pages, folder, pages, run  # noqa: F401

pytestmark = pytest.mark.django_db

REZONE_DRY = "版面 PDF：将按已存的 PDF 重新匹配热区"


def _imported_without(folder, one, missing):  # noqa: F811
    """Page 1 imported with its PDF and a text that lacks story ``missing``; the PDF file is
    then gone from the folder (only the stored one is left)."""
    (folder / "1.txt").write_text(one.text.replace(missing.text(), ""), encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)
    run(folder)
    assert not Article.objects.filter(headline=missing.headline).exists()
    (folder / "1.pdf").unlink()


def _new_parse(text: str) -> None:
    """What a new parser reading page 1 otherwise does: its stored text gives other stories."""
    assert Page.objects.filter(label="1").update(raw_text=text) == 1


def _reparse(*args: str) -> str:
    out = StringIO()
    call_command("reparse_pages", "--paper", PAPER, *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def _zoned(headline: str) -> bool:
    return Zone.objects.filter(part__article__headline=headline).exists()


def test_reparse_with_a_changed_parse_gives_zones_to_new_stories(folder, pages):  # noqa: F811
    one, _ = pages
    late = one.stories[1]
    _imported_without(folder, one, late)
    hand = Zone.objects.filter(part__article__headline=one.stories[0].headline).first()
    hand.rects, hand.source = [[0.1, 0.1, 0.2, 0.2]], ZoneSource.HAND
    hand.save()
    _new_parse(one.text)

    out = _reparse()

    assert "版面 PDF：重新匹配" in out, out
    assert Article.objects.filter(headline=late.headline).exists()
    assert all(_zoned(story.headline) for story in one.stories)
    kept = Zone.objects.get(pk=hand.pk)
    assert kept.source == ZoneSource.HAND and kept.rects == [[0.1, 0.1, 0.2, 0.2]]
    assert PageImage.objects.get().unmatched == []


def test_reparse_names_a_new_story_not_found_on_the_stored_pdf(folder, pages):  # noqa: F811
    one, _ = pages
    _imported_without(folder, one, one.stories[1])
    extra = "市图书馆延长夜间开放\n\n本报讯（记者方知远）市图书馆自下月起每晚开放到十点，读者可在自助区借还图书。\n\n"
    _new_parse(extra + one.text)
    out = _reparse()
    assert "版面 PDF：未在版面上找到“市图书馆延长夜间开放”，没有热区" in out, out
    assert PageImage.objects.get().unmatched == ["市图书馆延长夜间开放"]
    assert _zoned(one.stories[1].headline)


def test_reparse_leaves_unchanged_pages_untouched(folder, pages):  # noqa: F811
    one, _ = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)
    run(folder)
    zones = sorted(Zone.objects.values_list("pk", "rects"))
    unmatched = PageImage.objects.get().unmatched
    for args in ((), ("--dry-run",)):
        out = _reparse(*args)
        assert "未变" in out and "版面 PDF" not in out, out
    assert sorted(Zone.objects.values_list("pk", "rects")) == zones
    assert PageImage.objects.get().unmatched == unmatched


def test_reparse_with_an_unreadable_stored_pdf_warns_and_keeps_the_zones(folder, pages):  # noqa: F811
    one, _ = pages
    late = one.stories[1]
    _imported_without(folder, one, late)
    # The stories' zones (the photo's row is made again by this parse, its zone with it).
    zones = sorted(Zone.objects.filter(part__isnull=False).values_list("pk", "rects"))
    default_storage.delete(PageImage.objects.get().pdf.name)
    _new_parse(one.text)
    out = _reparse()
    assert "热区没有按新文字重新匹配" in out, out
    assert Article.objects.filter(headline=late.headline).exists()  # the parse is written
    assert not _zoned(late.headline)
    assert sorted(Zone.objects.filter(part__isnull=False).values_list("pk", "rects")) == zones


def test_reparse_dry_run_says_zones_would_be_matched_again(folder, pages):  # noqa: F811
    one, _ = pages
    late = one.stories[1]
    _imported_without(folder, one, late)
    zones = sorted(Zone.objects.values_list("pk", flat=True))
    _new_parse(one.text)
    out = _reparse("--dry-run")
    assert REZONE_DRY in out, out
    assert not Article.objects.filter(headline=late.headline).exists()
    assert sorted(Zone.objects.values_list("pk", flat=True)) == zones


def test_import_dry_run_of_a_changed_text_alone_says_zones_would_be_matched_again(folder, pages):  # noqa: F811
    one, _ = pages
    late = one.stories[1]
    _imported_without(folder, one, late)
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    out, _ = run(folder, "--dry-run")
    assert REZONE_DRY in out, out
    assert not _zoned(late.headline)
    (folder / "1.txt").write_text(one.text.replace(late.text(), ""), encoding="utf-8")
    out, _ = run(folder, "--dry-run")  # the same text: nothing to say of its PDF
    assert "版面 PDF" not in out, out


def test_the_desks_preview_of_a_changed_text_alone_says_zones_would_be_matched_again(folder, pages):  # noqa: F811
    one, _ = pages
    late = one.stories[1]
    _imported_without(folder, one, late)
    item = UploadItem(
        name="1.txt",
        data=one.text.encode("utf-8"),
        paper_name="城市日报",
        paper_slug=PAPER,
        issue_date=date.fromisoformat(DAY),
        label="1",
    )
    (outcome,) = upload_run([item], dry_run=True)
    assert outcome.report.pdf_line.startswith(REZONE_DRY), outcome.report.pdf_line
    assert REZONE_DRY in report_text(outcome.report)
    assert not Article.objects.filter(headline=late.headline).exists()
