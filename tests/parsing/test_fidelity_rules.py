"""The parser's rules added while working through the fidelity bench's mismatches (issue 14):
each test is one rule of INPUT.md on a small page written for it."""

from articles.continuations.matching import assignment_decide
from articles.parsing import parse_page
from articles.text import get_jieba
from tests.parsing.helpers import decks, parse

DATED = "本报讯（记者 王  强）昨天，市里召开会议，部署今年的防汛工作。会议要求各地落实责任。"
TEXT = "各部门要加强值班，及时发布预警信息。群众要注意出行安全。"


def aside(parsed, reason: str):
    return [s.text for s in parsed.set_aside if s.reason == reason]


# Furniture ------------------------------------------------------------------------------------


def test_section_name_alone_at_the_top_of_a_page_is_its_section_not_a_kicker():
    parsed = parse("看东城·民生", "", "防汛工作全面部署", "", DATED)
    assert decks(parsed) == [("", "防汛工作全面部署", "")]
    assert parsed.metadata.section == "看东城·民生"
    assert aside(parsed, "page-section") == ["看东城·民生"]
    assert [f.kind for f in parsed.flags] == ["page-section"]


def test_section_name_above_a_continued_text_is_the_section():
    parsed = parse("要闻", "", "（上接第一版）" + TEXT)
    assert parsed.articles[0].headline == ""
    assert parsed.metadata.section == "要闻"


def test_section_name_as_the_pages_only_line_without_a_line_end_is_read():
    parsed = parse_page("要闻")
    assert parsed.metadata.section == ""
    assert [s.text for s in parsed.set_aside] + [a.headline for a in parsed.articles] == ["要闻"]


def test_short_headline_at_the_top_over_a_dated_story_stays_a_headline():
    parsed = parse("防汛忙", "", DATED)
    assert decks(parsed) == [("", "防汛忙", "")]
    assert parsed.metadata.section == ""


def test_short_paper_name_and_chinese_numeral_date_at_the_top_are_the_masthead():
    parsed = parse("东 风 报", "一九六七年四月三日", "", "防汛工作全面部署", "", DATED)
    assert decks(parsed) == [("", "防汛工作全面部署", "")]
    assert aside(parsed, "masthead") == ["东 风 报"]
    assert aside(parsed, "page-stamp") == ["一九六七年四月三日"]
    assert parsed.metadata.date == "1967-04-03"  # the masthead's date, in Chinese numerals


def test_running_head_of_a_paper_named_without_a_kind_word_is_furniture():
    parsed = parse("前进报  第二版", "", "防汛工作全面部署", "", DATED)
    assert aside(parsed, "page-header") == ["前进报  第二版"]
    assert parsed.metadata.label == "2"


def test_republic_era_date_line_is_a_page_stamp():
    parsed = parse("新聞報", "中華民國三十八年五月十四日 星期六", "", "防汛工作全面部署", DATED)
    assert decks(parsed) == [("", "防汛工作全面部署", "")]


def test_price_with_a_currency_code_and_barcode_is_the_masthead():
    parsed = parse("HK$8.00 9 770987 654003", "防汛工作全面部署", DATED)
    assert aside(parsed, "masthead") == ["HK$8.00 9 770987 654003"]
    assert decks(parsed) == [("", "防汛工作全面部署", "")]


def test_running_head_ending_with_the_date_is_furniture_and_gives_label_section_date():
    parsed = parse("A2  要闻  2022年6月15日 星期三", "", "防汛工作", "全面部署", DATED)
    assert aside(parsed, "page-header") == ["A2  要闻  2022年6月15日 星期三"]
    assert (parsed.metadata.label, parsed.metadata.section, parsed.metadata.date) == (
        "A2",
        "要闻",
        "2022-06-15",
    )
    assert len(parsed.articles) == 1


def test_headline_with_a_temperature_is_not_a_weather_box():
    parsed = parse("明天最高气温降至15℃", "", "本报讯  受冷空气影响，明天最高气温将降至15℃左右。")
    assert decks(parsed) == [("", "明天最高气温降至15℃", "")]
    assert aside(parsed, "weather") == []


# Stories --------------------------------------------------------------------------------------


def test_interview_question_after_a_crosshead_and_a_blank_line_is_text():
    parsed = parse(
        "以数字化推动转型",
        "——访某厅厅长",
        "",
        "本报记者  宋  佳",
        "",
        "近年来，全省制造业数字化转型步伐加快。记者专访了有关负责人。",
        "",
        "企业上云成效明显",
        "",
        "问：转型有哪些进展？",
        "",
        "答：两千多家企业完成了上云改造。",
    )
    [article] = parsed.articles
    assert [b.kind for b in article.blocks] == ["paragraph", "crosshead", "paragraph", "paragraph"]


