"""Round 13 of issue 14: mastheads naming their publisher, section names at a page's top, a data
column's name, TV listings and notices' signatures (pages of my own).

INPUT.md, "Page furniture": a masthead's lines (the publisher, the issue, the page count) and a
section name at the top of a page are furniture, never a story nor its kicker; a service page's
listings are an item of their own; a notice's signature (issuing bodies, then the date) ends
that notice.
"""

from articles.parsing.header_patterns import paper_contact_line, schedule_row, unspaced_name
from tests.parsing.helpers import decks, parse, reasons

STORY = (
    "",
    "湖滨公园新增十处健身点",
    "本报讯　市园林局昨天表示，湖滨公园新增的十处健身点已全部建成，市民可免费使用。",
)


# -- mastheads ---------------------------------------------------------------------------------


def test_organ_line_with_its_page_count_in_chinese_numerals_is_the_masthead():
    parsed = parse("松 岭 报", "1965年3月8日 星期一 第1版", "中共松岭地委机关报 本期四版", *STORY)
    assert reasons(parsed)["中共松岭地委机关报 本期四版"] == "page-header"
    assert decks(parsed) == [("", "湖滨公园新增十处健身点", "")]


def test_campus_weekly_line_naming_its_publisher_among_issue_and_date_is_the_masthead():
    line = "第388期　　2015年10月16日　星期五　　　桥山学院党委宣传部主办　　　校内刊号：QS-0105"
    parsed = parse("桥山学院报", line, *STORY)
    assert reasons(parsed)[line] == "page-header"
    assert parsed.metadata.date == "2015-10-16"
    assert decks(parsed) == [("", "湖滨公园新增十处健身点", "")]


def test_line_of_publishers_alone_stays_a_publisher_line():
    parsed = parse("今日岚川", "中共岚川县委主办 岚川县融媒体中心出版", *STORY)
    assert reasons(parsed)["中共岚川县委主办 岚川县融媒体中心出版"] == "masthead"


def test_pages_own_editor_named_alone_is_the_staff_line_not_a_byline():
    parsed = parse(*STORY, "", "本版编辑　陶　然")
    assert reasons(parsed)["本版编辑　陶　然"] == "staff"
    assert parsed.articles[0].reporters == ()


def test_pages_responsible_editor_after_a_translators_note_is_no_reporter():
    parsed = parse(*STORY, "", "（编译/贝  宁）", "", "本版责任编辑  闵小桥")
    assert reasons(parsed)["本版责任编辑  闵小桥"] == "staff"
    assert "闵小桥" not in parsed.articles[0].reporters


def test_title_with_an_issue_number_is_no_masthead_line():
    parsed = parse("港口物流第3期工作简报", "本期共四版，欢迎各单位来稿。")
    assert "港口物流第3期工作简报" not in reasons(parsed)


# -- section names at the top ------------------------------------------------------------------


def test_letter_spaced_section_name_under_the_header_is_the_pages_not_a_kicker():
    parsed = parse(
        "A8 侨乡  澜湾时报  2012年5月21日 星期一",
        "",
        "侨  乡",
        "",
        "南洋乡亲回乡寻根",
        "百年祠堂重修落成",
        "",
        "【本报讯】旅居南洋的三百多位乡亲昨日回到祖籍地，出席百年宗祠重修落成典礼。",
    )
    assert reasons(parsed)["侨  乡"] == "page-section"
    assert parsed.metadata.section == "侨乡"
    assert decks(parsed) == [("", "南洋乡亲回乡寻根", "百年祠堂重修落成")]


def test_letter_spaced_column_name_lower_on_the_page_stays_a_kicker():
    parsed = parse(
        "A8 侨乡  澜湾时报  2012年5月21日 星期一",
        *STORY,
        "",
        "短  评",
        "",
        "寻根更要扎根",
        "",
        "乡亲回乡寻根，是情感的纽带，更是合作的桥梁。",
    )
    assert "短  评" not in reasons(parsed)
    assert decks(parsed)[-1] == ("短 评", "寻根更要扎根", "")


