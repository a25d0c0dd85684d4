"""A headline the desk cut short at either end (夜色里的新码头 → 新码头: every word readers now see
is printed) is told from the printed one by the deck the import wrote (the story's history
record made before its first hand edit, articles/importeddecks.py): the story page says
见报标题：夜色里的新码头 and cites it, its JSON twin says it, and search finds the story by the
printed headline and says where. A story edited elsewhere, its deck untouched, says nothing;
a page printed again since (its title lines changed) is read by the rule before."""

import pytest
from django.urls import reverse

from articles.printeddeck import ImportedDeck, printed_deck
from search.models import SearchEntry
from tests.admin.conftest import form_data
from tests.public.test_printed_headline_shown import _pages
from tests.search.test_printed_headline_found import (  # noqa: F401 (fixtures)
    DOCK,
    URL,
    _desk_edit,
    chief,
    chief_client,
    desk,
    groups,
    hits,
    stories,
)

pytestmark = pytest.mark.django_db


def test_a_headline_cut_short_at_the_desk_says_and_cites_what_was_printed(chief_client, stories):  # noqa: F811
    dock = stories[DOCK]
    _desk_edit(chief_client, dock, "新码头")
    html, data = _pages(chief_client, dock)
    assert "<h1>新码头</h1>" in html
    assert '<p class="correction printed-title" role="note">见报标题：夜色里的新码头</p>' in html
    assert "夜色里的新码头[N/OL]. 南通日报, 2020-07-09(A3)" in html
    assert data["printed_title"] == DOCK and data["headline"] == "新码头"


def test_a_headline_cut_short_is_found_as_printed(chief_client, stories):  # noqa: F811
    dock = stories[DOCK]
    _desk_edit(chief_client, dock, "新码头")
    assert SearchEntry.objects.get(article=dock).title.split("\n") == ["新码头", DOCK]
    assert dock.pk in hits("夜色里")
    html = chief_client.get(URL, {"q": "夜色里"}).content.decode()
    assert f"/article/{dock.pk}/" in html and '<p class="deck printed">见报标题：' in html


def test_a_story_edited_elsewhere_its_deck_untouched_says_nothing(chief_client, stories):  # noqa: F811
    dock = stories[DOCK]
    change = reverse("admin:articles_article_change", args=[dock.pk])
    data = {**form_data(chief_client.get(change)), "dateline": "本报南通讯", "_save": "1"}
    assert chief_client.post(change, data).status_code == 302
    dock.refresh_from_db()
    assert dock.edited_at and dock.dateline == "本报南通讯"
    html, data = _pages(chief_client, dock)
    assert "见报标题" not in html and data["printed_title"] == ""
    assert SearchEntry.objects.get(article=dock).title.split("\n") == [DOCK]


def test_the_import_s_deck_tells_a_cut_only_for_the_lines_it_was_read_from():
    imported = ImportedDeck("", "夜色里的新码头", "", ("夜色里的新码头",))
    assert printed_deck(["夜色里的新码头"], "", "新码头", "", imported).headline == DOCK
    assert printed_deck(["夜色里的新码头"], "", "夜色里的新码头", "", imported) is None
    reprinted = ("夜色里的新码头", "亮灯")  # (the page printed again since: the rule before)
    assert (
        printed_deck(["夜色里的新码头"], "", "新码头", "", imported._replace(title_lines=reprinted))
        is None
    )