def test_readers_signature_under_a_letter_signs_it_and_is_not_the_next_headline():
    parsed = parse(
        "市民来信",
        "小区门口的斑马线被占了",
        "",
        "我家住在新华路，小区门口的斑马线上经常停着电动车。",
        "",
        "读者 周先生",
        "",
        "别让“好心”帮了倒忙",
        "",
        "秋冬季节，不少市民到公园里喂流浪猫。喂猫本是好心。",
    )
    assert decks(parsed) == [
        ("市民来信", "小区门口的斑马线被占了", ""),
        ("", "别让“好心”帮了倒忙", ""),
    ]
    assert parsed.articles[0].byline == "读者 周先生"


def test_full_width_cut_line_right_before_a_dateline_is_a_headline():
    parsed = parse(
        "春播准备工作全面展开",
        "",
        "【本报讯】全县各公社",
        "积极做好春播准备，目前",
        "已选好稻种三百多万斤，",
        "翻耕早稻田四万亩，县里",
        "组织了四十个技术小组，",
        "分赴各公社指导浸种。",
        "",
        "县医院巡回医疗队下乡",
        "",
        "【本报讯】县医院组织巡",
        "回医疗队，分三路深入山",
        "区为社员看病送药，共诊",
        "治病人两千多人次。",
    )
    assert decks(parsed) == [("", "春播准备工作全面展开", ""), ("", "县医院巡回医疗队下乡", "")]


def test_line_cut_inside_a_bracket_goes_on_across_a_blank_line():
    parsed = parse("高考首日", "", "本报讯（记者 何", "", "芳）6月7日，全市", "", "考生走进考场。")
    [article] = parsed.articles
    assert article.reporters == ("何芳",)
    assert article.paragraphs == ("本报讯（记者 何芳）6月7日，全市考生走进考场。",)


def test_dateline_alone_on_its_line_opens_the_paragraph_after_it():
    parsed = parse(
        "龙舟赛开赛", "本报讯（记者 苏明）", "6月3日，西江龙舟赛开赛，岸边观赛的市民有三万多人。"
    )
    [article] = parsed.articles
    assert article.dateline == "本报讯"
    assert len(article.paragraphs) == 1


def test_archive_separator_ends_the_item_before_it():
    parsed = parse(
        "第1版()",
        "专栏:",
        "",
        "淮河沿岸各县抢修堤防",
        "本报合肥17日电 入汛以来，淮河沿岸各县组织民工抢修堤防。",
        "",
        "第1版()",
        "专栏:",
        "",
        "【新华社北京十七日消息】中央气象局发布预报：今后三天，华北地区将有降雨。",
    )
    assert [a.dateline for a in parsed.articles] == ["本报合肥17日电", "新华社北京十七日消息"]
    assert not [f for f in parsed.flags if f.kind == "dateline-inside-story"]


def test_numbered_list_title_before_an_archive_separator_is_the_next_items_headline():
    parsed = parse(
        "1. 农业社办起托儿所",
        "第2版()专栏: 农业社办起托儿所 本报讯 红光农业社办起了三个托儿所。",
        "2. 读者来信",
        "第2版()专栏: 读者来信 编辑同志：我们村的广播喇叭坏了，希望尽快修好。",
    )
    assert decks(parsed) == [("", "农业社办起托儿所", ""), ("", "读者来信", "")]


def test_one_line_heading_right_after_a_photo_starts_a_new_story():
    parsed = parse(
        "五月槐花香",
        "",
        DATED,
        "",
        "5月13日，市民在护城河边散步。",
        "记者 袁  峰摄",
        "",
        "守护古城的“老手艺”",
        "",
        "老城南门外的一条小巷里，木匠郑师傅正在修补木窗。",
        "",
        "一扇窗修了三个月",
        "",
        "这扇木窗的窗棂断了十几处，前后花了三个月。",
    )
    assert decks(parsed) == [("", "五月槐花香", ""), ("", "守护古城的“老手艺”", "")]
    assert parsed.articles[1].crossheads == ("一扇窗修了三个月",)
    assert "heading-new-story" in [f.kind for f in parsed.flags]


def test_heading_over_a_text_ending_with_its_own_dateline_is_a_new_story():
    parsed = parse(
        "专家研讨粮食安全",
        "",
        "新华社日内瓦3月10日电  研讨会10日闭幕。与会专家进行了讨论。",
        "",
        "岛国建成海水淡化厂",
        "",
        "一个岛国日前建成首座海水淡化厂，每天可生产淡水六百吨。",
        "",
        "（新华社惠灵顿3月11日电）",
    )
    assert decks(parsed) == [("", "专家研讨粮食安全", ""), ("", "岛国建成海水淡化厂", "")]
    assert parsed.articles[1].dateline == "新华社惠灵顿3月11日电"


