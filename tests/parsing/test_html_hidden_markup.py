"""What a browser never shows of a web page's HTML is no printed text, over as many lines as it runs.

INPUT.md, "Encoding and layout": web-archive and e-paper dumps carry HTML remnants, the site's
markup, never printed. A ``<script>``'s or ``<style>``'s code, a ``<noscript>``, a
``<template>``, a ``<head>`` and a comment (``<!-- … -->``) show nothing; a tag wrapped over
lines (``<img src="…"`` / ``alt="…" />``) is one tag. Pages of my own.
"""

import pytest

from articles.parsing import parse_page
from articles.parsing.htmltext import printed_lines
from tests.parsing.helpers import parse

HEAD = "<p>城东新建三座口袋公园</p>"
LEAD = "<p>本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，配有健身器材。</p>"
QUOTE = "<p>市民李女士说：“家门口就能锻炼，太方便了。”</p>"


def _texts(parsed) -> list[str]:
    return [block.text for article in parsed.articles for block in article.blocks]


def test_a_script_over_several_lines_is_set_aside_line_by_line():
    parsed = parse(
        HEAD,
        LEAD,
        '<script type="text/javascript">',
        '  var ad = "点击领取优惠券";',
        "",
        "  show(ad);</script>",
        QUOTE,
    )
    assert [a.headline for a in parsed.articles] == ["城东新建三座口袋公园"]
    assert _texts(parsed) == [
        "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，配有健身器材。",
        "市民李女士说：“家门口就能锻炼，太方便了。”",
    ]
    aside = {s.line: s.text for s in parsed.set_aside}
    assert aside[3] == '<script type="text/javascript">'
    assert aside[4].strip() == 'var ad = "点击领取优惠券";'
    assert aside[6].strip() == "show(ad);</script>"
    assert aside[7] == "<p></p>"  # (the line after keeps its own number)


def test_hidden_elements_inside_a_paragraph_line_leave_the_text_around_them():
    parsed = parse(
        HEAD,
        "<p>本报讯（记者王刚）城东区新建的口袋公园<script>track('a<b');</script>日前向市民开放，"
        "<noscript>请开启脚本</noscript>配有<style>p{color:red}</style>健身器材。</p>",
        "<template><p>模板里的段落。</p></template>",
    )
    assert _texts(parsed) == [
        "本报讯（记者王刚）城东区新建的口袋公园日前向市民开放，配有健身器材。"
    ]


def test_a_page_head_over_lines_prints_nothing():
    parsed = parse(
        '<div id="page"><head>',
        "<title>城东新闻网</title>",
        '<meta charset="utf-8">',
        "</head><body>",
        HEAD,
        LEAD,
    )
    assert [a.headline for a in parsed.articles] == ["城东新建三座口袋公园"]
    assert "城东新闻网" not in "".join(_texts(parsed))


def test_comments_on_one_line_and_over_lines_print_nothing():
    parsed = parse(
        HEAD,
        "<!-- 广告位 开始 -->",
        "<p>本报讯（记者王刚）城东区今年新建的三座口袋公园<!-- 编辑：改 -->日前向市民开放。</p>",
        "<!--",
        "  旧稿：城东区去年新建两座公园。",
        "-->",
        QUOTE,
    )
    assert [a.headline for a in parsed.articles] == ["城东新建三座口袋公园"]
    assert _texts(parsed) == [
        "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放。",
        "市民李女士说：“家门口就能锻炼，太方便了。”",
    ]


def test_a_script_never_closed_hides_nothing_but_its_tag():
    parsed = parse(HEAD, LEAD, "<p><script>市民李女士说：“家门口就能锻炼，太方便了。”</p>")
    assert _texts(parsed)[-1] == "市民李女士说：“家门口就能锻炼，太方便了。”"


