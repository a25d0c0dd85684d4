"""The page's lines and a paragraph's dateline, read the quick way, are what the slow way read:
lines split at every break ``str.splitlines`` knows (with the empty line after a last break), and
a dateline's pattern remembered per opening while its reporter's names are still checked, and
continuation markers looked for only in a text holding 转 or 接 (or a character folding to one)."""

from articles.parsing.datelines import dateline_match
from articles.parsing.page import LINE_BREAK_RE, UNPRINTED_RE, page_lines


def test_page_lines_split_at_every_break_and_keep_the_line_after_a_last_break():
    text = "一\r\n二\r三\n四\v五\f六\x1c七\x1d八\x1e九\x85十\u2028十一\u2029十二\n"
    lines, flags = page_lines(text)
    assert lines == LINE_BREAK_RE.split(text)
    assert lines[-2:] == ["十二", ""] and flags == []
    assert page_lines("") == ([""], [])
    assert page_lines("\r\n\r\n")[0] == ["", "", ""]


def test_page_lines_still_drop_control_characters_and_flag_the_first_line():
    text = "标题\n正文\x00有\x1b控制符\n"
    lines, flags = page_lines(text)
    assert lines == [UNPRINTED_RE.sub("", line) for line in LINE_BREAK_RE.split(text)]
    assert lines[1] == "正文有控制符"
    assert [(flag.line, flag.kind) for flag in flags] == [(2, "control-characters")]


def test_same_dateline_opening_read_twice_gives_the_same_answer_each_time():
    first = dateline_match("特約記者張三報導：今天下雨，路上车少。")
    again = dateline_match("特約記者張三報導：明天天晴，出行的人多。")
    assert first is not None and again is not None
    assert first.group() == again.group() == "特约记者张三报导"
    # (not a name between the reporter and 报导: no dateline, however often it is asked)
    assert dateline_match("特约记者好的报导：今天") is None
    assert dateline_match("特约记者好的报导：今天") is None


def test_markers_are_found_in_traditional_print_and_a_line_without_转_or_接_has_none():
    from articles.parsing.patterns import find_markers

    assert find_markers("市里今天开会，大家都到了，会上说了很多事。") == []
    found = find_markers("会议继续进行（下轉第三版）")
    assert [(marker.direction, marker.label) for _, _, marker in found] == [("forward", "3")]
    back = find_markers("（上接第2版）会议继续进行")
    assert [(marker.direction, marker.label) for _, _, marker in back] == [("backward", "2")]


_LONG_CAPTION_PAGE = """河边新修了步道

本报讯（记者 周明）昨天，城东河边的步道修好了，不少市民前来散步。步道全长三公里，沿途种了树。

傍晚时分，市民在新修好的城东河边步道上散步、跑步，河边的柳树已经抽出了新芽，景色宜人，不少人停下来拍照留念。{credit}
"""


def test_a_credit_glued_to_a_long_caption_is_read_from_the_folded_tail():
    from articles.parsing import parse_page

    for credit, photographers in (("記者 許叢軍攝", ("許叢軍",)), ("　　新华社发", ())):
        page = parse_page(_LONG_CAPTION_PAGE.format(credit=credit))
        (photo,) = page.photos
        assert photo.credit_line == credit.strip("　")
        assert photo.caption.startswith("傍晚时分") and photo.caption.endswith("拍照留念。")
        assert photo.article_position == 1 and photo.photographers == photographers


def test_a_word_added_to_jiebas_dictionary_across_a_line_break_still_joins_the_lines():
    from articles.parsing.layout import cut_across
    from articles.text import get_jieba

    jieba = get_jieba()
    assert not cut_across("说起那个叫沃", "兰德的人来了")  # no word across: decided without jieba
    jieba.add_word("沃兰德", 100000)
    try:
        assert cut_across("说起那个叫沃", "兰德的人来了")
    finally:
        jieba.del_word("沃兰德")
    assert not cut_across("说起那个叫沃", "兰德的人来了")


def test_header_pieces_are_still_found_when_lines_are_searched_only_for_their_words():
    from articles.parsing.header_lines import header_line_reason
    from articles.text import fold

    for line, date in (
        ("2024年3月5日  星期二  农历甲辰年正月廿五  第5123期  今日8版", "2024-03-05"),
        ("新闻热线：0512-66668888  邮发代号 27-51  每份1.00元", None),
    ):
        meta: dict = {}
        assert header_line_reason(line, fold(line), meta, top=True) == "page-header"
        assert meta.get("date") == date
    meta = {}
    assert (
        header_line_reason("2024年3月5日 市里开会", fold("2024年3月5日 市里开会"), meta, top=True)
        is None
    )
