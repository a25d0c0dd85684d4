"""A hand zone (热区) drawn at the desk on the page's picture now, a little too generously over
another story: that story keeps its clickable area, drawn on top of the hand zone on the
e-paper page and in its JSON, and the desk warns 热区与“…”重叠 so the editor can redraw; the hand
zone still takes its own story's automatic rectangles (articles/zonechecks.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.urls import reverse

pytest.importorskip("pypdfium2")

from articles.importing.pdfs import page_rematch
from articles.models import ArticlePart, Page, PageImage, Zone, ZoneSource
from tests.pdfpages import conftest as pdf_fixtures

built_pages = pdf_fixtures.built_pages
pdf_edition = pdf_fixtures.pdf_edition

pytestmark = pytest.mark.django_db


def _box(*rect_lists) -> list[float]:
    rects = [r for rects in rect_lists for r in rects]
    return [
        min(r[0] for r in rects),
        min(r[1] for r in rects),
        max(r[2] for r in rects),
        max(r[3] for r in rects),
    ]


@pytest.fixture
def generous(pdf_edition):
    """Page 1's first story given a hand zone drawn over the next story's whole zone too, on
    the page's picture now; the page's zones matched again."""
    page = Page.objects.get(label="1")
    zones = {
        z.part_id: z
        for z in Zone.objects.filter(page=page, part__isnull=False).order_by("part__position")
    }
    first, second = [zones[pk] for pk in list(zones)[:2]]
    hand_rects = [_box(first.rects, second.rects)]
    first.rects, first.source = hand_rects, ZoneSource.HAND
    first.drawn_on = PageImage.objects.get(page=page).picture_key
    first.coverage = None
    first.save()
    page_rematch(page)
    other = ArticlePart.objects.get(pk=second.part_id)
    return SimpleNamespace(page=page, hand=first, other=other, rects=second.rects)


def test_the_other_story_keeps_its_zone_under_a_generous_hand_zone(generous):
    hand = generous.hand
    other = generous.other
    rects = generous.rects
    assert Zone.objects.get(part=other).rects == rects
    assert Zone.objects.get(pk=hand.pk).source == ZoneSource.HAND


def test_the_epaper_page_and_its_json_draw_the_other_story_on_top(client, generous, pdf_edition):
    hand = generous.hand
    other = generous.other
    rects = generous.rects
    data = client.get(pdf_edition + "1.json").json()
    titles = [zone["title"] for zone in data["zones"]]
    named = other.article.headline
    assert titles[0] == hand.part.article.headline  # (beneath: drawn first)
    assert named in titles and [z["rects"] for z in data["zones"] if z["title"] == named] == [rects]
    html = client.get(pdf_edition + "1/").content.decode()
    svg = html[html.index("<svg") :]
    assert svg.index(hand.part.article.headline) < svg.index(named)


def test_the_desk_warns_of_the_overlap(editor_client, generous):
    page = generous.page
    hand = generous.hand
    other = generous.other
    html = editor_client.get(reverse("admin:articles_page_change", args=[page.pk])).content
    html = html.decode()
    said = (
        f"热区与“{other.article}”重叠：“{hand.part.article}”的人工热区盖住了“{other.article}”的热区"
    )
    assert said in html


def test_the_hand_zone_still_takes_its_own_storys_rectangles(generous):
    page = generous.page
    hand = generous.hand
    assert not Zone.objects.filter(part=hand.part, source=ZoneSource.AUTO).exists()
    assert (
        not Zone.objects.filter(page=page, part__article=hand.part.article)
        .exclude(pk=hand.pk)
        .exists()
    )