def test_supplement_name_over_the_kind_of_page_both_name_the_page():
    parsed = parse(
        "澜湾时报  2012年5月21日  星期一  第B2版",
        "",
        "晨  钟",
        "",
        "副刊",
        "",
        "老街口的修表铺（市井小记）",
        "",
        "柏  若  兰",
        "",
        "老街口的修表铺开了四十年，铺子只有一张桌子那么宽。",
    )
    found = reasons(parsed)
    assert found["晨  钟"] == found["副刊"] == "page-section"
    assert decks(parsed) == [("", "老街口的修表铺（市井小记）", "")]


def test_unspaced_name_joins_only_a_letter_spaced_word():
    assert unspaced_name("港  闻") == "港闻"
    assert unspaced_name("数 据") == "数据"
    assert unspaced_name("港闻 要闻 体育") == "港闻 要闻 体育"  # words, not letters
    assert unspaced_name("  要闻 ") == "要闻"


# -- a data column's name ----------------------------------------------------------------------


def test_data_columns_name_without_brackets_is_set_aside_not_the_items_kicker():
    parsed = parse(
        "全市外贸出口稳中有升",
        "　　本报讯　记者申立平报道：市海关日前公布，今年前四个月全市外贸出口总额同比增长百分之九。",
        "数　据",
        "一季度全市新登记企业三千余户",
        "　　据市市场监管局统计，一季度全市新登记各类企业三千一百余户，同比增长百分之六。",
    )
    assert reasons(parsed)["数　据"] == "data-box"
    assert decks(parsed) == [
        ("", "全市外贸出口稳中有升", ""),
        ("", "一季度全市新登记企业三千余户", ""),
    ]


# -- TV listings -------------------------------------------------------------------------------

LISTINGS = (
    "11月24日电视节目",
    "",
    "溪源电视台综合频道",
    "07:00 早安溪源　　12:00 午间播报　　18:30 溪源新闻",
    "19:40 电视剧：山城岁月（11-12）　　22:10 晚间气象",
    "溪源电视台公共频道",
    "09:00 健康大讲堂　　20:00 百姓调解室",
    "",
    "（节目如有变动，以电视台播出为准）",
    "",
    "入冬前检查燃气管道",
    "",
    "本报讯（记者　卓一帆）市燃气公司提醒市民，入冬前要检查家中燃气软管是否老化。",
)


def test_tv_listings_are_their_titles_text_not_a_box_nor_the_next_deck():
    parsed = parse(*STORY, "", *LISTINGS)
    assert decks(parsed) == [
        ("", "湖滨公园新增十处健身点", ""),
        ("", "11月24日电视节目", ""),
        ("", "入冬前检查燃气管道", ""),
    ]
    listing = parsed.articles[1]
    assert listing.paragraphs[0] == "溪源电视台综合频道"
    assert listing.paragraphs[-1] == "（节目如有变动，以电视台播出为准）"
    assert not [item for item in parsed.set_aside if item.reason == "data-box"]


def test_schedule_row_is_times_and_programmes_only():
    assert schedule_row("07:00 早安溪源　　12:00 午间播报")
    assert schedule_row("19:40 电视剧：山城岁月（11-12）")
    assert not schedule_row("07:00 早安溪源　　午间播报")  # an entry without its time
    assert not schedule_row("8:30 记者赶到现场。")  # a sentence
    assert not schedule_row("2024年3月1日")


# -- notices' signatures -----------------------------------------------------------------------


def test_funeral_committees_signature_ends_its_notice_not_the_next_kicker():
    parsed = parse(
        "讣　　告",
        "",
        "宁怀远同志因病医治无效，于2018年9月10日逝世，享年八十二岁。",
        "",
        "特此讣告。",
        "",
        "宁怀远同志治丧小组",
        "2018年9月11日",
        "",
        "关于滨河东路夜间断电检修的公告",
        "",
        "因电网改造需要，9月15日晚滨河东路沿线将停电检修。",
    )
    assert decks(parsed) == [("", "讣 告", ""), ("", "关于滨河东路夜间断电检修的公告", "")]
    assert parsed.metadata.date != "2018-09-11"


