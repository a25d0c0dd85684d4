"""Round 17 of issue 14: an OCR'd masthead's issue number and date with letters for digits, a
masthead's page count, a quotation box of several short quotes and a call under the masthead, an
app's counts beside its buttons and its other chrome, a pager and page list of an overseas
e-paper, the paper's hotline beside its complaints line, a weather box's label, a desk's staff
line at the top, a standings table's title with its note and an app's original-title line
(pages of my own).

INPUT.md, "Page furniture": mastheads, slogans, weather boxes, staff lines, navigation and
tables' boxes are furniture, never a story or a deck line; a page stamp's label must be a page's
label before the page is refused for it.
"""

from tests.parsing.helpers import decks, parse, reasons

TEXT = "本报讯　县水利局昨天表示，城西新修的三条灌渠已经全部通水，可灌溉农田八千亩。"
STORY = ("城西三条灌渠全部通水", TEXT)
OLD_TEXT = "本报讯  红星农具厂的工人们自己动手，改装了十台脱粒机，提高工效一倍。"


# An OCR'd masthead ------------------------------------------------------------------------------


def test_wide_set_issue_number_with_a_letter_for_a_digit_is_no_page_label():
    parsed = parse("东  风  战  报", "第 l9 期          东风公社革命委员会主办", "", *STORY)
    assert reasons(parsed)["第 l9 期          东风公社革命委员会主办"] == "page-header"
    assert parsed.metadata.label == ""  # (l9 is the issue's number, the page is not L9)
    assert decks(parsed) == [("", "城西三条灌渠全部通水", "")]


def test_bare_label_with_a_letter_for_a_digit_is_not_taken_as_the_pages_label():
    parsed = parse("l2", "", *STORY)
    assert reasons(parsed)["l2"] == "page-label"
    assert parsed.metadata.label == ""


def test_running_heads_with_a_bare_ocr_label_say_no_page():
    for head in ("红星县报 l7", "l7 要闻"):
        parsed = parse(head, "", *STORY)
        assert reasons(parsed)[head] == "page-header"
        assert parsed.metadata.label == ""
        assert decks(parsed) == [("", "城西三条灌渠全部通水", "")]


def test_a_real_letter_label_is_still_the_pages_label():
    parsed = parse("B2", "", *STORY)
    assert parsed.metadata.label == "B2"


def test_running_head_with_an_ocr_read_date_is_the_page_header():
    head = "东风战报        第 三 版        l969年8月1O日"
    parsed = parse(head, "", "农具厂改装脱粒机", OLD_TEXT)
    assert reasons(parsed)[head] == "page-header"
    assert parsed.metadata.label == "3"
    assert parsed.metadata.date == ""  # (no date taken from misread digits)
    assert decks(parsed) == [("", "农具厂改装脱粒机", "")]


def test_masthead_date_line_with_kou_for_ri_and_price_is_the_header():
    line = "1969年8月10口  星期日        每份二分"
    parsed = parse("东  风  战  报", line, "", "农具厂改装脱粒机", OLD_TEXT)
    assert reasons(parsed)[line] == "page-header"
    assert decks(parsed) == [("", "农具厂改装脱粒机", "")]


def test_issue_number_with_the_page_count_in_brackets_is_a_masthead_line():
    line = "第 236 期  (共四版)"
    parsed = parse("红  岭  报", line, "", "农具厂改装脱粒机", OLD_TEXT)
    assert reasons(parsed)[line] == "page-header"
    assert decks(parsed) == [("", "农具厂改装脱粒机", "")]


def test_a_title_naming_an_issue_is_still_a_title():
    parsed = parse("港口物流第3期工作简报发布", TEXT)
    assert decks(parsed) == [("", "港口物流第3期工作简报发布", "")]


def test_quotation_box_of_several_short_quotes_and_a_call_under_it_are_the_mastheads():
    parsed = parse(
        "红  岭  报",
        "一九七四年九月三日  星期二",
        "",
        "毛主席语录",
        "自力更生。",
        "要节约闹革命。",
        "",
        "鼓足干劲，力争上游，多快好省地建设社会主义！",
        "",
        "农具厂改装脱粒机",
        "提高工效一倍",
        "",
        OLD_TEXT,
    )
    found = reasons(parsed)
    assert found["要节约闹革命。"] == "masthead"
    assert found["鼓足干劲，力争上游，多快好省地建设社会主义！"] == "slogan"
    assert decks(parsed) == [("", "农具厂改装脱粒机", "提高工效一倍")]


