"""The desk and page PDFs: the page image with its zones, the parts with no zone, matching again,
and a zone drawn by hand (kept by the next match)."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

pytest.importorskip("pypdfium2")

from articles.models import ArticlePart, Page, Zone, ZoneSource
from tests.admin.conftest import form_data
from tests.pdfpages import conftest as pdf_fixtures

built_pages = pdf_fixtures.built_pages  # the edition imported from page PDFs
pdf_edition = pdf_fixtures.pdf_edition

pytestmark = pytest.mark.django_db


def change_url(page):
    return reverse("admin:articles_page_change", args=[page.pk])


def test_the_page_form_shows_the_image_zones_and_parts_without_one(editor_client, pdf_edition):
    page = Page.objects.get(label="1")
    part = ArticlePart.objects.get(page=page, article__headline="城南新建两座口袋公园")
    Zone.objects.filter(part=part).delete()
    html = editor_client.get(change_url(page)).content.decode()
    assert "版面图与热区" in html and ".webp" in html and "<svg" in html
    assert "没有热区的稿件、图片和导读（1）" in html and "城南新建两座口袋公园" in html


def test_rematching_gives_the_zone_back(editor_client, pdf_edition):
    page = Page.objects.get(label="1")
    Zone.objects.filter(page=page).delete()
    response = editor_client.post(
        reverse("admin:articles_page_changelist"),
        {"action": "rematch_zones_selected", "_selected_action": [page.pk]},
    )
    assert response.status_code == 302
    assert Zone.objects.filter(page=page).count() == 4


def test_a_zone_drawn_by_hand_is_kept_when_matching_again(editor_client, pdf_edition):
    page = Page.objects.get(label="1")
    part = ArticlePart.objects.get(page=page, article__headline="城南新建两座口袋公园")
    Zone.objects.filter(part=part).delete()
    data = form_data(editor_client.get(change_url(page)))
    n = int(data["zones-TOTAL_FORMS"]) - 1  # the empty extra form
    data[f"zones-{n}-part"] = str(part.pk)
    data[f"zones-{n}-rects"] = json.dumps([[0.4, 0.35, 0.95, 0.65]])
    data["_save"] = "保存"
    response = editor_client.post(change_url(page), data)
    assert response.status_code == 302, response.context["inline_admin_formsets"]
    zone = Zone.objects.get(part=part)
    assert zone.source == ZoneSource.HAND
    editor_client.post(
        reverse("admin:articles_page_changelist"),
        {"action": "rematch_zones_selected", "_selected_action": [page.pk]},
    )
    assert Zone.objects.get(part=part).rects == [[0.4, 0.35, 0.95, 0.65]]


def test_a_bad_rectangle_is_refused_in_chinese(editor_client, pdf_edition):
    page = Page.objects.get(label="1")
    part = ArticlePart.objects.filter(page=page).first()
    Zone.objects.filter(part=part).delete()
    data = form_data(editor_client.get(change_url(page)))
    n = int(data["zones-TOTAL_FORMS"]) - 1
    data[f"zones-{n}-part"] = str(part.pk)
    data[f"zones-{n}-rects"] = json.dumps([[0.5, 0.5, 0.2, 1.5]])
    data["_save"] = "保存"
    response = editor_client.post(change_url(page), data)
    assert response.status_code == 200
    assert "0 到 1 之间" in response.content.decode()
    assert not Zone.objects.filter(part=part).exists()


def test_a_viewer_cannot_rematch(viewer_client, pdf_edition):
    page = Page.objects.get(label="1")
    Zone.objects.filter(page=page).delete()
    viewer_client.post(
        reverse("admin:articles_page_changelist"),
        {"action": "rematch_zones_selected", "_selected_action": [page.pk]},
    )
    assert not Zone.objects.filter(page=page).exists()


def _new_zone_row(client, page, **cells) -> str:
    """The page form as rendered, its empty zone row filled with ``cells``, saved: the page."""
    data = form_data(client.get(change_url(page)))
    n = int(data["zones-TOTAL_FORMS"]) - 1
    for name, value in cells.items():
        data[f"zones-{n}-{name}"] = value
    data["_save"] = "保存"
    response = client.post(change_url(page), data)
    assert response.status_code == 200
    return response.content.decode()


def test_a_zone_row_that_is_not_json_shows_the_form_rectangles_take(editor_client, pdf_edition):
    page = Page.objects.get(label="1")
    part = ArticlePart.objects.filter(page=page).first()
    Zone.objects.filter(part=part).delete()
    html = _new_zone_row(editor_client, page, part=str(part.pk), rects="abc")
    assert "矩形写法不对：格式如 [[0.1, 0.2, 0.5, 0.6]]" in html
    assert "输入一个有效的JSON" not in html


def test_a_second_zone_for_a_part_says_to_change_its_row(editor_client, pdf_edition):
    page = Page.objects.get(label="1")
    part = Zone.objects.filter(page=page, part__isnull=False).first().part
    html = _new_zone_row(editor_client, page, part=str(part.pk), rects="[[0.1, 0.1, 0.2, 0.2]]")
    assert "这篇稿件分段已有一个热区：请在它那一行改矩形，不要再加一行" in html
    assert "已存在" not in html


def test_a_zone_for_neither_part_nor_photo_says_so_once_in_chinese(editor_client, pdf_edition):
    page = Page.objects.get(label="1")
    html = _new_zone_row(editor_client, page, rects="[[0.1, 0.1, 0.2, 0.2]]")
    assert html.count("每个热区只对应一篇稿件分段、一张图片或一条导读：请三选一") == 1
    assert "zone_part_photo_or_teaser" not in html


def test_a_page_form_made_stale_by_a_rematch_shows_the_refusal_alone(editor_client, pdf_edition):
    page = Page.objects.get(label="1")
    data = form_data(editor_client.get(change_url(page)))
    editor_client.post(  # another editor matches the zones again meanwhile
        reverse("admin:articles_page_changelist"),
        {"action": "rematch_zones_selected", "_selected_action": [page.pk]},
    )
    data["_save"] = "保存"
    html = editor_client.post(change_url(page), data).content.decode()
    assert 'id="reload-fresh-form"' in html and "已被修改" in html
    assert "已有一个热区" not in html and "已存在" not in html


def test_a_stray_piece_inside_another_storys_hand_zone_is_left_out_but_no_story_loses_its_zone(
    pdf_edition,
):
    """The editor drew where a story is: an automatic zone keeping a rectangle elsewhere gets
    none there (a reviewer's re-match gave a story a rectangle of the hand-zoned story's byline,
    so a reader tapping it got the wrong story); a story all of whose rectangles lie inside the
    hand zone keeps them (before, it silently lost its clickable area: articles/zonechecks.py)."""
    from types import SimpleNamespace

    from articles.importing.pagezones import zones_write
    from articles.models import PageImage

    page = Page.objects.get(label="1")
    first, second, third = list(ArticlePart.objects.filter(page=page).order_by("position"))[:3]
    Zone.objects.filter(page=page).delete()
    Zone.objects.create(page=page, part=first, rects=[[0.0, 0.0, 0.5, 0.5]], source=ZoneSource.HAND)

    def found(*rects):
        boxes = [SimpleNamespace(as_list=lambda r=r: list(r)) for r in rects]
        return SimpleNamespace(found=True, rects=boxes, coverage=1.0)

    byline = (0.07, 0.26, 0.13, 0.27)  # inside the hand zone
    made, unmatched = zones_write(
        page,
        PageImage.objects.get(page=page),
        [second, third],
        [found(byline, (0.5, 0.5, 0.9, 0.9)), found(byline)],
    )
    assert Zone.objects.get(part=second).rects == [[0.5, 0.5, 0.9, 0.9]]
    assert Zone.objects.get(part=third).rects == [list(byline)] and made == 2 and not unmatched


def test_rectangles_nested_too_deep_are_refused_in_chinese(editor_client, pdf_edition):
    page = Page.objects.get(label="1")
    part = ArticlePart.objects.filter(page=page).first()
    Zone.objects.filter(part=part).delete()
    data = form_data(editor_client.get(change_url(page)))
    n = int(data["zones-TOTAL_FORMS"]) - 1
    data[f"zones-{n}-part"] = str(part.pk)
    data[f"zones-{n}-rects"] = "[" * 3000 + "]" * 3000
    data["_save"] = "保存"
    response = editor_client.post(change_url(page), data)
    assert response.status_code == 200
    assert "嵌套的层数太多" in response.content.decode()


def test_a_zone_row_deleted_and_one_added_for_the_same_story_in_one_save(
    editor_client, pdf_edition
):
    """A reviewer deleted a zone's row and added another for the same story: refused as a
    second zone. The new row takes the deleted one's place."""
    page = Page.objects.get(label="1")
    zone = Zone.objects.filter(page=page, part__isnull=False).first()
    data = form_data(editor_client.get(change_url(page)))
    row = next(
        k
        for k, v in data.items()
        if k.startswith("zones-") and k.endswith("-id") and v == str(zone.pk)
    )
    data[row.replace("-id", "-DELETE")] = "on"
    n = int(data["zones-TOTAL_FORMS"]) - 1  # the empty extra form
    data[f"zones-{n}-part"] = str(zone.part_id)
    data[f"zones-{n}-rects"] = json.dumps([[0.2, 0.2, 0.6, 0.6]])
    data["_save"] = "保存"
    response = editor_client.post(change_url(page), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    (now,) = Zone.objects.filter(part=zone.part_id)
    assert now.rects == [[0.2, 0.2, 0.6, 0.6]] and now.source == ZoneSource.HAND


def test_a_second_zone_for_a_story_is_still_refused_when_another_row_is_deleted(
    editor_client, pdf_edition
):
    page = Page.objects.get(label="1")
    first, second = Zone.objects.filter(page=page, part__isnull=False)[:2]
    data = form_data(editor_client.get(change_url(page)))
    row = next(
        k
        for k, v in data.items()
        if k.startswith("zones-") and k.endswith("-id") and v == str(second.pk)
    )
    data[row.replace("-id", "-DELETE")] = "on"
    n = int(data["zones-TOTAL_FORMS"]) - 1
    data[f"zones-{n}-part"] = str(first.part_id)
    data[f"zones-{n}-rects"] = json.dumps([[0.2, 0.2, 0.6, 0.6]])
    data["_save"] = "保存"
    html = editor_client.post(change_url(page), data).content.decode()
    assert "这篇稿件分段已有一个热区" in html
    assert Zone.objects.filter(pk=second.pk).exists()


def _hand_zone_saved(client, rects: list):
    """The page form of page 1 posted with a new zone row of ``rects`` for a story whose zone
    was deleted: (the response, the story part)."""
    page = Page.objects.get(label="1")
    part = ArticlePart.objects.filter(page=page).first()
    Zone.objects.filter(part=part).delete()
    data = form_data(client.get(change_url(page)))
    n = int(data["zones-TOTAL_FORMS"]) - 1
    data[f"zones-{n}-part"] = str(part.pk)
    data[f"zones-{n}-rects"] = json.dumps(rects)
    data["_save"] = "保存"
    return client.post(change_url(page), data), part


def test_a_zone_of_too_many_rectangles_is_refused_in_chinese(editor_client, pdf_edition):
    """A reviewer saved 20,000 rectangles in one zone (articles/admin/pagezones.MAX_RECTS)."""
    response, part = _hand_zone_saved(editor_client, [[0.1, 0.1, 0.2, 0.2]] * 20000)
    assert response.status_code == 200
    assert "一个热区最多 24 个矩形，这里有 20000 个" in response.content.decode()
    assert not Zone.objects.filter(part=part).exists()


def test_a_zone_of_a_few_rectangles_drawn_by_hand_is_saved(editor_client, pdf_edition):
    rects = [[0.1, 0.1 + k / 100, 0.2, 0.105 + k / 100] for k in range(24)]
    response, part = _hand_zone_saved(editor_client, rects)
    assert response.status_code == 302
    assert len(Zone.objects.get(part=part).rects) == 24


def test_the_page_form_saves_with_an_untouched_automatic_zone_of_many_rectangles(
    editor_client, pdf_edition
):
    # Matching has no cap (dense real pages reach 20): only zones the editor draws are capped.
    page = Page.objects.get(label="1")
    zone = Zone.objects.filter(page=page, source=ZoneSource.AUTO).first()
    rects = [[0.1, 0.1 + k / 100, 0.2, 0.105 + k / 100] for k in range(30)]
    Zone.objects.filter(pk=zone.pk).update(rects=rects)
    data = form_data(editor_client.get(change_url(page)))
    data["_save"] = "保存"
    response = editor_client.post(change_url(page), data)
    assert response.status_code == 302
    zone.refresh_from_db()
    assert (zone.source, len(zone.rects)) == (ZoneSource.AUTO, 30)


def test_an_automatic_zone_changed_to_many_rectangles_is_capped(editor_client, pdf_edition):
    page = Page.objects.get(label="1")
    zone = Zone.objects.filter(page=page, source=ZoneSource.AUTO).first()
    data = form_data(editor_client.get(change_url(page)))
    row = next(
        k
        for k, v in data.items()
        if k.startswith("zones-") and k.endswith("-id") and v == str(zone.pk)
    )
    data[row.replace("-id", "-rects")] = json.dumps([[0.1, 0.1, 0.2, 0.2]] * 30)
    data["_save"] = "保存"
    response = editor_client.post(change_url(page), data)
    assert "一个热区最多 24 个矩形，这里有 30 个" in response.content.decode()
