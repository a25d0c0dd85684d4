"""Round 18 of issue 14: an app's counts parted by bars, its back button with a slash, its title
bar and the page's own label line (pages of my own).

INPUT.md, "Encoding and layout": e-paper and app exports carry their site's furniture
(navigation, counts, the page shown); none of it is a headline.
"""

from tests.parsing.helpers import decks, parse, reasons

TEXT = "本报讯　县水利局昨天表示，城西新修的三条灌渠已经全部通水，可灌溉农田八千亩。"
TEXT2 = "本报讯　市图书馆昨天起延长开放时间，每晚闭馆推迟到九点半，周末照常开放。"
STORY_LINES = ("城西三条灌渠全部通水", TEXT)
STORY2_LINES = ("市图书馆延长开放时间", TEXT2)


# An app's chrome ---------------------------------------------------------------------------------


def test_app_counts_parted_by_bars_under_a_headline_are_not_a_deck_line():
    for counts in ("阅读 20417  |  点赞 615  |  分享", "阅读 4.2万 | 分享 903 | 点赞 77"):
        parsed = parse(
            "城西三条灌渠全部通水", counts, TEXT, "", "市图书馆延长开放时间", counts, TEXT2
        )
        assert reasons(parsed)[counts] == "navigation"
        assert decks(parsed) == [
            ("", "城西三条灌渠全部通水", ""),
            ("", "市图书馆延长开放时间", ""),
        ]


def test_back_button_with_a_slash_over_every_story_is_navigation():
    parsed = parse(
        "返回 / 目录", "城西三条灌渠全部通水", TEXT, "返回 / 目录", "市图书馆延长开放时间", TEXT2
    )
    assert reasons(parsed)["返回 / 目录"] == "navigation"
    assert decks(parsed) == [("", "城西三条灌渠全部通水", ""), ("", "市图书馆延长开放时间", "")]


def test_app_title_bar_and_page_line_at_the_top_are_furniture_and_say_the_page():
    parsed = parse(
        "青河晚报客户端", "返回 / 目录", "03版：城事  2027年03月09日", "城西三条灌渠全部通水", TEXT
    )
    found = reasons(parsed)
    assert found["青河晚报客户端"] == "navigation"
    assert found["03版：城事  2027年03月09日"] == "navigation"
    assert parsed.metadata.label == "3"
    assert decks(parsed) == [("", "城西三条灌渠全部通水", "")]


# A digest's translator line ---------------------------------------------------------------------


def test_translator_line_closing_a_digest_item_is_not_the_next_items_kicker():
    parsed = parse(
        "东岸国港口货运回暖",
        "【东岸国通讯社海风城5月3日电】东岸国港务局3日公布，一季度港口货运量同比增长一成。",
        "编译：纪  远",
        "外媒：",
        "北洲联邦放宽留学签证",
        "【北洲联邦通讯社5月2日电】北洲联邦移民局2日宣布，下学期起留学签证审批缩短为十天。",
    )
    assert reasons(parsed)["编译：纪  远"] == "staff"
    assert decks(parsed) == [("", "东岸国港口货运回暖", ""), ("外媒：", "北洲联邦放宽留学签证", "")]


# Masthead and running heads ---------------------------------------------------------------------

OLD_TEXT = "本报讯  红星农具厂的工人们自己动手，改装了十台脱粒机，提高工效一倍。"


def test_issuer_who_compiles_and_prints_the_paper_beside_its_price_is_the_masthead():
    line = "河口县农机战线革命委员会编印  每份一分"
    parsed = parse("1970年5月4日星期一第1版", "河 口 战 报", line, "", "农具厂改装脱粒机", OLD_TEXT)
    assert reasons(parsed)[line] == "page-header"
    assert decks(parsed) == [("", "农具厂改装脱粒机", "")]


def test_quote_cut_into_short_ocr_lines_under_its_label_is_one_quote():
    parsed = parse(
        "1970年5月4日星期一第1版",
        "河 口 战 报",
        "",
        "最 高 指 示",
        "全党同志要把农业放在",
        "首位，工业也要为农业",
        "服务。",
        "",
        "农业学大寨  工业学大庆",
        "",
        "农具厂改装脱粒机",
        OLD_TEXT,
    )
    assert decks(parsed) == [("", "农具厂改装脱粒机", "")]
    assert len(parsed.articles) == 1


def test_quote_of_one_phrase_right_over_a_headline_ends_at_the_phrase():
    parsed = parse(
        "1970年5月4日星期一第1版",
        "河 口 战 报",
        "毛主席语录",
        "自力更生",
        "农具厂改装脱粒机",
        OLD_TEXT,
    )
    assert decks(parsed) == [("", "农具厂改装脱粒机", "")]
    assert parsed.articles[0].dateline == "本报讯"


