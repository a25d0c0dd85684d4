"""A site of several papers (a group's: 晴川日报 and 晴川晚报) is no one paper's: its pages of no
paper (people, search) and its home carry the site's name, the home lists each paper with its
latest issue, every page's nav links to that list (各报) and its footer names each paper. A site
of one paper looks as it always did."""

from __future__ import annotations

import re
from datetime import date

import pytest

from articles.models import Issue
from articles.publishing import issue_publish, issue_unpublish
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
SITE_WIDE = ("/people/", "/people/许丛军/", "/search/?q=港口")


@pytest.fixture
def two_papers(edition):
    """The seed 南通日报 (the site's default paper, 2020-07-09) and 新三门 (2021-03-01)."""
    return make_story("新三门港口开工", "港口开工。", paper="新三门", slug="sanmen")


def nameplate(html: str) -> str:
    found = re.search(r'<div class="nameplate">\s*<a href="[^"]*">([^<]*)</a>', html)
    assert found, "no masthead"
    return found.group(1)


def nav(html: str) -> str:
    return html.split('<nav aria-label="网站导航">')[1].split("</nav>")[0]


def footer(html: str) -> str:
    return html.split('<footer class="site">')[1]


@pytest.mark.parametrize("address", SITE_WIDE)
def test_site_wide_pages_carry_the_site_s_name_not_one_paper_s(client, two_papers, address):
    response = client.get(address)
    html = response.content.decode()
    assert response.status_code == 200
    assert nameplate(html) == "数字报"
    assert "南通日报 数字报" not in html and 'href="/nantong-daily/sections/"' not in nav(html)
    assert '<a class="papers-link" href="/">各报</a>' in nav(html)


def test_the_home_lists_each_paper_with_its_latest_issue(client, two_papers):
    html = client.get("/").content.decode()
    assert nameplate(html) == "数字报"
    content = html.split('<main id="main"')[1].split("</main>")[0]
    for paper, latest in (("nantong-daily", "2020-07-09"), ("sanmen", "2021-03-01")):
        assert f'href="/{paper}/"' in content and f'href="/{paper}/{latest}/"' in content


def test_each_paper_s_pages_link_to_the_list_and_to_the_other_papers(client, two_papers):
    for address, own, other in (
        ("/sanmen/2021-03-01/", "sanmen", "nantong-daily"),
        ("/nantong-daily/2020-07-09/A1/", "nantong-daily", "sanmen"),
    ):
        html = client.get(address).content.decode()
        assert '<a class="papers-link" href="/">各报</a>' in nav(html), address
        assert f'href="/{other}/">' in footer(html), address
        assert f'href="/{own}/" aria-current="page"' in footer(html), address


def test_one_paper_only_nothing_changes(client, edition):
    home = client.get("/").content.decode()
    assert nameplate(home) == "南通日报" and "2020年7月9日" in home
    for address in ("/", *SITE_WIDE):
        html = client.get(address).content.decode()
        assert nameplate(html) == "南通日报", address
        assert "各报" not in html, address


def test_a_second_paper_s_first_issue_shows_on_pages_cached_before(
    client, edition, django_capture_on_commit_callbacks
):
    """Publishing the first issue of a second paper changes every page (its nav and footer), so
    the pages the cache holds are rendered again; taking it back changes them back."""
    make_story("新三门港口开工", "港口开工。", paper="新三门", slug="sanmen", published=False)
    addresses = ("/", "/people/", "/nantong-daily/2020-07-09/A1/")
    for address in addresses:
        client.get(address)
        assert client.get(address)["X-Cache"] == "hit", address
    issue = Issue.objects.get(date=date(2021, 3, 1))
    with django_capture_on_commit_callbacks(execute=True):
        issue_publish(issue=issue, acknowledge_broken=True)
    for address in addresses:
        assert "各报" in client.get(address).content.decode(), address
    assert nameplate(client.get("/people/").content.decode()) == "数字报"
    with django_capture_on_commit_callbacks(execute=True):
        issue_unpublish(issue=issue)
    for address in addresses:
        assert "各报" not in client.get(address).content.decode(), address


def test_a_404_of_no_paper_carries_the_site_s_name(client, two_papers):
    response = client.get("/people/nobody-at-all/")
    assert response.status_code == 404
    assert nameplate(response.content.decode()) == "数字报"
