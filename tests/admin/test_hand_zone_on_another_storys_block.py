"""A hand zone (热区) set exactly on another story's main block: after 重新匹配热区 that story keeps
its block (drawn on top, on the e-paper page and in its JSON), not only the small piece of its
match outside the hand zone, and the desk keeps warning 热区与“…”重叠 (articles/zonechecks.py:
FREE_SHARE)."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

pytest.importorskip("pypdfium2")

from articles.models import ArticlePart, Page, Zone, ZoneSource
from articles.zonechecks import rects_kept
from tests.admin.conftest import form_data
from tests.pdfpages import conftest as pdf_fixtures

built_pages = pdf_fixtures.built_pages
pdf_edition = pdf_fixtures.pdf_edition

#: The reviewer's story Y: its main block and the stray 8-pixel rectangle it was left with.
BLOCK = [0.35833, 0.34551, 0.65833, 0.6352]
STRAY = [0.97537, 0.81634, 0.98707, 0.82354]
BYLINE = [0.36, 0.6, 0.5, 0.63]


def _area(rect: list[float]) -> float:
    return (rect[2] - rect[0]) * (rect[3] - rect[1])


def test_a_story_left_only_a_sliver_outside_a_hand_zone_keeps_its_block():
    hands = [(("story", 1), BLOCK)]
    assert rects_kept([BLOCK, STRAY], ("story", 2), hands) == [BLOCK, STRAY]


def test_a_stray_piece_inside_a_hand_zone_is_left_out_when_the_story_keeps_its_block():
    hands = [(("story", 1), BYLINE)]
    assert rects_kept([BLOCK, BYLINE], ("story", 2), hands) == [BLOCK]


def test_a_hand_zones_own_story_loses_the_rectangles_inside_it():
    hands = [(("story", 2), BLOCK)]
    assert rects_kept([BLOCK, STRAY], ("story", 2), hands) == [STRAY]


def change_url(page):
    return reverse("admin:articles_page_change", args=[page.pk])


@pytest.fixture
def on_the_block(editor_client, pdf_edition):
    """Page 1's first story's zone drawn at the desk exactly on the second story's main block
    (its largest rectangle), saved through the page form as rendered; then 重新匹配热区 from the
    page list as rendered. Returns (page, first part, second part, the block, the save's page)."""
    page = Page.objects.get(label="1")
    first, second = ArticlePart.objects.filter(page=page).order_by("position")[:2]
    block = max(Zone.objects.get(part=second).rects, key=_area)
    assert len(Zone.objects.get(part=second).rects) > 1  # (a piece outside the block too)
    data = form_data(editor_client.get(change_url(page)))
    n = next(k.split("-")[1] for k, v in data.items() if k.endswith("-part") and v == str(first.pk))
    data[f"zones-{n}-rects"] = json.dumps([block])
    data["_continue"] = "保存并继续编辑"
    saved = editor_client.post(change_url(page), data, follow=True).content.decode()
    assert Zone.objects.get(part=first).source == ZoneSource.HAND
    listing = reverse("admin:articles_page_changelist")
    action = form_data(editor_client.get(listing), "changelist-form")
    action.update(action="rematch_zones_selected", _selected_action=str(page.pk), index="0")
    assert editor_client.post(listing, action).status_code == 302
    return page, first, second, block, saved


@pytest.mark.django_db
def test_the_story_under_the_hand_zone_keeps_its_block_after_a_rematch(on_the_block):
    _page, _first, second, block, _saved = on_the_block
    zone = Zone.objects.get(part=second)
    assert zone.source == ZoneSource.AUTO and block in zone.rects


@pytest.mark.django_db
def test_the_desk_warns_at_the_save_and_still_after_the_rematch(editor_client, on_the_block):
    page, first, second, _block, saved = on_the_block
    said = (
        f"热区与“{second.article}”重叠：“{first.article}”的人工热区盖住了“{second.article}”的热区"
    )
    assert said in saved
    html = editor_client.get(change_url(page)).content.decode()
    assert said in html


@pytest.mark.django_db
def test_the_epaper_page_and_its_json_draw_the_block_on_top(client, on_the_block, pdf_edition):
    _page, first, second, block, _saved = on_the_block
    data = client.get(pdf_edition + "1.json").json()
    named = second.article.headline
    titles = [zone["title"] for zone in data["zones"]]
    assert titles.index(first.article.headline) < titles.index(named)
    assert [block in z["rects"] for z in data["zones"] if z["title"] == named] == [True]
    html = client.get(pdf_edition + "1/").content.decode()
    svg = html[html.index("<svg") :]
    assert svg.index(first.article.headline) < svg.index(named)
