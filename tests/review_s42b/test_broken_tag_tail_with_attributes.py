"""A headline behind the tail of a broken link tag that still carries an attribute
(``" target="_blank">乡村振兴开新局``) is set aside as navigation: the story loses its headline.

Today's rule (htmltext ``_TAG_TAIL_RE``) drops a tag's tail only when it is a bare quote and
``>`` (``">乡村振兴开新局``); a scraper that breaks an ``<a href="…" target="_blank">`` tag at the
line break leaves its last attribute too. INPUT.md: HTML remnants are furniture, the headline
behind them is not. Not a regression (missing its own kind).
"""

from tests.parsing.helpers import decks, parse


def test_headline_behind_a_broken_tag_tail_with_attribute_is_the_headline():
    parsed = parse(
        '" target="_blank">乡村振兴开新局',
        "",
        "本报讯（记者王刚）今年以来，城东区大力推进乡村振兴，全区农民人均收入同比增长百分之八。",
    )
    assert decks(parsed) == [("", "乡村振兴开新局", "")]