def test_running_head_with_the_papers_name_below_the_first_text_is_furniture():
    head = "3  乡村振兴  白沙县报"
    parsed = parse("城西三条灌渠全部通水", TEXT, "", head, "", "市图书馆延长开放时间", TEXT2)
    assert reasons(parsed)[head] == "page-header"
    assert decks(parsed) == [("", "城西三条灌渠全部通水", ""), ("", "市图书馆延长开放时间", "")]


def test_publisher_beside_a_price_in_old_units_is_the_masthead():
    line = "白河县革命委员会政工组主办  每份一分"
    parsed = parse("白 河 战 报", "第12期", line, "", "农具厂改装脱粒机", OLD_TEXT)
    assert reasons(parsed)[line] == "page-header"
    assert decks(parsed) == [("", "农具厂改装脱粒机", "")]


def test_ocr_date_line_with_kou_for_ri_in_chinese_numerals_is_a_page_stamp():
    line = "一九七一年三月二十口 星期六"
    parsed = parse("白 河 战 报", line, "", "农具厂改装脱粒机", OLD_TEXT)
    assert reasons(parsed)[line] == "page-stamp"
    assert decks(parsed) == [("", "农具厂改装脱粒机", "")]


def test_column_rule_bar_and_dot_read_by_an_ocr_are_scan_noise():
    parsed = parse("农具厂改装脱粒机", OLD_TEXT, "", "| ·", "", "公社办起农机站", OLD_TEXT)
    assert reasons(parsed)["| ·"] == "scan-noise"
    assert decks(parsed)[1] == ("", "公社办起农机站", "")


# The paper's service boxes ------------------------------------------------------------------------


def test_the_papers_call_to_readers_and_its_contact_line_at_the_foot_make_no_story():
    call = "读者有事请拨打本报热线 96555"
    contact = "本报热线：96555（全天）  微信公众号：白沙晚报  报料邮箱：tip@bswb.example"
    parsed = parse(*STORY_LINES, "", "读者热线", "", call, "", contact)
    found = reasons(parsed)
    assert found[call] == "masthead"
    assert found[contact] == "masthead"
    assert decks(parsed) == [("", "城西三条灌渠全部通水", "")]


def test_section_name_beside_its_hotline_under_the_page_header_is_the_header():
    line = "城事·求助  求助电话：96555000"
    parsed = parse("2027年3月9日 星期二  A06", line, "", "热线回音", *STORY_LINES)
    assert reasons(parsed)[line] == "page-header"
    assert decks(parsed) == [("热线回音", "城西三条灌渠全部通水", "")]


def test_weather_box_label_alone_is_the_weather_boxs():
    parsed = parse(*STORY_LINES, "", "未来三天天气", "城西 晴 12-20℃", "", *STORY2_LINES)
    assert reasons(parsed)["未来三天天气"] == "weather"
    assert decks(parsed)[1] == ("", "市图书馆延长开放时间", "")


def test_digest_pages_source_note_at_its_foot_is_the_source():
    note = "（本版文章均选自外电，有删节）"
    parsed = parse(*STORY_LINES, "", note)
    assert reasons(parsed)[note] == "source"
    assert len(parsed.articles) == 1


# Slogans ------------------------------------------------------------------------------------------


def test_letter_spaced_slogan_in_two_lines_over_a_headline_is_no_deck():
    parsed = parse(
        "农具厂改装脱粒机",
        OLD_TEXT,
        "",
        "抓 紧 秋 收 秋 种",
        "夺 取 农 业 新 胜 利",
        "",
        "公社办起农机站",
        "",
        OLD_TEXT,
    )
    found = reasons(parsed)
    assert found["抓 紧 秋 收 秋 种"] == found["夺 取 农 业 新 胜 利"] == "slogan"
    assert decks(parsed) == [("", "农具厂改装脱粒机", ""), ("", "公社办起农机站", "")]


def test_letter_spaced_headline_over_its_own_text_stays_the_headline():
    parsed = parse("农具厂改装脱粒机", OLD_TEXT, "", "公 社 办 起 农 机 站", "", OLD_TEXT)
    assert "公 社 办 起 农 机 站" not in reasons(parsed)
    assert len(parsed.articles) == 2


# Tables -------------------------------------------------------------------------------------------

SPORT_TEXT = "本报讯　白沙队昨晚在主场以2比1战胜河口队，继续领跑积分榜，主教练赛后表示满意。"


def test_standings_rows_after_an_ellipsis_row_stay_in_the_box():
    parsed = parse(
        "乙级联赛积分榜（截至第九轮）",
        "名次  球队    场次  积分",
        "1    白沙队   9    22",
        "2    临川队   9    19",
        "…",
        "11   石湾队   9    5",
        "12   南溪队   9    3",
        "",
        "全民健身日活动周末举行",
        TEXT,
    )
    assert reasons(parsed)["12   南溪队   9    3"] == "data-box"
    assert decks(parsed) == [("", "全民健身日活动周末举行", "")]
