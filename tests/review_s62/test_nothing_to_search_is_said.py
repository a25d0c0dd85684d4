"""A query of nothing searchable (``-``, ``－``, ``""``, ``“”`` alone) is told so at the desk as
on the site, and the site's full-width minus alone gets the how-to as the half-width one does
(a third reviewer, session 62)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:articles_article_changelist")
HOW_TO = "减号开头的词表示排除，还要写一个要找的词"


@pytest.mark.parametrize(
    ("typed", "how_to"), [("-", True), ("－", True), ('""', False), ("“”", False)]
)
def test_nothing_to_search_at_the_desk_is_said(admin_client, typed, how_to):
    make_story("重大项目开工", "全市重大项目集中开工。")
    html = admin_client.get(CHANGELIST, {"q": typed}).content.decode()
    assert f"“{typed}”里没有可以检索的字词。".replace('"', "&quot;") in html
    assert (HOW_TO in html) is how_to
    assert "重大项目开工" not in html


def test_a_full_width_minus_alone_on_the_site_gets_the_how_to(client):
    html = client.get(reverse("search:search"), {"q": "－"}).content.decode()
    assert "里没有可以检索的字词。" in html and HOW_TO in html
