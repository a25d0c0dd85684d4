"""import_pages with page PDFs: beside a .txt, alone, re-imported, changed, bad; zones kept by
hand survive."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

pytest.importorskip("pypdfium2")

from articles.importing.pdfs import page_rematch
from articles.models import Article, ArticlePart, Page, PageImage, Zone, ZoneSource
from tests.pdfpages.builder import front_page, second_page

pytestmark = pytest.mark.django_db


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("import_pages", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def pages():
    return front_page(), second_page()


@pytest.fixture
def folder(tmp_path):
    day = tmp_path / "city-daily" / "2024-05-20"
    day.mkdir(parents=True)
    (tmp_path / "city-daily" / "paper.json").write_text(
        json.dumps({"name": "城市日报", "slug": "city-daily"}), encoding="utf-8"
    )
    return day


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
    assert "unchanged" in out and PageImage.objects.get().image.name == picture.image.name
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
