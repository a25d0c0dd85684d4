"""The home page's card and canonical address, and a deck's printed dashes left out of the
story's metadata. The home page of several papers said ``数字报 · 数字报：每期各版的版面与稿件``
(the name twice) and had no canonical link nor ``og:url``; JSON-LD ``alternativeHeadline`` was
the kicker with the dash printed to lead into the headline (``冬季供暖保障全面启动——``)."""

from __future__ import annotations

import json
import re

import pytest
from django.core.cache import cache

from tests.public.test_open_graph import HOST, tags
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db


def test_the_home_page_of_several_papers_names_the_site_once_and_its_address(client):
    make_story("大桥月底通车", "海港大桥主体工程完工。")
    make_story("澳門港口很忙", "澳門港今天很忙。", paper="澳門日報", slug="macao-daily")
    cache.clear()
    html = client.get("/").content.decode()
    found = tags(html)
    assert found["og:title"] == "数字报"
    assert found["og:description"] == "数字报：每期各版的版面与稿件"
    assert found["og:url"] == f"{HOST}/"
    assert f'<link rel="canonical" href="{HOST}/">' in html


def json_ld(html: str) -> dict:
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(found.group(1))


def test_a_decks_printed_dashes_are_no_part_of_its_alternative_headline(client):
    story = make_story(
        "城区供热管网完成检修", "今冬供暖如期开始。", kicker="冬季供暖保障全面启动——"
    )
    story.subheadline = "——记供热公司抢修队"
    story.save()
    cache.clear()
    html = client.get(story.get_absolute_url()).content.decode()
    assert json_ld(html)["alternativeHeadline"] == "冬季供暖保障全面启动 记供热公司抢修队"
    assert "冬季供暖保障全面启动——" in html  # the page shows the deck as printed
    story.refresh_from_db()
    assert story.kicker == "冬季供暖保障全面启动——"
