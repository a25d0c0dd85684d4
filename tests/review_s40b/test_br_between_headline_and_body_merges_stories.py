"""A ``<br/>`` between a headline and its body inside one ``<p>``: headlines lost, stories merged.

INPUT.md ("Encoding and layout"): web-archive dumps carry HTML remnants (``<br/>``); README
(Importing) says block tags (``<p>``, ``<br/>``) part paragraphs. A web page very often prints
a story as ``<p><strong>标题</strong><br/>本报讯 …</p>``. htmltext turns the ``<br/>`` into two
full-width spaces inside the line, and the line is read as one paragraph: neither headline is
found, both stories become one untitled story whose first paragraph starts with the first
headline (``城东新建三座公园　　本报讯 …``), the second headline printed inside the text.

Steps: parse a page of two lines, each ``<p>headline<br/>body</p>``.
"""

from tests.parsing.helpers import parse


def test_a_break_parts_a_headline_from_its_body():
    parsed = parse(
        "<p><strong>城东新建三座口袋公园</strong><br/>"
        "本报讯 城东新建的三座口袋公园昨天向市民开放，市民纷纷前往游览。</p>",
        "<p><strong>城南两所新建学校今秋招生</strong><br/>"
        "本报讯 城南新建的两所学校今年秋季开始招生，可提供学位一千二百个。</p>",
    )
    headlines = [a.headline for a in parsed.articles]
    assert headlines == ["城东新建三座口袋公园", "城南两所新建学校今秋招生"], headlines
    first = parsed.articles[0].blocks[0].text
    assert first.startswith("本报讯"), first
