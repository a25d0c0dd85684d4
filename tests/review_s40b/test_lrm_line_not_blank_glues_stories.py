"""A line of only a left-to-right mark (U+200E, ``&lrm;``) is not a blank line: stories glue.

Today's change (articles/parsing/page.py invisible_lines_blank) made a line of nothing but
invisible characters a blank line, for "a web page's empty paragraph"; README (Importing):
invisible characters count as a space. Its list (articles.text.INVISIBLE) holds U+200B–U+200D,
U+2060, U+FEFF and the soft hyphen, but not the directional marks U+200E/U+200F (also U+2061–4,
U+180E) that web editors and copy-paste from Windows leave just as often (INPUT.md, web-archive
dumps). With such a line between the paragraphs, the second story's headline is read as body
text of the first story, and the invisible character itself is stored as a paragraph.

Steps: parse a page whose two stories are parted by lines holding only U+200E (the same page
with U+200B gives two headlined stories).
"""

import pytest

from tests.parsing.helpers import parse


def _page(blank: str):
    return parse(
        "城东新建三座口袋公园",
        blank,
        "本报讯 城东新建的三座口袋公园昨天开放，市民纷纷前往游览。",
        blank,
        "城南两所新建学校今秋招生",
        blank,
        "本报讯 城南新建的两所学校今年秋季开始招生。",
    )


@pytest.mark.xfail(strict=True, reason="U+200E is not in articles.text.INVISIBLE")
def test_a_left_to_right_mark_line_is_blank():
    parsed = _page("\u200e")
    assert [a.headline for a in parsed.articles] == [
        "城东新建三座口袋公园",
        "城南两所新建学校今秋招生",
    ]
    assert all(b.text.strip("\u200e") for a in parsed.articles for b in a.blocks)
