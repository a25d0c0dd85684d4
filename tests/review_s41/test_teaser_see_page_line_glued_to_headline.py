"""A 本期导读 item pointing ``详见A2版`` is glued onto the first story's headline deck.

INPUT.md ("Teasers (导读)"): front-page pointers to inner pages "are not articles; they link to
the article on the target page", and a ``本期导读`` box is page furniture, never an article.
Papers point their teasers with ``详见A2版`` / ``详见第2版`` as often as with ``■A4…``. Under a
``本期导读`` line the teaser's title and its ``详见A2版`` line are not read as a teaser: both
become the first two title lines of the story below the box (its 引题 is the teaser's title,
``详见A2版`` sits in the deck), and no teaser links to page A2. Printed on one line
(``城西污水厂二期投运　详见A2版``) the teaser is found, but its title keeps the ``详`` of 详见.

Steps: parse a page opening ``本期导读``, a teaser title, ``详见A2版``, a blank line, then a
story with its headline and a ``本报讯`` paragraph.
"""

import pytest

from tests.parsing.helpers import parse

STORY = [
    "城东新建三座口袋公园",
    "",
    "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。",
]


@pytest.mark.parametrize("pointer", ["详见A2版", "详见第2版"])
def test_a_see_page_teaser_is_a_teaser_not_a_deck(pointer):
    parsed = parse("本期导读", "城西污水厂二期投运", pointer, "", *STORY)
    assert [a.title_lines for a in parsed.articles] == [("城东新建三座口袋公园",)]
    assert [t.title_lines for t in parsed.teasers] == [("城西污水厂二期投运",)]


def test_a_see_page_teaser_on_one_line_keeps_its_title_whole():
    parsed = parse("本期导读", "城西污水厂二期投运　详见A2版", "", *STORY)
    [teaser] = parsed.teasers
    assert teaser.target_label == "A2"
    assert teaser.title_lines == ("城西污水厂二期投运",), teaser.title_lines
