"""A story whose headline the desk corrected after print says what the paper printed
(``见报标题：夜色里的新码头`` under its 更新 line) and is cited by it (引用本文: a citation of a
newspaper names the title as printed, which a reader can find in the paper); a story as printed
says nothing of it. Its JSON twin says it too (``printed_title``)."""

import pytest
from django.urls import reverse

from articles.models import Article
from articles.printeddeck import PrintedDeck, printed_deck, shown_printed_title
from tests.search.test_printed_headline_found import (  # noqa: F401 (fixtures)
    DOCK,
    _desk_edit,
    chief,
    chief_client,
    desk,
    groups,
    stories,
)

pytestmark = pytest.mark.django_db


def _pages(client, story: Article) -> tuple[str, dict]:
    story.refresh_from_db()
    html = client.get(story.get_absolute_url()).content.decode()
    twin = reverse(
        "articles:article-json",
        kwargs={"paper": "nantong-daily", "date": story.issue.date, "pk": story.pk},
    )
    return html, client.get(twin).json()


def test_a_corrected_headline_s_page_says_what_was_printed_and_cites_it(chief_client, stories):  # noqa: F811
    dock = stories[DOCK]
    _desk_edit(chief_client, dock, "夜色中的新码头")
    html, data = _pages(chief_client, dock)
    assert "<h1>夜色中的新码头</h1>" in html
    assert '<p class="correction printed-title" role="note">见报标题：夜色里的新码头</p>' in html
    assert "夜色里的新码头[N/OL]. 南通日报, 2020-07-09(A3)" in html
    assert "夜色中的新码头[N/OL]" not in html
    assert data["printed_title"] == DOCK and data["headline"] == "夜色中的新码头"
    assert data["citation"].startswith("苏蔓. 夜色里的新码头[N/OL].")


def test_a_story_as_printed_says_nothing_of_it(client, stories):  # noqa: F811
    html, data = _pages(client, stories[DOCK])
    assert "见报标题" not in html and data["printed_title"] == ""
    assert "苏蔓. 夜色里的新码头[N/OL]." in html


def test_the_printed_deck_is_told_from_the_parser_s_reading_of_it():
    # What the parser leaves out of a deck field (an ornament, a column's line break) is none.
    assert printed_deck(["■市档案馆新馆开馆"], "", "市档案馆新馆开馆", "") is None
    assert printed_deck(["夜色里的", "新码头"], "", "夜色里的 新码头", "") is None
    assert printed_deck([], "", "夜色中的新码头", "") is None  # (written at the desk)
    lines = ["城市更新——", "夜色里的", "新码头", "——记沿江夜景工程"]
    deck = printed_deck(lines, "城市更新——", "夜色中的新码头", "——记沿江夜景工程")
    assert deck == PrintedDeck("城市更新——", "夜色里的新码头", "——记沿江夜景工程")
    assert shown_printed_title(deck, "城市更新——", "——记沿江夜景工程") == "夜色里的新码头"
    # Kicker and subheadline changed too: found by the page's cues, and shown.
    deck = printed_deck(lines, "城市更新", "夜色中的新码头", "——记夜景工程")
    assert deck == PrintedDeck("城市更新——", "夜色里的新码头", "——记沿江夜景工程")
    assert (
        shown_printed_title(deck, "城市更新", "——记夜景工程")
        == "城市更新—— 夜色里的新码头 ——记沿江夜景工程"
    )
