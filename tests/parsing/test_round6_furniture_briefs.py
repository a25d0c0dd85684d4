"""Round 6 of issue 14: page furniture, datelines and story splitting (pages of my own).

INPUT.md: mastheads carry English names and slogans, none of it a headline; a data box is not a
story; a PDF text layer prints its frames in frame order (the header frame may come after the
briefs); a one-line headline before a story that opens without a dateline is still a new story;
a short line is a headline only when the layout says so.
"""

from articles.parsing.headframes import headline_lines
from tests.parsing.helpers import decks, parse


def aside(parsed, reason: str):
    return [s.text for s in parsed.set_aside if s.reason == reason]


TEXT = "　　本报讯　全县今年新建农村公路一百二十公里，通达所有行政村。"


def test_a_header_line_naming_the_paper_in_latin_letters_is_furniture():
    parsed = parse(
        "南洋早报 Nanyang Morning Post | 吉隆坡 | 2023年5月2日 星期二",
        "",
        "新建医院年底启用",
        TEXT,
    )
    assert decks(parsed) == [("", "新建医院年底启用", "")]
    assert aside(parsed, "page-header")
    assert parsed.metadata.date == "2023-05-02"


def test_latin_words_without_a_papers_name_make_no_header_line():
    parsed = parse("2023年5月2日 Open Day Today", "", "新建医院年底启用", TEXT)
    assert not aside(parsed, "page-header")


def test_a_slogan_of_parallel_phrases_under_the_masthead_is_no_kicker():
    parsed = parse(
        "前哨报",
        "2021年8月3日　星期二　第1版",
        "练兵备战　务实担当　团结奋进",
        "",
        "某部开展夜间射击考核",
        TEXT,
    )
    assert decks(parsed) == [("", "某部开展夜间射击考核", "")]
    assert "练兵备战　务实担当　团结奋进" in aside(parsed, "masthead")


def test_parallel_phrases_of_unequal_length_under_a_masthead_stay_a_deck():
    parsed = parse(
        "前哨报",
        "2021年8月3日　星期二　第1版",
        "练兵备战　务实担当　团结奋进向前",
        "",
        "某部开展夜间射击考核",
        TEXT,
    )
    assert "练兵备战　务实担当　团结奋进向前" not in aside(parsed, "masthead")


def test_a_data_box_behind_a_box_mark_is_set_aside_not_a_deck():
    parsed = parse(
        "■今日行情",
        "沪指　3047.79　+0.41%",
        "两市成交额　9876亿元",
        "",
        "物流园二期开工",
        TEXT,
    )
    assert decks(parsed) == [("", "物流园二期开工", "")]
    assert aside(parsed, "data-box")[0] == "■今日行情"


# A PDF text layer of my own: the brief's frame first, then the header frame, then the lead.
PDF_FRAMES = (
    "公园湖面清淤",
    "工程完工",
    "本报讯（记者",
    "韩冬）经过两",
    "个月施工，人",
    "民公园湖面清",
    "淤工程近日完",
    "工，共清出淤",
    "泥一万余方。",
    "",
    "B3",
    "民生",
    "2025年4月10日",
    "星期四",
    "责任编辑：杜衡",
    "背街小巷整治",
    "再提速",
    "本报讯（记者",
    "林晓）记者昨",
    "天从市城管局",
    "了解到，今年",
    "全市将完成一",
    "百二十条背街",
    "小巷整治。",
)


def test_a_header_frame_after_the_briefs_is_furniture_weekday_and_section_too():
    parsed = parse(*PDF_FRAMES)
    assert ["".join(a.title_lines) for a in parsed.articles] == [
        "公园湖面清淤工程完工",
        "背街小巷整治再提速",
    ]
    assert aside(parsed, "page-stamp") == ["2025年4月10日", "星期四"]
    assert aside(parsed, "page-section") == ["民生"]
    assert [a.dateline for a in parsed.articles] == ["本报讯", "本报讯"]


def test_title_like_lines_right_above_a_dateline_inside_a_block_are_a_headline():
    lines = list(PDF_FRAMES)
    found = headline_lines(lines, 6)
    assert {16, 17} <= found  # 背街小巷整治 / 再提速
    assert 19 not in found  # text, not a headline


def test_a_cut_line_above_a_dateline_that_goes_on_the_text_before_is_no_headline():
    lines = [
        "据项目负责",
        "人介绍，大",
        "桥将进入桥",
        "本报讯（记者",
        "韩冬）经过两",
        "个月施工，人",
    ]
    assert 3 not in headline_lines([*lines, "民公园湖面清", "淤工程。"], 6)