def test_an_image_tag_wrapped_over_three_lines_is_one_tag():
    parsed = parse(
        HEAD,
        LEAD,
        "<img",
        '     src="/pic/1.jpg"',
        '     alt="公园一角" />',
        QUOTE,
    )
    assert [a.headline for a in parsed.articles] == ["城东新建三座口袋公园"]
    assert _texts(parsed)[-1] == "市民李女士说：“家门口就能锻炼，太方便了。”"
    assert not any("<" in text or "alt=" in text for text in _texts(parsed))


def test_text_before_and_after_a_wrapped_tag_stays():
    parsed = parse(
        HEAD,
        "<p>本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放。</p><p",
        '   class="content">市民李女士说：“家门口就能锻炼，太方便了。”</p>',
    )
    assert _texts(parsed) == [
        "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放。",
        "市民李女士说：“家门口就能锻炼，太方便了。”",
    ]


def test_a_printed_less_than_sign_at_a_line_end_is_no_wrapped_tag():
    parsed = parse(
        HEAD,
        "<p>本报讯 老师在黑板上写下：当x<a",
        "时，y>0，问学生为什么。<img",
        'src="/pic/1.jpg" />学生答不上来。</p>',
    )
    assert "".join(_texts(parsed)).startswith("本报讯 老师在黑板上写下：当x<a")
    assert [a.headline for a in parsed.articles] == ["城东新建三座口袋公园"]
    assert "".join(_texts(parsed)).endswith("时，y>0，问学生为什么。学生答不上来。")
    assert "<img" not in "".join(_texts(parsed))


def test_a_tag_whose_end_is_too_far_down_is_no_tag():
    wrapped = ['<p>本报讯 城东区新建公园<img src="/pic/1.jpg"', *(['  x="1"'] * 3), "/>。</p>"]
    html = printed_lines([HEAD, *wrapped])
    assert html.lines[1] == "本报讯 城东区新建公园"
    too_far = [wrapped[0], *(['  x="1"'] * 6), "/>。</p>"]
    html = printed_lines([HEAD, *too_far])
    assert html.lines[1] == '本报讯 城东区新建公园<img src="/pic/1.jpg"'


def test_every_page_line_keeps_its_number_across_markup_over_lines():
    lines = [HEAD, "<script>", "var a = 1;", "</script>", '<img src="/1.jpg"', 'alt="图" />', LEAD]
    html = printed_lines(lines)
    assert html.source == [1, 2, 3, 4, 5, 6, 7]
    assert html.tags_only == {2, 3, 4, 5, 6}
    assert html.lines[2] is lines[2]  # (set aside whole, as the page has it)


def test_hostile_markup_reads_in_one_pass():
    # Each '<' is read once; a closing tag or '-->' that never comes is looked for once
    # (bench/hostile_bench.py times these shapes).
    for text in (
        "<p>x</p>\n" + "<script>\n" * 20_000,
        "<p>x</p>\n" + "<!--\n" * 20_000,
        "<p>x</p>\n" + '<img src="a"\n' * 20_000,
        "<p>x</p>\n" + "<a " * 30_000,
    ):
        parsed = parse_page(text + "\n<script>代码</script>\n<p>“</p>")
        assert "代码" not in "".join(_texts(parsed))


PLAIN_HEAD = "城东新建三座口袋公园"
PLAIN_LEAD = "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，配有健身器材。"
PLAIN_QUOTE = "市民李女士说：“家门口就能锻炼，太方便了。”"


@pytest.mark.parametrize(
    "comment",
    [
        ("<!--", "广告位 开始", "-->"),
        ("<!-- 广告位", "开始 -->"),
        ("<!--", "  旧稿：城东区去年新建两座公园。", "  编辑：周明", "-->"),
    ],
)
def test_a_comment_over_lines_on_a_page_with_no_other_tag_prints_nothing(comment):
    parsed = parse(PLAIN_HEAD, "", PLAIN_LEAD, *comment, PLAIN_QUOTE)
    assert [a.headline for a in parsed.articles] == ["城东新建三座口袋公园"]
    assert _texts(parsed) == [PLAIN_LEAD, PLAIN_QUOTE]