def test_a_dot_alone_on_a_line_is_scan_noise_not_a_story():
    parsed = parse(*STORY, "", "·", "", "农具厂改装脱粒机", OLD_TEXT)
    assert reasons(parsed)["·"] == "scan-noise"
    assert len(parsed.articles) == 2


# An app's and an e-paper's chrome ----------------------------------------------------------------


def test_app_counts_beside_buttons_without_counts_are_navigation_not_a_deck_line():
    parsed = parse("城西三条灌渠全部通水", "阅读 4.2万   分享   收藏", TEXT)
    assert reasons(parsed)["阅读 4.2万   分享   收藏"] == "navigation"
    assert decks(parsed) == [("", "城西三条灌渠全部通水", "")]


def test_back_button_to_the_list_and_open_app_prompt_are_navigation():
    chrome = ("返回   目录", "打开APP，阅读体验更佳", "返回  湖城日报  数字报  分享")
    parsed = parse(chrome[0], chrome[2], "", chrome[1], "城西三条灌渠全部通水", TEXT)
    found = reasons(parsed)
    for line in chrome:
        assert found[line] == "navigation"
    assert decks(parsed) == [("", "城西三条灌渠全部通水", "")]


def test_traditional_pager_and_a_page_list_without_ban_are_navigation():
    pager, pages = "上一頁 下一頁", "A1要聞 A2要聞 A3社區 A4社區 B1財經"
    parsed = parse("2026年3月2日 星期一 A3", pager, pages, "", "城西三條灌渠全部通水", TEXT)
    found = reasons(parsed)
    assert found[pager] == "navigation"
    assert found[pages] == "page-list"
    assert decks(parsed) == [("", "城西三條灌渠全部通水", "")]


def test_issue_line_with_a_named_currency_price_is_the_header():
    line = "第31562號  今日出刊20版  零售新台幣15元"
    parsed = parse("2026年3月2日 星期一 A1", line, "", "城西三條灌渠全部通水", TEXT)
    assert reasons(parsed)[line] == "page-header"
    assert parsed.metadata.section == ""  # (零售 is the price's, no section)


# A masthead's service lines ----------------------------------------------------------------------


def test_hotline_beside_the_complaints_line_and_a_spaced_scan_call_are_the_mastheads():
    hotline, scan = "新闻热线：96333   投诉维权：0571-86001234", "扫一扫  下载湖城晚报客户端"
    parsed = parse("湖城晚报", hotline, scan, "", *STORY)
    found = reasons(parsed)
    assert found[hotline] == "masthead"
    assert found[scan] == "masthead"
    assert decks(parsed) == [("", "城西三条灌渠全部通水", "")]


def test_a_notices_complaints_line_alone_in_its_text_is_not_the_papers():
    parsed = parse(*STORY, "监督投诉：0571-86001234", "县水利局", "")
    assert "监督投诉：0571-86001234" not in reasons(parsed)


def test_weather_line_with_its_label_and_degrees_on_both_ends_is_weather_not_a_kicker():
    weather = "今日天气：阴转小雨 9℃～15℃ 西北风三到四级"
    parsed = parse("湖城县报", weather, "城西三条灌渠全部通水", TEXT)
    assert reasons(parsed)[weather] == "weather"
    assert decks(parsed) == [("", "城西三条灌渠全部通水", "")]


def test_desk_editor_without_a_colon_at_the_top_is_the_staff_line():
    staff = "责任编辑  何  苗"
    parsed = parse("6", staff, "", "城西三条灌渠全部通水", "——县水利局答记者问", TEXT)
    assert reasons(parsed)[staff] == "staff"
    assert decks(parsed) == [("", "城西三条灌渠全部通水", "——县水利局答记者问")]


def test_a_plain_editor_word_before_a_name_is_no_staff_line():
    parsed = parse("编辑 部分稿件", "", *STORY)
    assert reasons(parsed).get("编辑 部分稿件") != "staff"


# A standings table's title and an app's original-title line ------------------------------------