def test_a_headline_right_above_a_dateline_does_not_go_on_an_unfinished_text():
    parsed = parse(
        "物流园二期开工",
        TEXT,
        "　　市商务局有关负责人说，物流园是全市流通体系的重要节点，下一步将在用地、用电等方面给予支持",
        "外贸进出口总值增长",
        "　　新华社杭州3月4日电　今年前两个月，全省外贸进出口总值同比增长百分之七。",
    )
    assert [a.headline for a in parsed.articles] == ["物流园二期开工", "外贸进出口总值增长"]
    assert parsed.articles[1].dateline == "新华社杭州3月4日电"


BRIEF_A = "　　本报讯　3月2日，全市春季招聘会在会展中心举行，四百余家企业提供岗位。"
BRIEF_B = "　　本报讯（通讯员 江月）老城区雨污分流改造工程日前启动，计划年底前完工。"
UNDATED = "　　即日起，市博物馆每周六上午增设两场免费讲解，观众可在服务台登记参加。"


def test_an_undated_brief_between_dated_briefs_is_a_story_of_its_own():
    parsed = parse(
        "简　讯",
        "",
        "全市春季招聘会举行",
        BRIEF_A,
        "市博物馆推出周末讲解",
        UNDATED,
        "老城区启动雨污分流改造",
        BRIEF_B,
    )
    assert [a.headline for a in parsed.articles] == [
        "全市春季招聘会举行",
        "市博物馆推出周末讲解",
        "老城区启动雨污分流改造",
    ]
    assert aside(parsed, "briefs-label") == ["简　讯"]


def test_a_crosshead_under_a_long_dated_story_stays_a_crosshead():
    parsed = parse(
        "全市春季招聘会举行",
        BRIEF_A,
        UNDATED,
        "市博物馆推出周末讲解",
        UNDATED,
        "老城区启动雨污分流改造",
        BRIEF_B,
    )
    assert [a.headline for a in parsed.articles] == ["全市春季招聘会举行", "老城区启动雨污分流改造"]


def test_undated_briefs_parted_by_blank_lines_under_a_column_label_are_stories():
    parsed = parse(
        "企业动态",
        "",
        "东岸纺织新建智能车间",
        "　　东岸纺织集团新建的智能车间日前投产，车间用工减少一半，产品合格率明显提高。",
        "",
        "海湾制药新药获批上市",
        "　　海湾制药公告称，公司研发的一款降血压新药获得上市许可，预计下半年开始销售。",
        "",
        "恒达建材发布年报",
        "　　恒达建材发布年度报告，去年实现营业收入四十六亿元，同比增长百分之十一。",
    )
    assert decks(parsed) == [
        ("", "东岸纺织新建智能车间", ""),
        ("", "海湾制药新药获批上市", ""),
        ("", "恒达建材发布年报", ""),
    ]
    assert aside(parsed, "briefs-label") == ["企业动态"]


def test_briefs_label_over_bullet_items_is_their_headline():
    parsed = parse(
        "图书馆推出夜读服务",
        "　　本报讯　即日起，图书馆东区自习室开放时间延长至次日凌晨一点。",
        "校园简讯",
        "　　●5月6日，学校举行春季运动会，三千余名师生参加。",
        "　　●5月7日，学校与市政府签署合作协议。",
    )
    assert [a.headline for a in parsed.articles] == ["图书馆推出夜读服务", "校园简讯"]


def test_a_masthead_line_with_the_page_count_and_a_price_in_chinese_numerals():
    parsed = parse(
        "淮北日报",
        "1985年3月2日 星期六",
        "第1版 ·代号26-9·",
        "今日出版四版  每份人民币五分",
        "煤矿新井投产",
        TEXT,
    )
    assert decks(parsed) == [("", "煤矿新井投产", "")]
    assert aside(parsed, "page-header") == ["第1版 ·代号26-9·", "今日出版四版  每份人民币五分"]


def test_an_indented_line_as_wide_as_the_column_opens_a_paragraph_not_a_headline():
    parsed = parse(
        "煤矿新井投产",
        "  本报讯 矿务局新建的东",
        "山矿井日前正式投产，设",
        "计年产原煤九十万吨，可",
        "安置职工一千二百多人。",
        "  杨柳乡青年农民张家",
        "旺利用自家庭院养鸡，今",
        "年收入两千多元。",
        "  本报记者 钱立新摄",
    )
    assert [p.caption for p in parsed.photos] == [
        "杨柳乡青年农民张家旺利用自家庭院养鸡，今年收入两千多元。"
    ]
    assert len(parsed.articles) == 1


def test_a_hotline_alone_under_the_masthead_is_furniture_not_a_story():
    parsed = parse(
        "东岸商报",
        "2024年3月5日　星期二　第8版",
        "广告热线：0571-66668888",
        "",
        "遗失声明",
        "　　东岸市和顺餐饮店遗失营业执照副本，声明作废。",
    )
    assert [a.headline for a in parsed.articles] == ["遗失声明"]
    assert aside(parsed, "masthead") == ["东岸商报", "广告热线：0571-66668888"]


