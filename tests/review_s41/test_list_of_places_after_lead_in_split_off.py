"""A list of places after a lead-in ending ``：`` is read as a new story's deck, or set aside.

INPUT.md ("Headlines"): lead-in lines ending in ``——`` or ``如下：`` are no new article, and
"over-splitting a page is as wrong as missing a story". README (Importing): rows of data after a
lead-in "are that story's text, never a deck"; after a lead-in "a row may be one cell" and "a
list may run to any length". But a row must hold a digit or an item number
(``articles/parsing/datarows.py`` ``may_be_row``), so a list of places or names in words
(``东园　　东大街``) is no row: printed one a line it becomes the deck of a new story that takes
the notice's closing sentence, and printed a blank line apart its first rows are set aside as
slogans and the last one becomes a crosshead. Readers lose the list the lead-in announced.

Steps: parse a story whose paragraph ends ``首批开放的公园有：`` followed by three rows of two
word cells and a closing sentence.
"""

import pytest

from tests.parsing.helpers import parse

ROWS = ["东园　　东大街", "南园　　南大街", "北园　　北大街"]


def _page(blank_between: bool) -> list[str]:
    rows: list[str] = []
    for row in ROWS:
        rows += [row, ""] if blank_between else [row]
    return [
        "城东新建三座口袋公园",
        "",
        "本报讯（记者王刚）城东区新建的口袋公园昨天向市民开放，首批开放的公园有：",
        *([""] if blank_between else []),
        *rows,
        "市民可免费入园，每天早上六点开门。",
    ]


@pytest.mark.parametrize("blank_between", [False, True], ids=["one-a-line", "blank-lines-apart"])
def test_a_list_of_places_after_a_lead_in_stays_in_its_story(blank_between):
    parsed = parse(*_page(blank_between))
    assert [a.headline for a in parsed.articles] == ["城东新建三座口袋公园"]
    story = parsed.articles[0]
    paragraphs = [b.text for b in story.blocks if b.kind == "paragraph"]
    for row in ROWS:
        assert row in paragraphs, (row, story.blocks)
    assert "市民可免费入园，每天早上六点开门。" in paragraphs
