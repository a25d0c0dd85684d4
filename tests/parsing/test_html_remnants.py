"""HTML left in a web page's text is read as what the page printed (pages of my own).

INPUT.md, "Encoding and layout": web-archive and e-paper dumps carry HTML remnants (``<br/>``).
Character references stand for the characters the reader saw; block tags (``<p>``, ``</div>``)
part paragraphs as ``<br/>`` does; inline tags (``<b>``, ``<font …>``) only dress their text.
A printed ``&`` or ``<`` that is no reference or tag stays.
"""

from articles.parsing import parse_page
from articles.parsing.htmltext import printed_lines, read_references
from tests.parsing.helpers import decks, parse, reasons


def _texts(parsed) -> list[str]:
    return [block.text for article in parsed.articles for block in article.blocks]


def test_numeric_references_decimal_and_hexadecimal_are_the_characters():
    parsed = parse(
        "新校舍投入使用",
        "",
        "本报讯 校长说：&#8220;欢迎新同学&#x201D;。家长们说：&#X201c;孩子们有福了&#8221;。",
    )
    assert _texts(parsed) == ["本报讯 校长说：“欢迎新同学”。家长们说：“孩子们有福了”。"]


def test_a_printed_ampersand_and_unknown_names_stay_as_printed():
    assert read_references("AT&T、R&D部门&c的代表&foo;和&copy2020到场&amp;") == (
        "AT&T、R&D部门&c的代表&foo;和&copy2020到场&"
    )


def test_references_that_stand_for_no_character_stay_and_one_pass_reads_them():
    # NUL, a C0 control and a surrogate are no characters; a reference escaped twice is shown
    # by the page as the reference (&amp;ldquo; reads &ldquo;).
    assert read_references("&#0;&#1;&#xD800;&amp;ldquo;&#x2028;") == "&#0;&#1;&#xD800;&ldquo; "


def test_white_space_references_are_spaces_the_spacing_rules_read():
    assert read_references("甲&nbsp;乙&emsp;&emsp;丙&#10;丁") == "甲 乙\u3000\u3000丙 丁"


def test_an_escaped_ampersand_in_a_headline_is_one_ampersand():
    parsed = parse(
        "科技&amp;生活",
        "",
        "本报讯 市科技馆新展厅昨天开放，展出二十多件互动展品。",
    )
    assert parsed.articles[0].headline == "科技&生活"


def test_tags_in_deck_and_caption_lines_are_dropped_and_the_break_parts_the_credit():
    tagged = parse(
        '<font color="red">城南片区改造提速</font>',
        "<b>三座口袋公园向市民开放</b>",
        "<strong>每座公园都配有健身步道</strong>",
        "",
        '<p class="content">本报讯（记者 钱立）城南新建的三座口袋公园昨天向市民开放。</p>',
        "<p>9月1日，市民在新开放的口袋公园里散步。<br/>本报记者 韦　岚 摄</p>",
    )
    plain = parse(
        "城南片区改造提速",
        "三座口袋公园向市民开放",
        "每座公园都配有健身步道",
        "",
        "本报讯（记者 钱立）城南新建的三座口袋公园昨天向市民开放。",
        "9月1日，市民在新开放的口袋公园里散步。",
        "本报记者 韦　岚 摄",
    )
    assert decks(tagged) == decks(plain)
    assert "三座口袋公园向市民开放" in decks(tagged)[0]
    story = tagged.articles[0]
    assert (story.dateline, story.reporters) == ("本报讯", ("钱立",))
    assert [(p.caption, p.credit_line) for p in tagged.photos] == [
        ("9月1日，市民在新开放的口袋公园里散步。", "本报记者 韦　岚 摄")
    ]
    assert _texts(tagged) == _texts(plain)


def test_tags_are_set_aside_on_their_own_line_numbers_every_one_of_them():
    parsed = parse(
        "三座口袋公园向市民开放",
        "",
        "<p>本报讯（记者 钱立）城南新建的三座口袋公园昨天向市民开放。</p>",
        "<p>每座公园都配有健身步道和儿童游乐区。</p>",
    )
    assert [(s.line, s.text, s.reason) for s in parsed.set_aside] == [
        (3, "<p></p>", "archive-separator"),
        (4, "<p></p>", "archive-separator"),
    ]