def test_a_foreign_papers_dated_report_in_brackets_is_the_dateline():
    parsed = parse(
        "北欧港口加快自动化改造",
        "【挪威《晚邮报》网站3月3日报道】题：港口机器人不再是新鲜事",
        "报道称，北欧多个港口正在加快码头自动化改造。",
    )
    assert parsed.articles[0].dateline == "挪威《晚邮报》网站3月3日报道"
    assert parsed.articles[0].headline == "北欧港口加快自动化改造"


def test_a_numbered_list_under_a_lead_in_line_is_the_storys_text():
    parsed = parse(
        "城市业余篮球联赛第三轮",
        "",
        "本报讯（记者 郭凯）昨晚，城市业余篮球联赛第三轮在市体育馆进行，工大队逆转海港队。",
        "",
        "本轮其他比赛结果：",
        "1.铁路队88比80电力队",
        "2.新城队75比79桥东队",
        "",
        "积分榜上，工大队以六分领跑，铁路队和桥东队同积四分。",
    )
    assert len(parsed.articles) == 1
    assert parsed.articles[0].paragraphs[1:4] == (
        "本轮其他比赛结果：",
        "1.铁路队88比80电力队",
        "2.新城队75比79桥东队",
    )


def test_a_block_opening_with_three_title_like_lines_over_its_dateline_is_all_deck():
    lines = [
        "泥一万余方。",
        "",
        "“清河礼物”",
        "文创集市",
        "周末开市",
        "本报讯（记",
        "者 袁菲）本",
        "周六起，文创",
        "集市将在老街",
        "广场开市。",
    ]
    assert {3, 4, 5} <= headline_lines(lines, 6)


def test_a_table_of_figures_under_a_short_label_is_a_data_box_not_a_deck():
    parsed = parse(
        "比赛结果",
        "东岸雷霆  2：1  港城海狮",
        "南屿城    0：0  北岭建工",
        "积分前三名",
        "1. 北岭建工  20场  41分",
        "2. 南屿城    20场  38分",
        "健身步道年内新增五十公里",
        TEXT,
    )
    assert decks(parsed) == [("", "健身步道年内新增五十公里", "")]
    assert len(aside(parsed, "data-box")) == 6


def test_a_short_headline_over_text_with_figures_is_no_table():
    parsed = parse(
        "物价平稳",
        "　　本报讯　全市三月居民消费价格同比上涨百分之一点二，环比持平。",
        "　　其中食品价格同比上涨百分之二。",
    )
    assert decks(parsed) == [("", "物价平稳", "")]
    assert not aside(parsed, "data-box")


def test_an_archives_column_field_and_empty_author_field_are_no_deck():
    parsed = parse(
        "第4版()",
        "专栏:三言两语",
        "买菜也要讲诚信",
        "作者:",
        "版面:经济",
        "近来，有市民反映个别菜摊缺斤短两。买卖讲的是诚信，一杆秤称的是良心。<br/>",
    )
    assert decks(parsed) == [("", "买菜也要讲诚信", "")]
    assert "专栏:三言两语" in aside(parsed, "archive-separator")
    assert "作者:" in aside(parsed, "archive-separator")


def test_an_archives_title_after_the_column_mark_on_a_line_of_text_stays_the_title():
    parsed = parse(
        "第2版()专栏: 农业社办起托儿所 本报讯 红光农业社办起了三个托儿所，收托儿童六十多名。",
    )
    assert len(parsed.articles) == 1
    assert "红光农业社" in "".join(parsed.articles[0].paragraphs)
    assert "农业社办起托儿所" not in "".join(aside(parsed, "archive-separator"))


def test_a_papers_name_over_its_dated_line_and_running_head_is_the_masthead():
    parsed = parse(
        "环球参考",
        "2026年4月22日  星期三",
        "第3版  国际",
        "",
        "日本央行维持利率不变",
        "",
        "【路透社东京4月21日电】日本央行21日宣布维持短期政策利率不变，符合市场预期。",
    )
    assert decks(parsed) == [("", "日本央行维持利率不变", "")]
    assert aside(parsed, "masthead") == ["环球参考"]
    assert aside(parsed, "page-header") == ["第3版  国际"]
    assert not aside(parsed, "data-box")


def test_a_staff_line_naming_the_pages_desk_editor_is_furniture():
    parsed = parse(
        "新建医院年底启用",
        TEXT,
        "",
        "本版责编　刘畅　　美编　沈佳",
    )
    assert decks(parsed) == [("", "新建医院年底启用", "")]
    assert aside(parsed, "staff") == ["本版责编　刘畅　　美编　沈佳"]