def test_two_issuing_bodies_on_one_line_sign_their_notice():
    parsed = parse(
        "关于滨河东路夜间断电检修的公告",
        "",
        "因电网改造需要，9月15日晚滨河东路沿线将停电检修。由此带来的不便，敬请谅解。",
        "",
        "云溪县供电公司　云溪县城市照明管理处",
        "2018年9月11日",
        "",
        "失物招领",
        "",
        "9月8日下午，有市民在县汽车站候车室拾得黑色背包一个，请失主到服务台认领。",
    )
    assert decks(parsed) == [("", "关于滨河东路夜间断电检修的公告", ""), ("", "失物招领", "")]


def test_title_over_a_date_after_unfinished_text_is_no_signature():
    parsed = parse(
        "县里新建的图书馆",
        "",
        "新馆藏书十万册，设有少儿阅览室",
        "",
        "城东综合服务站",
        "2018年9月11日",
        "",
        "城东综合服务站昨天正式启用，居民可在站内办理各类事务。",
    )
    assert "城东综合服务站" in [a.headline for a in parsed.articles]


# -- a reprint's original title ----------------------------------------------------------------


def test_original_title_under_a_reprinted_text_ends_it_not_the_next_kicker():
    parsed = parse(
        "北欧小镇兴起“修理咖啡馆”",
        "",
        "【路透社奥斯陆3月15日电】在挪威北部的一座小镇上，居民们每周六把坏了的台灯送到咖啡馆修理。",
        "",
        "原题：旧物在咖啡馆里重获新生",
        "",
        "南美高原种出耐旱土豆",
        "",
        "据秘鲁《安第斯日报》3月14日报道，当地农学家在高原上试种成功一种耐旱土豆。",
    )
    assert decks(parsed) == [
        ("", "北欧小镇兴起“修理咖啡馆”", ""),
        ("", "南美高原种出耐旱土豆", ""),
    ]
    assert "原题：旧物在咖啡馆里重获新生" in parsed.articles[0].paragraphs[-1]


def test_original_title_line_right_under_a_headline_is_not_taken_as_an_ending():
    parsed = parse("原题：旧物重获新生", "", "居民们每周六把坏了的台灯送到咖啡馆修理。")
    assert parsed.articles[0].headline == "原题：旧物重获新生"


# -- the paper's contact line at a page's foot -------------------------------------------------


def test_papers_hotlines_at_the_foot_are_no_part_of_the_last_story():
    parsed = parse(*STORY, "", "本报热线：96000000  新闻投诉：96000001")
    assert reasons(parsed)["本报热线：96000000  新闻投诉：96000001"] == "masthead"
    assert "96000000" not in parsed.articles[0].paragraphs[-1]


def test_paper_contact_line_names_the_papers_own_desks_only():
    assert paper_contact_line("广告热线：0597-8826601　　　地址：汀州市中山路56号报社一楼")
    assert not paper_contact_line("联系电话：138 5901 2276")  # a notice's own line
    assert not paper_contact_line("地址：汀州市中山路56号")  # an address alone


def test_a_line_of_running_text_is_never_furniture_but_a_record_field_before_it_still_is():
    from articles.parsing.furniture import furniture_reason
    from articles.text import fold

    prose = "本站今年新建候车亭二十座，方便群众出行。版面设计由市民投票选出，上一版方案已作废。责任编辑表示，明年还将继续改造。"
    assert furniture_reason(prose, fold(prose), {}, top=True) is None
    record = "版面：第2版 要闻 " + prose
    assert furniture_reason(record, fold(record), {}, top=False) == "archive-separator"
