"""Teaser boxes found on a blind set (holdout36) that no rule read: a 1930s daily's 本日要目 with
its rows in traditional characters (``米價回落（見第二版）``), a bilingual paper's ``本期导读　IN THIS
ISSUE`` with rows opening with their page the English way (``P3　…``) and English titles after
the Chinese, and a WeChat post's ``今日导读👇`` with rows opened by an emoji (``🔹2版｜…``)."""

from articles.parsing import parse_page
from articles.parsing.bilingual import without_english_echo

OLD_DAILY_FRONT = """\
滄　浦　日　報
中華民國二十四年三月九日　星期六

本日要目
米價回落二角（見第二版）
商會改選揭曉（見第三版）

省府核減田賦附加
自四月一日起施行

（省城八日專電）省府今日會議議決、全省田賦附加一律核減三成、自四月一日起施行、以紓民困。
"""


def test_a_1930s_daily_s_box_of_rows_in_traditional_characters_gives_teasers():
    page = parse_page(OLD_DAILY_FRONT)
    assert [(t.title_lines, t.target_label) for t in page.teasers] == [
        (("米價回落二角",), "2"),
        (("商會改選揭曉",), "3"),
    ]
    lead = page.articles[0]
    assert (lead.kicker, lead.headline) == ("", "省府核減田賦附加")
    assert ("本日要目", "box-label") in [(s.text, s.reason) for s in page.set_aside]


BILINGUAL_FRONT = """\
北湖学院报
THE BEIHU GAZETTE

本期导读　IN THIS ISSUE
P3　图书馆新馆下月开放
P3　学生快讯　Student Briefs
P4　我的第一堂中文课　My First Chinese Class

秋季运动会圆满落幕
Autumn Games Close

本报讯（学生记者　方晓）10月12日，学校第五届秋季运动会在北区体育场落下帷幕。
"""


def test_a_bilingual_box_label_and_p_rows_give_teasers_titled_in_chinese():
    page = parse_page(BILINGUAL_FRONT)
    assert [(t.title_lines, t.target_label) for t in page.teasers] == [
        (("图书馆新馆下月开放",), "3"),
        (("学生快讯",), "3"),
        (("我的第一堂中文课",), "4"),
    ]
    assert page.articles[0].headline == "秋季运动会圆满落幕"
    assert page.articles[0].kicker == ""


WECHAT_FRONT = """\
2025年4月2日  星期三  第1版  要闻

今日导读👇
🔹2版｜城北菜市场改造完工
🔹4版｜油菜花开  游客如织

全县春耕备耕全面展开

本报讯  连日来，全县各乡镇抢抓农时，组织农户整地、育秧、施肥，春耕备耕有序推进。
"""


def test_rows_opened_by_an_emoji_under_a_wechat_box_label_are_teasers():
    page = parse_page(WECHAT_FRONT)
    assert [(t.title_lines, t.target_label) for t in page.teasers] == [
        (("城北菜市场改造完工",), "2"),
        (("油菜花开  游客如织",), "4"),
    ]
    assert [a.headline for a in page.articles] == ["全县春耕备耕全面展开"]


def test_an_emoji_before_a_figure_is_no_teasers_page():
    page = parse_page("✅3项措施落地见效\n\n本报讯  县里出台三项措施，帮助小微企业渡过难关。\n")
    assert page.teasers == ()
    assert page.articles[0].headline == "✅3项措施落地见效"


def test_the_english_name_after_a_chinese_label_is_left_out_only_when_set_apart():
    assert without_english_echo("本期导读　IN THIS ISSUE") == "本期导读"
    assert without_english_echo("校园快讯  Campus Briefs") == "校园快讯"
    assert without_english_echo("我的第一堂中文课 My First Chinese Class") == "我的第一堂中文课"
    assert without_english_echo("苹果发布新款 iPhone") == "苹果发布新款 iPhone"
    assert without_english_echo("Library Extends Opening Hours") == "Library Extends Opening Hours"


WECHAT_PAGE = """\
青川发布
原创  青川融媒  青川发布  2025-05-20 08:00

👆点击上方蓝字「青川发布」关注我们

📰 今日《青川报》
2025年5月20日  星期二  第2版  综合

县城新增两处口袋公园
市民家门口多了休闲去处

本报讯（融媒记者 林  岚）近日，县城东门和北关两处口袋公园建成开放，新增绿地一千二百平方米。

🌟🌟 END 🌟🌟

往期推荐
👉青川县召开2025年春耕工作会议
👉图说｜青川的夏天来了

分享  收藏  点赞  在看
"""


