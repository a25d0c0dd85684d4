"""A web page's empty paragraph holding ``&lrm;`` (U+200E) is not a blank line: stories glue.

README (Importing): invisible characters count as a space, and "a line of nothing but such
characters (a web page's empty paragraph, ``&#8203;``) is a blank line"; HTML references are read
as the characters they stand for. A left-to-right mark (``&lrm;``, U+200E; also U+200F, U+2061–4,
U+180E) is just as invisible and just as common in web editors' output and text copied on
Windows (INPUT.md, web-archive and e-paper dumps), but articles.text.INVISIBLE holds only
U+200B–U+200D, U+2060, U+FEFF and the soft hyphen. A page whose stories are parted by
``<p>&lrm;</p>`` (or a bare U+200E line) is read as one story: the second headline becomes body
text of the first story (``\\u200e城南两所新建学校今秋招生\\u200e``), the mark itself is stored as a
paragraph, and the second story is published under the first one's headline.

Steps: parse a page of two headlined stories parted by lines of ``<p>&lrm;</p>`` (or U+200E);
the same page with ``&#8203;`` gives two stories.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize("blank", ["<p>&lrm;</p>", "\u200e"], ids=["lrm-reference", "lrm"])
def test_a_line_of_a_left_to_right_mark_is_blank(blank):
    parsed = parse(
        "城东新建三座口袋公园",
        blank,
        "本报讯 城东新建的三座口袋公园昨天开放，市民纷纷前往游览。",
        blank,
        "城南两所新建学校今秋招生",
        blank,
        "本报讯 城南新建的两所学校今年秋季开始招生。",
    )
    assert [a.headline for a in parsed.articles] == [
        "城东新建三座口袋公园",
        "城南两所新建学校今秋招生",
    ]
    assert all(b.text.strip("\u200e") for a in parsed.articles for b in a.blocks)
