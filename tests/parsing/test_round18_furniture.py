"""Round 18 of issue 14: an app's counts parted by bars, its back button with a slash, its title
bar and the page's own label line (pages of my own).

INPUT.md, "Encoding and layout": e-paper and app exports carry their site's furniture
(navigation, counts, the page shown); none of it is a headline.
"""

from tests.parsing.helpers import decks, parse, reasons

TEXT = "本报讯　县水利局昨天表示，城西新修的三条灌渠已经全部通水，可灌溉农田八千亩。"
TEXT2 = "本报讯　市图书馆昨天起延长开放时间，每晚闭馆推迟到九点半，周末照常开放。"


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


def test_running_head_with_the_papers_name_below_the_first_text_is_furniture():
    head = "3  乡村振兴  白沙县报"
    parsed = parse("城西三条灌渠全部通水", TEXT, "", head, "", "市图书馆延长开放时间", TEXT2)
    assert reasons(parsed)[head] == "page-header"
    assert decks(parsed) == [("", "城西三条灌渠全部通水", ""), ("", "市图书馆延长开放时间", "")]
