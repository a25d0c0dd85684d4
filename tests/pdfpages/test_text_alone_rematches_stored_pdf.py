"""A page's text imported again without its PDF, once the page has a PDF stored: when the text
changed, its automatic zones are matched again from the stored PDF (a story the new text brings
gets its zone; a part not on the PDF is named; hand zones stay), by ``import_pages`` and by the
desk's upload; when it did not change, nothing about its PDF is done or said. Built pages:
tests/pdfpages/builder.py."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.files.storage import default_storage

from articles.importing.upload import upload_run
from articles.importing.uploaditems import UploadItem
from articles.models import Article, PageImage, Zone, ZoneSource
from tests.pdfpages.conftest import DAY, PAPER, built_pages, folder, pages, run  # noqa: F401

pytestmark = pytest.mark.django_db


def _first_import_without(folder, one, missing):  # noqa: F811
    """Page 1 imported with its PDF and a text that lacks story ``missing``."""
    (folder / "1.txt").write_text(one.text.replace(missing.text(), ""), encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)
    run(folder)
    assert not Article.objects.filter(headline=missing.headline).exists()
    (folder / "1.pdf").unlink()


def _zoned(headline: str) -> bool:
    return Zone.objects.filter(part__article__headline=headline).exists()


def test_a_story_the_corrected_text_brings_gets_its_zone_from_the_stored_pdf(folder, pages):  # noqa: F811
    one, _ = pages
    late = one.stories[1]
    _first_import_without(folder, one, late)
    hand = Zone.objects.filter(part__article__headline=one.stories[0].headline).first()
    hand.rects, hand.source = [[0.1, 0.1, 0.2, 0.2]], ZoneSource.HAND
    hand.save()

    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    out, _ = run(folder)

    assert "版面 PDF：重新匹配" in out, out
    assert all(_zoned(story.headline) for story in one.stories)
    kept = Zone.objects.get(pk=hand.pk)
    assert kept.source == ZoneSource.HAND and kept.rects == [[0.1, 0.1, 0.2, 0.2]]
    assert PageImage.objects.get().unmatched == []


def test_a_part_of_the_new_text_not_on_the_stored_pdf_is_named(folder, pages):  # noqa: F811
    one, _ = pages
    _first_import_without(folder, one, one.stories[1])
    extra = "市图书馆延长夜间开放\n\n本报讯（记者方知远）市图书馆自下月起每晚开放到十点，读者可在自助区借还图书。\n\n"
    (folder / "1.txt").write_text(extra + one.text, encoding="utf-8")
    out, _ = run(folder)
    assert "版面 PDF：未在版面上找到“市图书馆延长夜间开放”，没有热区" in out, out
    assert PageImage.objects.get().unmatched == ["市图书馆延长夜间开放"]


def test_the_same_text_again_without_its_pdf_leaves_the_zones_and_says_nothing(folder, pages):  # noqa: F811
    one, _ = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)
    run(folder)
    (folder / "1.pdf").unlink()
    zones = sorted(Zone.objects.values_list("pk", flat=True))
    out, _ = run(folder)
    assert "版面 PDF" not in out
    assert sorted(Zone.objects.values_list("pk", flat=True)) == zones


def test_a_stored_pdf_that_cannot_be_read_leaves_the_zones_with_a_warning(folder, pages):  # noqa: F811
    one, _ = pages
    late = one.stories[1]
    _first_import_without(folder, one, late)
    default_storage.delete(PageImage.objects.get().pdf.name)
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    out, _ = run(folder)
    assert "热区没有按新文字重新匹配" in out, out
    assert Article.objects.filter(headline=late.headline).exists()  # the text is imported


def test_the_desks_upload_of_a_corrected_text_matches_zones_from_the_stored_pdf(folder, pages):  # noqa: F811
    one, _ = pages
    late = one.stories[1]
    _first_import_without(folder, one, late)
    item = UploadItem(
        name="1.txt",
        data=one.text.encode("utf-8"),
        paper_name="城市日报",
        paper_slug=PAPER,
        issue_date=date.fromisoformat(DAY),
        label="1",
    )
    (outcome,) = upload_run([item], dry_run=False)
    assert outcome.report.pdf_action == "rematched"
    assert _zoned(late.headline)