def test_standings_table_title_with_its_note_in_brackets_is_the_tables_not_a_story():
    parsed = parse(
        *STORY,
        "",
        "城市篮球联赛积分榜（截至第六轮）",
        "名次  球队      胜  负  得/失分  积分",
        "1     湖城猎豹   6   0   540/430  12",
        "2     西山雄鹰   4   2   500/470  10",
        "",
        "农具厂改装脱粒机",
        OLD_TEXT,
    )
    assert reasons(parsed)["城市篮球联赛积分榜（截至第六轮）"] == "data-box"
    assert [d[1] for d in decks(parsed)] == ["城西三条灌渠全部通水", "农具厂改装脱粒机"]


def test_original_title_line_under_the_headline_is_set_aside_not_the_subheadline():
    parsed = parse("城西三条灌渠全部通水", "原标题：灌渠通水 农田解渴", TEXT)
    assert reasons(parsed)["原标题：灌渠通水 农田解渴"] == "original-title"
    assert decks(parsed) == [("", "城西三条灌渠全部通水", "")]


# A slogan printed down the margin ----------------------------------------------------------------


def test_slogan_printed_down_the_margin_one_character_a_line_is_set_aside_not_a_deck():
    parsed = parse(
        *STORY,
        "",
        "学",
        "农具厂改装脱粒机",
        "大",
        "本报讯  红星农具厂的工人们自",
        "寨",
        "己动手，改装了十台脱粒机，每台",
        "赶",
        "每天能脱粒一万多斤，提高工效一",
        "大",
        "倍。工人们说，自己动手，样样都",
        "寨",
        "能办到。",
    )
    slogan = [item.text for item in parsed.set_aside if item.reason == "slogan"]
    assert "".join(slogan) == "学大寨赶大寨"
    assert decks(parsed) == [("", "城西三条灌渠全部通水", ""), ("", "农具厂改装脱粒机", "")]
    assert parsed.articles[1].paragraphs[0].startswith("本报讯  红星农具厂的工人们自己动手，改装")


def test_a_few_one_character_lines_are_no_vertical_slogan():
    parsed = parse(*STORY, "", "一", "农具厂改装脱粒机", "二", OLD_TEXT)
    assert not [item for item in parsed.set_aside if item.reason == "slogan"]


def test_a_headline_under_a_margin_slogans_first_character_still_opens_a_story():
    parsed = parse(
        "改装脱粒机提高工效一倍",
        "(上接第一版)",
        "农具厂党支部表示，要把这个经验推",
        "广到全公社各个大队的农具修配组，",
        "争取更大的胜利。",
        "",
        "学",
        "东湖大队夜校越办越好",
        "大",
        "  东湖大队的夜校已经办了半年多的",
        "寨",
        "时间，社员们每周学两次，从不间断",
        "赶",
        "。有的社员过去不识字，现在能读报",
        "大",
        "纸了，还能写黑板报稿子。",
        "寨",
        "  大队党支部说，夜校还要办下去，",
        "让更多的社员参加学习。",
        "",
        "供销社开展送货上门",
        "",
        "本报讯  公社供销社组织了三个流",
        "动售货组，挑着货担走村串户，把",
        "农药、化肥和日用品送到社员家门",
        "口，受到社员们的欢迎。",
        "  供销社主任说，今后还要增加流动售",
        "货组，每月下乡两次，方便社员购物。",
        "  社员们说，供销社办到了大家心坎上。",
    )
    assert [d[1] for d in decks(parsed)] == [
        "改装脱粒机提高工效一倍",
        "东湖大队夜校越办越好",
        "供销社开展送货上门",
    ]


def test_numbered_section_heads_on_lines_of_their_own_are_no_vertical_slogan():
    """一 / text / 二 / text … with no blank lines: the numerals head the story's sections."""
    sections = "".join(
        f"{numeral}\n{text}\n"
        for numeral, text in [
            ("一", "各地要落实防汛责任制，明确每一段堤防的责任人。"),
            ("二", "要加强巡堤查险，汛期每天巡查两次以上。"),
            ("三", "要备足防汛物资，确保关键时刻拿得出、用得上。"),
            ("四", "要做好群众转移预案，确保人员安全。"),
        ]
    )
    page = parse(
        "关于做好今年防汛工作的通知",
        "",
        "本报讯 市防汛指挥部昨日发出通知，要求各地做好防汛工作。",
        *sections.splitlines(),
    )
    assert [s.reason for s in page.set_aside] == []
    (story,) = page.articles
    assert [b.text for b in story.blocks if b.kind == "crosshead"] == ["一", "二", "三", "四"]
