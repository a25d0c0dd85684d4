"""Some typesetting prints the dash that cues a subheadline or a kicker with the box-drawing
character (``──``, U+2500) instead of ``——``: the same cue (INPUT.md "Headlines": a kicker ends
with ``——``, a subheadline may start with it). The line keeps its dash as printed."""

from .helpers import decks, parse

TEXT = "【本報訊】國軍英雄王大明昨日接受本報訪問，暢談從軍三十年的經歷。"


def test_box_drawing_dash_line_over_the_title_is_its_kicker():
    parsed = parse("──訪國軍英雄王大明", "從戰士到將軍", "", TEXT)
    assert decks(parsed) == [("──訪國軍英雄王大明", "從戰士到將軍", "")]


def test_box_drawing_dash_line_under_the_title_is_its_subheadline():
    parsed = parse("從戰士到將軍", "──訪國軍英雄王大明", "", TEXT)
    assert decks(parsed) == [("", "從戰士到將軍", "──訪國軍英雄王大明")]