def test_crosshead_of_an_undated_feature_stays_inside_even_with_an_end_dateline():
    parsed = parse(
        "岛国的淡水",
        "",
        "一个岛国日前建成首座海水淡化厂，每天可生产淡水六百吨。",
        "",
        "旱季不再缺水",
        "",
        "当地官员说，过去旱季常常供水紧张。",
        "",
        "（新华社惠灵顿3月11日电）",
    )
    assert len(parsed.articles) == 1


# Decks and credits ---------------------------------------------------------------------------


def test_short_first_line_is_a_column_name_only_over_a_title_twice_as_long():
    parsed = parse(
        "高考首日", "考点秩序井然", "", DATED, "", "市民来信", "老街路灯该修一修了", "", TEXT
    )
    assert decks(parsed) == [
        ("", "高考首日", "考点秩序井然"),
        ("市民来信", "老街路灯该修一修了", ""),
    ]


def test_deck_line_that_is_only_a_quantity_ends_the_headline_above_it():
    parsed = parse("端午假期", "我市接待游客", "一百二十万人次", DATED)
    assert decks(parsed) == [("端午假期", "我市接待游客 一百二十万人次", "")]


def test_photo_credit_with_a_spaced_two_character_name():
    parsed = parse("标题", "", DATED, "", "10月19日，市民在菜场买菜。", "图/陈  默")
    [photo] = parsed.photos
    assert (photo.caption, photo.credit_line, photo.photographers) == (
        "10月19日，市民在菜场买菜。",
        "图/陈  默",
        ("陈默",),
    )


def test_spaced_reporter_name_after_a_dateline_without_brackets():
    parsed = parse("标题", "", "本报讯 记者 孙  悦  这两天，乘坐12路公交车的乘客发现了新展板。")
    assert parsed.articles[0].reporters == ("孙悦",)


def test_a_pen_name_learned_by_the_search_dictionary_is_still_a_name():
    lines = ["让小切口解决大民生（东方论坛）", "何  平", "", TEXT]
    before = decks(parse(*lines))
    get_jieba().add_word("何平")  # what the search dictionary does with a reporter's name
    assert decks(parse(*lines)) == before == [("", "让小切口解决大民生（东方论坛）", "")]


def test_a_name_the_search_dictionary_learned_starting_a_longer_name_leaves_it_a_name():
    # The desk learned 詹雨 from a byline; 詹雨桐 under a title then cuts 詹雨 / 桐 (a learned word,
    # no part of speech): still the author's line, as before the desk knew 詹雨.
    lines = ["窗前那棵老槐树", "·詹雨桐·", "", TEXT]
    before = decks(parse(*lines))
    jieba = get_jieba()
    jieba.add_word("詹雨")  # what the search dictionary does with a reporter's name
    try:
        assert decks(parse(*lines)) == before == [("", "窗前那棵老槐树", "")]
        assert parse(*lines).articles[0].reporters == ("詹雨桐",)
    finally:
        jieba.del_word("詹雨")


def test_long_lines_of_every_new_pattern_parse_quickly():
    # Linear patterns: a megabyte of each shape parses (the test's own timeout guards it).
    for piece in (
        "看东城·民生",
        "读者 周先生",
        "本报讯（记者 何",
        "图/陈  默",
        "一九六七年四月三日",
    ):
        text = (piece * (1_000_000 // len(piece.encode()) // 3)) + "\n"
        parsed = parse_page(text)
        assert "".join(b.text for a in parsed.articles for b in a.blocks) or parsed.set_aside


# Jumps ----------------------------------------------------------------------------------------


def test_the_last_marker_and_continuation_of_a_group_pair_by_elimination():
    # Two 下转第二版 (jumps 1, 2), two 上接第一版 (parts 10, 20): 2→20 settled by its headline,
    # 1→10 share few words but are what is left.
    decision = assignment_decide({(1, 10): 0.1, (2, 20): 0.8, (2, 10): 0.05})
    assert [(j, p) for j, p, _ in decision.links] == [(1, 10), (2, 20)]
    assert decision.ambiguous == []


def test_elimination_needs_one_link_settled_first():
    decision = assignment_decide({(1, 10): 0.1, (1, 20): 0.1})
    assert decision.links == []


def test_short_first_line_naming_a_column_genre_is_the_kicker_over_any_longer_title():
    parsed = parse(
        "市民来信",
        "老街路灯该修了",
        "",
        DATED,
        "",
        "一线观察",
        "菜价回落了",
        "",
        TEXT,
        "",
        "高考首日",
        "考点秩序井然",
        "",
        DATED,
    )
    assert decks(parsed) == [
        ("市民来信", "老街路灯该修了", ""),
        ("一线观察", "菜价回落了", ""),
        ("", "高考首日", "考点秩序井然"),
    ]
