"""A web page's ``<script>``/``<style>`` element is printed in the story, tags and code and all.

README (Importing): HTML a web page leaves in its text "is read as the page showed it": block tags
part paragraphs, inline tags are dropped, a line of nothing but tags is set aside. A browser
shows nothing of a ``<script>`` or ``<style>`` element, but ``articles/parsing/htmltext.py``
knows neither name (``_BLOCK_TAGS``/``_INLINE_TAGS``), so on a page that carries HTML a line
``<script>var ad = "…";</script>`` is kept as printed text: readers find the page's advert code
as a paragraph of the story between two of its real paragraphs.

Steps: parse a tagged page (``<p>`` paragraphs) with a ``<script>`` line and a ``<style>`` line
between a story's paragraphs.
"""

import pytest

from tests.parsing.helpers import parse

CODE = [
    '<script type="text/javascript">var ad = "点击领取优惠券";</script>',
    "<style>.ad{color:red}</style>",
]


@pytest.mark.parametrize("line", CODE, ids=["script", "style"])
def test_script_and_style_elements_are_not_story_text(line):
    parsed = parse(
        "<p>城东新建三座口袋公园</p>",
        "<p>本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，配有健身器材。</p>",
        line,
        "<p>市民李女士说：“家门口就能锻炼，太方便了。”</p>",
    )
    [story] = parsed.articles
    text = "\n".join(b.text for b in story.blocks)
    assert "市民李女士说" in text
    assert "<" not in text and "优惠券" not in text and "color" not in text, text
