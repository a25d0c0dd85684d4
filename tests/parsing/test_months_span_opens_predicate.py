"""A noun phrase over a line opening with the months a figure covers (``港区吞吐量`` /
``前3月增长12%``, ``头两个月``, ``1至5月``) is a subject over its predicate, not a column's name
over a title: the second line has no subject of its own (INPUT.md, "A headline may be printed on
two lines"). A line opening with a plain noun keeps the kicker reading's chance (``前进``, ``12月``
are no such span)."""

import pytest

from articles.parsing.deck_pairs import over_title
from tests.parsing.helpers import decks, parse


@pytest.mark.parametrize("second", ["前3月增长12%", "头两个月增长一成", "1至5月增长12%"])
def test_a_months_span_under_a_noun_phrase_is_no_kicker_reading(second):
    assert not over_title("港区吞吐量", second)


def test_the_deck_is_read_as_title_lines_not_kicker():
    parsed = parse(
        "港区吞吐量",
        "前3月增长12%",
        "",
        "本报讯 （记者 方舟）港务局昨天公布，今年前3个月港区货物吞吐量同比增长12%。",
    )
    [(kicker, headline, subheadline)] = decks(parsed)
    assert kicker == ""
    assert (headline + subheadline).replace(" ", "") == "港区吞吐量前3月增长12%"
