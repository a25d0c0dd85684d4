"""网站地图 in the footer is a page for readers (each paper's years and months of issues, its
sections, the people), not the crawlers' XML index, which stays at /sitemap.xml."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from tests.public.conftest import ISSUE_URL, PAPER, next_day_story
from tests.public.dom import parse

pytestmark = pytest.mark.django_db


def test_the_footer_links_the_readers_site_map(client, edition):
    doc = parse(client.get(ISSUE_URL))
    assert doc.find("footer").links()["网站地图"] == "/sitemap/"


def test_the_site_map_lists_years_months_sections_and_people(client, edition):
    next_day_story(date(2021, 1, 5))
    response = client.get(reverse("articles:sitemap-page"))
    assert response.status_code == 200
    doc = parse(response)
    paper = doc.find("section", cls="site-map")
    links = paper.links()
    assert links["南通日报"] == f"/{PAPER}/"
    assert links["2021年"] == f"/{PAPER}/2021/" and links["1月"] == f"/{PAPER}/2021/01/"
    assert links["2020年"] == f"/{PAPER}/2020/" and links["7月"] == f"/{PAPER}/2020/07/"
    assert any(url.startswith(f"/{PAPER}/sections/") for url in links.values())
    assert doc.find("main").links()["所有署名的记者与摄影（按姓名拼音排列）"] == "/people/"
    assert client.get("/sitemap.xml")["Content-Type"].startswith("application/xml")
