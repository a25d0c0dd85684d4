"""A 404 on a paper's address shows that paper's masthead, or the site's neutral one (数字报)
when readers may not see the paper, never another paper's (the site's 南通日报 on 新三门's
pages, as the zoom refusal of a 新三门 版面大图 once did)."""

from __future__ import annotations

import re

import pytest

from articles.models import Publication
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
SANMEN_PAGE = "/sanmen/2021-03-01/A1/"


@pytest.fixture
def two_papers(edition):
    """The seed 南通日报 (the site's paper) and 新三门, both public."""
    return make_story("新三门港口开工", "港口开工。", paper="新三门", slug="sanmen")


def masthead(html: str) -> str:
    """The page less its footer (which, on a site of several papers, lists them all)."""
    return html.split('<footer class="site">')[0]


def nameplate(html: str) -> str:
    found = re.search(r'<div class="nameplate">\s*<a href="[^"]*">([^<]*)</a>', html)
    assert found, "no masthead"
    return found.group(1)


def test_a_refused_zoom_on_another_paper_s_page_shows_that_paper_s_masthead(client, two_papers):
    response = client.get(f"{SANMEN_PAGE}picture/?zoom=3")
    html = response.content.decode()
    assert response.status_code == 404
    assert "这一档缩放" in html
    assert nameplate(html) == "新三门"
    assert "南通日报" not in masthead(html)


def test_a_missing_page_of_another_paper_shows_that_paper_s_masthead(client, two_papers):
    response = client.get("/sanmen/2021-03-01/Z9/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "找不到这个页面" in html
    assert nameplate(html) == "新三门"
    assert "南通日报" not in masthead(html)


def test_a_paper_readers_may_not_see_gets_the_neutral_masthead_and_is_not_named(client, two_papers):
    Publication.objects.create(slug="neibu", name="内部通讯")
    for address in ("/neibu/2021-03-01/A1/", "/nosuch/2021-03-01/A1/picture/?zoom=3"):
        response = client.get(address)
        html = response.content.decode()
        assert response.status_code == 404, address
        assert nameplate(html) == "数字报", address
        assert "南通日报" not in masthead(html) and "内部通讯" not in html, address


def test_a_404_of_no_paper_keeps_the_site_s_paper(client, edition):
    """On a site of one paper; of several, the site's name (tests/public/test_group_of_papers.py)."""
    for address in ("/people/nobody-at-all/", "/people/x/y/", "/search/x/", "/sitemap-nosuch.xml"):
        response = client.get(address)
        assert response.status_code == 404, address
        assert nameplate(response.content.decode()) == "南通日报", address


def test_an_address_naming_no_paper_gets_the_neutral_masthead_however_deep(client, two_papers):
    """``/nosuch/x/`` matches no pattern, ``/nosuch/`` and ``/nosuch/2021-03-01/`` do: all three
    name a paper that is not there, so all three show 数字报, not the site's 南通日报."""
    for address in ("/nosuch/", "/nosuch/2021-03-01/", "/nosuch/x/", "/nosuch/x/y/z/"):
        response = client.get(address)
        html = response.content.decode()
        assert response.status_code == 404, address
        assert nameplate(html) == "数字报", address
        assert "南通日报" not in masthead(html), address
