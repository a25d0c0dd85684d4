"""Teaser boxes (导读) printed on a page's picture get zones: matched from the PDF's text like a
story's, and linked on the e-paper page to the story they point to (or, while it is not
public, to the page they name). A layout editor's find: a teaser box on the picture had no
zone and none could be drawn."""

from __future__ import annotations

import re
from io import StringIO

import pytest
from django.core.management import call_command

pytest.importorskip("pypdfium2")

from articles.models import Article, Page, PageImage, Teaser, Zone
from tests.pdfpages.teaserpage import TEASER_BOTTOM, TEASER_TITLE, TEASER_TOP, import_both

pytestmark = pytest.mark.django_db


def test_a_teaser_box_printed_on_the_pdf_gets_an_automatic_zone(tmp_path):
    import_both(tmp_path)
    teaser = Teaser.objects.get()
    zone = Zone.objects.get(teaser=teaser)
    assert zone.source == "auto" and zone.part_id is None and zone.photo_id is None
    tops, bottoms = [r[1] for r in zone.rects], [r[3] for r in zone.rects]
    assert min(tops) >= TEASER_TOP / 900 - 0.01 and max(bottoms) <= TEASER_BOTTOM / 900 + 0.01
    assert PageImage.objects.get().unmatched == []


def _teaser_links(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<a href="([^"]*)" class="zone zone-teaser" aria-label="([^"]*)">', html)


def test_the_epaper_page_links_a_teasers_zone_to_the_story_it_points_to(client, tmp_path):
    import_both(tmp_path)
    call_command(
        "publish_issue", "--paper", Page.objects.first().issue.publication.slug,
        "--date", "2024-03-05", "--acknowledge-broken", stdout=StringIO(),
    )  # fmt: skip
    a1 = Page.objects.get(label="A1")
    target = Article.objects.get(headline=TEASER_TITLE)
    html = client.get(a1.get_absolute_url()).content.decode()
    assert _teaser_links(html) == [(target.get_absolute_url(), f"导读：{TEASER_TITLE}（A4版）")]
    zones = client.get(a1.get_absolute_url().rstrip("/") + ".json").json()["zones"]
    teasers = [z for z in zones if z["kind"] == "teaser"]
    assert [z["url"].endswith(target.get_absolute_url()) for z in teasers] == [True]


def test_a_teaser_whose_story_is_not_public_links_the_page_it_names(client, tmp_path):
    import_both(tmp_path)
    call_command(
        "publish_issue", "--paper", Page.objects.first().issue.publication.slug,
        "--date", "2024-03-05", "--acknowledge-broken", stdout=StringIO(),
    )  # fmt: skip
    target = Article.objects.get(headline=TEASER_TITLE)
    Teaser.objects.update(target_article=None)  # (its story not linked, as before its page)
    a1, a4 = Page.objects.get(label="A1"), Page.objects.get(label="A4")
    html = client.get(a1.get_absolute_url()).content.decode()
    assert [url for url, _ in _teaser_links(html)] == [a4.get_absolute_url()]
    assert target.get_absolute_url() not in [url for url, _ in _teaser_links(html)]
