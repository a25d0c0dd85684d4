"""A filter given twice (``?paper=shenbao&paper=sanmen``) searches by one value, the last one, as
every filter of the page does, and the page says which one it used (it never drops the others
silently)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
URL = reverse("search:search")


@pytest.fixture
def two_papers(db):
    make_story("申报港口开工", "港口开工。", paper="申报", slug="shenbao")
    return make_story("新三门港口开工", "港口开工。", paper="新三门", slug="sanmen")


def test_two_papers_search_the_last_and_say_which(client, two_papers):
    response = client.get(URL + "?q=港口&paper=shenbao&paper=sanmen")
    assert [a.pk for a in response.context["page_obj"]] == [two_papers.pk]
    html = response.content.decode()
    assert "报纸给了 2 个，一次只能按一个检索：按最后一个“新三门”检索" in html


def test_a_paper_then_all_papers_says_all_papers_were_searched(client, two_papers):
    response = client.get(URL + "?q=港口&paper=sanmen&paper=")
    assert len(response.context["page_obj"]) == 2
    assert "按最后一个“全部报纸”检索" in response.content.decode()


def test_a_repeated_section_says_which_was_used(client, two_papers):
    html = client.get(URL + "?q=港口&section=要闻&section=体育").content.decode()
    assert "版名给了 2 个，一次只能按一个检索：按最后一个“体育”检索" in html


def test_the_same_paper_twice_or_once_says_nothing(client, two_papers):
    for query in ("?q=港口&paper=sanmen&paper=sanmen", "?q=港口&paper=sanmen"):
        assert "给了" not in client.get(URL + query).content.decode()