def test_a_wechat_posts_chrome_is_no_deck_and_its_links_are_no_story():
    page = parse_page(WECHAT_PAGE)
    [story] = page.articles
    assert story.title_lines == ("县城新增两处口袋公园", "市民家门口多了休闲去处")
    assert (story.kicker, story.headline) == ("", "县城新增两处口袋公园")
    aside = {s.text: s.reason for s in page.set_aside}
    for line in (
        "原创  青川融媒  青川发布  2025-05-20 08:00",
        "👆点击上方蓝字「青川发布」关注我们",
        "📰 今日《青川报》",
        "🌟🌟 END 🌟🌟",
        "往期推荐",
        "👉青川县召开2025年春耕工作会议",
        "👉图说｜青川的夏天来了",
    ):
        assert aside[line] == "navigation", line
    assert aside["青川发布"] == "masthead"
    assert page.teasers == ()
    assert not any("title lines" in w for w in page.warnings)


def test_a_print_pages_related_story_under_its_label_is_no_box_of_links():
    page = parse_page(
        "相关阅读\n老城墙修缮方案出炉\n本报讯  市文物局日前公布老城墙修缮方案，工程将分三期实施。\n"
    )
    assert [a.headline for a in page.articles] == ["老城墙修缮方案出炉"]


def test_a_headline_opening_with_yuanchuang_is_no_posts_head():
    page = parse_page("原创歌剧《山乡》首演\n\n本报讯  原创歌剧《山乡》昨晚在市大剧院首演。\n")
    assert page.articles[0].headline == "原创歌剧《山乡》首演"


def test_an_english_pointer_beside_the_chinese_marker_is_its_echo_not_a_story():
    front = parse_page(
        "图书馆新馆开馆\nNew Library Opens\n\n"
        "本报讯（学生记者　方晓）10月8日，学校图书馆新馆正式开馆，新馆共六层，可容纳读者三千人，"
        "馆内设有自习区、研讨室和（下转第3版）\n>> Continued on Page 3\n\n"
        "食堂推出夜宵窗口\n\n本报讯  学校第二食堂从本周起推出夜宵窗口，供应到晚上十一点。\n"
    )
    assert [a.headline for a in front.articles] == ["图书馆新馆开馆", "食堂推出夜宵窗口"]
    assert [m.label for m in front.articles[0].markers] == ["3"]
    assert (">> Continued on Page 3", "navigation") in [(s.text, s.reason) for s in front.set_aside]
    inside = parse_page(
        "新馆开馆\n<< Continued from Page 1\n（上接第1版）多媒体阅览室，开放时间为每天早八点至晚十点。\n"
    )
    [part] = inside.articles
    assert part.headline == "新馆开馆"
    assert [(m.direction, m.label) for m in part.markers] == [("backward", "1")]


def test_an_english_pointer_alone_is_the_jumps_marker():
    front = parse_page(
        "Campus Library Extends Hours\n\n"
        "The main library will stay open until 11 p.m. on weekdays from next Monday, and\n"
        "Continued on Page 3\n"
    )
    assert [(m.direction, m.label) for m in front.articles[0].markers] == [("forward", "3")]
    inside = parse_page(
        "Library Hours\nContinued from Page 1\nthe reading rooms will open at 7 a.m. during exams.\n"
    )
    assert [(m.direction, m.label) for m in inside.articles[0].markers] == [("backward", "1")]
    assert inside.articles[0].headline == "Library Hours"


def test_a_briefs_box_label_with_its_english_name_is_no_headline():
    page = parse_page(
        "学院快讯　College Briefs\n\n"
        "●图书馆延长开放时间\n学校图书馆自11月1日起延长开放时间，工作日开放至晚上十一点。\n\n"
        "●校园歌手大赛开始报名\n第八届校园歌手大赛即日起接受报名，决赛将于12月举行。\n"
    )
    assert [(a.kicker, a.headline) for a in page.articles] == [
        ("", "图书馆延长开放时间"),
        ("", "校园歌手大赛开始报名"),
    ]
    assert ("学院快讯　College Briefs", "briefs-label") in [
        (s.text, s.reason) for s in page.set_aside
    ]
