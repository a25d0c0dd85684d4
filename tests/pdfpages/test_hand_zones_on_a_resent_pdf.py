"""Hand zones drawn on a page's old picture, when its PDF is re-sent with the stories moved: kept,
flagged for checking (the import's report, the dry run's, the page's form), and claiming
nothing, so a story the new picture prints under one keeps its automatic zone. A layout
editor's find: the photo's old hand rectangle swallowed a story's zone on a re-sent A1, which
the report then said was not found."""

from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from articles.models import ArticlePart, Page, Photo, Zone, ZoneSource
from articles.zonechecks import old_picture_zones
from tests.pdfpages.builder import BODY, PITCH, Story, need_fonts
from tests.pdfpages.builder import Page as Drawing
from tests.pdfpages.conftest import run

pytestmark = pytest.mark.django_db

TOP = Story(
    "城东公交新开夜班线路",
    ["本报讯（记者陆文清）" + "城东公交新开三条夜班线路，方便市民晚间出行。" * 12],
)
MOVED = Story(
    "市民服务中心推出夜间窗口",
    ["本报讯（记者高远）" + "市民服务中心每周三晚开放夜间窗口，办理社保和公积金业务。" * 5],
)
UNPRINTED = Story(
    "老街改造方案公示", ["本报讯（记者钱明）老街改造方案即日起公示十五天，欢迎市民提出意见。"]
)
CAPTION = "夜班公交首班车驶出城东枢纽。"
CREDIT = "记者 孙立摄"
TEXT = "\n\n".join([TOP.text(), f"{CAPTION}\n{CREDIT}", MOVED.text(), UNPRINTED.text()]) + "\n"
# The photo's zone as the editor typed it on the first picture: the picture, its caption and
# the blank below it, in the left column.
PHOTO_HAND = [[0.03, 0.35, 0.36, 0.66]]
# The zone drawn for the story the first PDF did not print: the blank middle column.
UNPRINTED_HAND = [[0.37, 0.4, 0.63, 0.6]]


def _pdf(photo_x: float, story_x: float) -> bytes:
    """The page: the top story across the page, the photo (with its caption) in one column and
    the story moved between the two PDFs in another, from 330 pt down."""
    need_fonts()
    page = Drawing()
    top = Story(TOP.headline, TOP.paragraphs)
    page.headline(top, 30, 40)
    page.flow(top, [(30, 80, 300), (215, 80, 300), (400, 80, 300)])
    page.photo(photo_x, 330, 170, 80)
    page.caption(Story("", [CAPTION]), photo_x, 416)
    page.pdf.set_font("body", size=BODY)
    page.pdf.text(photo_x, 416 + PITCH + BODY * 0.88, CREDIT)
    moved = Story(MOVED.headline, MOVED.paragraphs)
    page.headline(moved, story_x, 330, size=14)
    page.flow(moved, [(story_x, 360, 580)])
    return page.bytes()


@pytest.fixture
def resent(folder):
    """A1 imported from its text and first PDF, the two hand zones drawn on its picture, and
    the re-sent PDF (the photo and the story swapped columns) put beside the text."""
    (folder / "A1.txt").write_text(TEXT, encoding="utf-8")
    (folder / "A1.pdf").write_bytes(_pdf(photo_x=30, story_x=400))
    run(folder.parent.parent)
    page = Page.objects.get()
    photo = Photo.objects.get(page=page)
    unprinted = ArticlePart.objects.get(page=page, article__headline=UNPRINTED.headline)
    Zone.objects.filter(photo=photo).delete()
    for obj, rects in ((photo, PHOTO_HAND), (unprinted, UNPRINTED_HAND)):
        field = "photo" if obj is photo else "part"
        Zone(page=page, rects=rects, source=ZoneSource.HAND, **{field: obj}).save()
    (folder / "A1.pdf").write_bytes(_pdf(photo_x=400, story_x=30))
    return folder


def test_a_story_printed_under_an_old_hand_zone_keeps_its_zone_and_the_hand_zones_are_flagged(
    resent,
):
    out, _ = run(resent.parent.parent)
    assert "版面 PDF：已更新" in out
    assert f"未在版面上找到“{MOVED.headline}”" not in out
    moved = Zone.objects.get(part__article__headline=MOVED.headline)
    assert moved.source == ZoneSource.AUTO
    assert moved.rects[0][0] < 0.36  # in the left column, where the photo's hand zone lies
    assert "2 个人工热区画在旧版面图上，请核对" in out
    kept = Zone.objects.filter(source=ZoneSource.HAND)
    assert sorted(z.rects for z in kept) == sorted([PHOTO_HAND, UNPRINTED_HAND])
    assert len(old_picture_zones(Page.objects.get())) == 2


def test_the_dry_run_of_the_resent_pdf_says_the_hand_zones_will_be_on_the_old_picture(resent):
    out, _ = run(resent.parent.parent, "--dry-run")
    assert "换上新的版面图后，本版 2 个人工热区画在旧版面图上，请核对" in out


def test_the_same_pdf_again_flags_no_hand_zone(folder):
    (folder / "A1.txt").write_text(TEXT, encoding="utf-8")
    (folder / "A1.pdf").write_bytes(_pdf(photo_x=30, story_x=400))
    run(folder.parent.parent)
    page = Page.objects.get()
    part = ArticlePart.objects.get(page=page, article__headline=UNPRINTED.headline)
    Zone(page=page, part=part, rects=UNPRINTED_HAND, source=ZoneSource.HAND).save()
    out, _ = run(folder.parent.parent)
    assert "旧版面图" not in out and old_picture_zones(page) == []


def test_hand_zones_kept_before_are_taken_as_drawn_on_their_pages_picture_now(pdf_edition):
    """Migration 0041, as ``migrate`` calls it: a hand zone from before it is not flagged."""
    import importlib

    from django.apps import apps

    from articles.models import PageImage

    migration = importlib.import_module("articles.migrations.0042_zone_drawn_on_picture")
    zone = Zone.objects.filter(part__isnull=False).first()
    Zone.objects.filter(pk=zone.pk).update(source=ZoneSource.HAND, drawn_on="")
    migration.drawn_on_the_picture_now(apps, None)
    zone.refresh_from_db()
    assert zone.drawn_on == PageImage.objects.get(page=zone.page).picture_key
    assert Zone.objects.filter(source=ZoneSource.AUTO).exclude(drawn_on="").count() == 0
    assert old_picture_zones(zone.page) == []
