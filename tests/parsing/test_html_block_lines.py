"""A web page's line that carries block tags is read as the lines the browser shows (my pages).

INPUT.md, "Encoding and layout": web-archive and e-paper dumps carry HTML remnants (``<br/>``).
``<p><strong>标题</strong><br/>本报讯…</p>`` shows a headline's line and a paragraph's, as a
page of plain text prints them; a table's cells stay side by side on their row. Flags and
set-asides still name the page's own lines. A printed ``<`` with no attribute syntax after the
name (``当x<a 时，y>0``) is no tag.
"""

from articles.parsing.htmltext import printed_lines, printed_text
from tests.parsing.helpers import decks, parse


def _texts(parsed) -> list[str]:
    return [block.text for article in parsed.articles for block in article.blocks]


def test_a_break_parts_a_headline_from_its_subheadline_as_a_line_break_does():
    tagged = parse(
        "<p>社区医院开设夜间门诊<br/>下班后看病不用再请假</p>",
        "<p>本报讯（记者 骆冰清）从本周一起，湖滨社区卫生服务中心开设夜间门诊。</p>",
    )
    plain = parse(
        "社区医院开设夜间门诊",
        "下班后看病不用再请假",
        "本报讯（记者 骆冰清）从本周一起，湖滨社区卫生服务中心开设夜间门诊。",
    )
    assert decks(tagged) == decks(plain) == [("", "社区医院开设夜间门诊", "下班后看病不用再请假")]
    assert _texts(tagged) == _texts(plain)


def test_a_break_inside_a_sentence_leaves_no_gap_in_the_paragraph():
    parsed = parse(
        "<p>城东新建三座口袋公园</p>",
        "",
        "<p>本报讯 城东新建的三座口袋公园昨天向市民开放，<br/>市民纷纷前往游览。</p>",
    )
    assert _texts(parsed) == ["本报讯 城东新建的三座口袋公园昨天向市民开放，市民纷纷前往游览。"]


def test_flags_and_set_asides_name_the_pages_own_lines():
    parsed = parse(
        "<p><strong>城东新建三座口袋公园</strong><br/>本报讯 三座口袋公园昨天向市民开放。</p>",
        "<p>每座公园都配有健身步道和儿童游乐区。</p>",
    )
    assert decks(parsed) == [("", "城东新建三座口袋公园", "")]
    assert [(s.line, s.text) for s in parsed.set_aside] == [
        (1, "<p><strong></strong><br/></p>"),
        (2, "<p></p>"),
    ]
    jumps = parse(
        "<p>城东新建三座口袋公园<br/>本报讯 三座口袋公园昨天向市民开放。</p>",
        "<p>市民纷纷前往游览。（下转第2版）<br/>（下转第3版）</p>",
        "<p>城南两所学校<br/>（下转第4版）</p>",
    )
    assert jumps.warnings == ("line 2: （下转第3版） follows no text; set aside",)
    assert [(f.line, f.kind) for f in jumps.flags] == [(3, "text-before-jump")]
    assert (2, "（下转第3版）") in [(s.line, s.text) for s in jumps.set_aside]


def test_the_lines_shown_keep_the_number_of_the_page_line_they_come_from():
    html = printed_lines(["　　<p>标题<br/><br/>正文</p>  <p>下一段</p>", "没有标签", "</div>"])
    assert html.lines == ["　　标题", "正文", "下一段", "没有标签", "</div>"]
    assert html.source == [1, 1, 1, 2, 3]
    assert html.tags == {1: "<p><br/><br/></p><p></p>"}
    assert html.tags_only == {5}
    assert [html.page_line(n) for n in (1, 3, 4, 5, 9)] == [1, 1, 2, 3, 3]


def test_a_tables_rows_are_lines_and_its_cells_stay_side_by_side():
    html = printed_lines(
        ["<table><tr><td>公园</td><td>面积</td></tr><tr><td>东湖</td><td>3公顷</td>"]
    )
    assert html.lines == ["公园\u3000\u3000面积", "东湖\u3000\u30003公顷"]


def test_a_continuations_raw_text_is_read_on_the_lines_the_parser_reads():
    raw = "<p>（上接A1版）<br/>三座口袋公园向市民开放</p>\n<p>公园不大。</p>"
    assert printed_text(raw) == "（上接A1版）\n三座口袋公园向市民开放\n公园不大。"


def test_no_attribute_syntax_after_a_tags_name_is_printed_text_not_a_tag():
    parsed = parse(
        '<p><font face=宋体>数学园地</font><a href="/x" target=_blank>函数</a></p>',
        "",
        "<p>本报讯 当x<a 时，y>0；若k<p 则，且m<b 的值>0。<img src=a.jpg alt='图 一' /></p>",
    )
    assert decks(parsed) == [("", "数学园地函数", "")]
    assert _texts(parsed) == ["本报讯 当x<a 时，y>0；若k<p 则，且m<b 的值>0。"]
