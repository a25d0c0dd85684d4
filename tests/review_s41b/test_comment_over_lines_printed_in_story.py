"""An HTML comment written over several lines is printed in the story when the page has no
other tag.

Today's change reads a page's comments as printing nothing, over any number of lines
(``articles/parsing/htmltext.py``), but only on a page that "carries tags"
(:func:`carries_tags`): a block tag, a closing tag, a tag with attributes, or a comment closed
on its own line. A web archive's text export that kept only the site's ad-slot comment, as a CMS
writes it over lines (``<!--`` / ``广告位 开始`` / ``-->``), carries none of those, so the comment
is read as text: readers see ``<!--``, ``广告位 开始`` and ``-->`` as the story's last paragraphs
(a ``<script>`` over lines on the same page is set aside).

Steps: parse two stories with a comment over three lines between them.
"""

from tests.parsing.helpers import parse


def test_a_comment_over_lines_prints_nothing():
    parsed = parse(
        "城东新建三座口袋公园",
        "",
        "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。",
        "<!--",
        "广告位 开始",
        "-->",
        "",
        "市区新增公交线路两条",
        "",
        "本报讯（记者李明）市公交集团昨天宣布，新开两条公交线路，方便市民出行。",
    )
    assert [a.headline for a in parsed.articles] == ["城东新建三座口袋公园", "市区新增公交线路两条"]
    text = "\n".join(a.text for a in parsed.articles)
    assert "<!--" not in text and "广告位" not in text and "-->" not in text, text
