"""A continuation marker reads as printed (``（下轉第二版）``, ``（上接第一版）``: not rewritten to
``（下转2版）``), its page words the link, and the link lands on the part itself on the other
page (``#story-<position>``, the anchor its page gives it), on the page and on the story."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from articles.jumpmarkers import marker_pieces
from articles.models import Jump
from articles.templatetags.epaper import forget_remembered
from tests.public.conftest import DAY, PAPER, WORKS
from tests.public.dom import parse

A1_URL, A2_URL = f"/{PAPER}/{DAY}/A1/", f"/{PAPER}/{DAY}/A2/"


@pytest.mark.parametrize(
    ("marker", "pieces"),
    [
        ("（下轉第二版）", ("（下轉", "第二版", "）")),
        ("（上接第一版）", ("（上接", "第一版", "）")),
        ("（下转A2版左下）", ("（下转", "A2版", "左下）")),
        ("（续见第2頁）", ("（续见", "第2頁", "）")),
        ("（转下版）", ("（转", "下版", "）")),
        ("（續第四版）", ("（續", "第四版", "）")),
    ],
)
def test_a_marker_is_cut_around_the_page_it_names(marker, pieces):
    assert marker_pieces(marker) == pieces
    assert "".join(pieces) == marker


@pytest.fixture
def printed_traditional(edition):
    """The seed's 推进重点工程 story with its markers as a traditional-script paper prints
    them: its A1 part's 下转 and its A2 part's 上接."""
    first, second = edition.article(WORKS).ordered_parts()
    Jump.objects.filter(part=first, direction="forward").update(marker="（下轉第二版）")
    Jump.objects.update_or_create(
        part=second,
        direction="backward",
        defaults={
            "target_label": "A1",
            "marker": "（上接第一版）",
            "state": "linked",
            "to_part": first,
        },
    )
    cache.clear()
    forget_remembered()
    return first, second


def test_the_page_shows_each_marker_as_printed_linking_the_part(client, printed_traditional):
    first, second = printed_traditional
    a1 = parse(client.get(A1_URL)).find("article", id=f"story-{first.position}")
    note = a1.find(cls="jumpnote")
    assert note.text == "（下轉第二版）"
    assert note.links() == {"第二版": f"{A2_URL}#story-{second.position}"}
    a2 = parse(client.get(A2_URL)).find("article", id=f"story-{second.position}")
    kicker = a2.find("span", cls="cont")
    assert kicker.text == "（上接第一版）"
    assert kicker.links() == {"第一版": f"{A1_URL}#story-{first.position}"}


def test_the_story_shows_its_continuation_marker_as_printed(client, edition, printed_traditional):
    first, second = printed_traditional
    doc = parse(client.get(edition.url(WORKS)))
    jump = doc.find("section", id="part-1").find("p", cls="jump")
    assert jump.text == "以下刊于A2版（上接第一版）"
    assert jump.links() == {
        "A2版": f"{A2_URL}#story-{second.position}",
        "第一版": f"{A1_URL}#story-{first.position}",
    }