def test_a_line_of_nothing_but_tags_is_set_aside_whole_however_long():
    opening = '<div class="article-content" style="margin:0 auto;line-height:1.8;font-size:16px">'
    parsed = parse(
        "三座口袋公园向市民开放",
        "",
        opening,
        "<p>本报讯（记者 钱立）城南新建的三座口袋公园昨天向市民开放。</p>",
        "</div>",
    )
    assert _texts(parsed) == ["本报讯（记者 钱立）城南新建的三座口袋公园昨天向市民开放。"]
    assert reasons(parsed)[opening] == "archive-separator"


def test_block_tags_between_paragraphs_on_one_line_part_them():
    parsed = parse(
        "三座口袋公园向市民开放",
        "",
        "<P>本报讯（记者 钱立）城南新建的三座口袋公园昨天向市民开放。</P><P>每座公园都配有"
        "健身步道和儿童游乐区。</P><div>公园由街道负责日常管护。</div>",
    )
    assert _texts(parsed) == [
        "本报讯（记者 钱立）城南新建的三座口袋公园昨天向市民开放。",
        "每座公园都配有健身步道和儿童游乐区。",
        "公园由街道负责日常管护。",
    ]


def test_a_jump_marker_split_by_tags_is_still_a_marker():
    parsed = parse(
        "<p>三座口袋公园向市民开放</p>",
        "",
        "<p>本报讯（记者 钱立）城南新建的三座口袋公园昨天向市民开放，每座公园都配有健身步道"
        "和儿童游乐区。（下转<b>A2</b>版）</p>",
    )
    story = parsed.articles[0]
    assert [(m.direction, m.label) for m in story.markers] == [("forward", "A2")]
    assert _texts(parsed) == [
        "本报讯（记者 钱立）城南新建的三座口袋公园昨天向市民开放，每座公园都配有健身步道"
        "和儿童游乐区。"
    ]


def test_a_printed_less_than_sign_is_no_tag():
    parsed = parse(
        "<p>气温跌破零度</p>",
        "",
        "<p>本报讯 今天全市最低气温<10℃，a<b 的天数达到《<三九>》以来最多。</p>",
    )
    assert _texts(parsed) == ["本报讯 今天全市最低气温<10℃，a<b 的天数达到《<三九>》以来最多。"]


def test_a_page_with_references_but_no_tags_keeps_a_formula_that_looks_like_one():
    parsed = parse(
        "数学小课堂",
        "",
        "本报讯 老师在黑板上写下a<b>c，问：&ldquo;它是什么意思？&rdquo;",
    )
    assert _texts(parsed) == ["本报讯 老师在黑板上写下a<b>c，问：“它是什么意思？”"]


def test_lines_keep_their_count_and_untouched_lines_their_identity():
    lines = ["标题", "<p>正文&ldquo;引语&rdquo;</p>", "", "<br/>", "没有标签的一行"]
    html = printed_lines(lines)
    assert html.lines == ["标题", "正文“引语”", "", "<br/>", "没有标签的一行"]
    assert html.lines[4] is lines[4]
    assert html.tags == {2: "<p></p>"}
    assert html.tags_only == {4}


def test_a_page_full_of_ampersands_and_angle_brackets_reads():
    # Every pattern stops at the next '&' or '<': linear (bench/hostile_bench.py times it).
    for text in ("&" * 100_000, "<" * 100_000, "<p " * 33_000, "&#x1;" * 20_000, "<br/>" * 20_000):
        parsed = parse_page(text + "&ldquo;")
        assert "“" in "".join(_texts(parsed)) + "".join(s.text for s in parsed.set_aside)


def test_every_printed_character_and_every_tag_is_kept_in_one_piece():
    # (tests/parsing/test_properties.py's rule for a page with HTML: the references read)
    text = (
        "<p><b>城南&amp;城北</b>口袋公园开放</p>\n"
        "\n"
        '<div class="x"><p>本报讯（记者 钱立）市民说：&ldquo;好！&rdquo;<br/><br/>公园不大。</p>\n'
        "</div>\n"
    )
    parsed = parse_page(text)
    pieces = [*_texts(parsed), *(s.text for s in parsed.set_aside)]
    pieces += [line for article in parsed.articles for line in article.title_lines]
    printed = text.replace("&amp;", "&").replace("&ldquo;", "“").replace("&rdquo;", "”")
    assert sorted("".join(pieces).replace(" ", "").replace("\u3000", "")) == sorted(
        "".join(printed.split())
    )
