"""Kinds a blind set (holdout42: a 1950s military-district paper typed from microfilm, a Chinese
weekly printed in Japan as a PDF text layer, a 1990s digest weekly) showed, on pages written for
these tests:

- an internal paper's notice alone in brackets (``（内部刊物　注意保存）``) is masthead, not a kicker;
- a numeral alone on its line (``二``) over a paragraph opening ``十一点，…`` stays a section head;
- a poem's indented verse lines do not make the page one of cut lines: the letter's signature
  above it and the poem's title and author (``战士　严小川``) are read as such;
- a reprint's source line naming its writer (``（作者：… 摘自《…》）``, ``（摘自《…》 主治医师 …答）``)
  credits the writer;
- an advice column's name (``生活顾问``) over a title is the kicker;
- teasers ``title（3版）`` and a two-character ``老屋（8版）`` under the box's label;
- a cartoon under its label (``漫　画``) captioned ``…（丁一帆　作）`` is a picture credited to
  its drawer;
- a box's label right over its first bulleted title on a page without blank lines is the box's;
- on a page of cut lines: a ``——`` subheadline as wide as the column stays in the deck; a
  headline set one character a line is one headline; a bare credit naming the byline still
  under the title credits the picture; a bulleted title over a full-width line is a title;
- a date with its weekday in Japanese (``2008年11月20日（木曜日）``) is the page's header;
- a place alone in square brackets (``【汐见讯】``) is the paper's dateline;
- on a page without blank lines, a box's name glued over the first of its titled briefs
  (``开心一刻`` / ``找钱``) is the box's label; the imprint line ending with its printer is masthead;
- an advert under ``广告`` reached by its ``TEL 0120-…`` line is set aside.
"""

from __future__ import annotations

from tests.parsing.helpers import decks, parse, reasons


def test_an_internal_papers_notice_alone_in_brackets_is_masthead():
    parsed = parse(
        "东 山 民 兵 报",
        "一九五七年三月二日　星期六　第一二号",
        "",
        "　　（内部刊物　注意保存）",
        "",
        "民兵春季集训开始",
        "",
        "　　【本报讯】全县民兵春季集训昨天开始，各公社基干民兵分批到县武装部集中训练。",
    )
    assert decks(parsed) == [("", "民兵春季集训开始", "")]
    assert reasons(parsed)["（内部刊物　注意保存）"] == "masthead"


FEATURE_LETTER_POEM = (
    "夜行军",
    "本报记者　孙　岩",
    "",
    "　　天黑以后，部队从营房出发，向四十里外的山口前进。",
    "　　一",
    "　　九点钟，尖兵班已经走到河边。河水不深，大家脱下鞋子蹚了过去。",
    "　　二",
    "　　十一点，队伍翻过了第一道山梁。有人脚上打了泡，班长就把他的背包接过来背上。",
    "",
    "战士来信",
    "希望多登些歌曲",
    "",
    "编辑同志：",
    "　　我们连队很喜欢唱歌，希望报纸每期都能登一两首新歌，好让大家学着唱。",
    "某部三连战士　赵大成",
    "",
    "哨所晨光",
    "战士　何小平",
    "",
    "　　东方露出鱼肚白，",
    "　　哨兵挺立山崖上；",
    "　　手握钢枪望远方，",
    "　　保卫祖国守边疆。",
)


def test_a_numeral_alone_over_a_paragraph_it_could_read_into_stays_a_section_head():
    feature = parse(*FEATURE_LETTER_POEM).articles[0]
    assert feature.crossheads == ("一", "二")
    assert feature.paragraphs[-1].startswith("十一点，队伍翻过了第一道山梁。")


def test_verse_lines_do_not_make_a_page_of_cut_lines():
    parsed = parse(*FEATURE_LETTER_POEM)
    assert [a.headline for a in parsed.articles] == ["夜行军", "希望多登些歌曲", "哨所晨光"]
    assert parsed.articles[1].reporters == ("赵大成",)
    assert parsed.articles[2].reporters == ("何小平",)


DIGEST = (
    "山城文摘",
    "1995年6月6日　星期二　第23期",
    "本期要目",
    "老街上的修鞋匠（3版）",
    "茶话（6版）",
    "夏季饮水有讲究",
    "　　入夏以后，天气炎热，人体出汗多，需要及时补充水分。",
    "　　（摘自《健康周报》　主治医师　许明远答）",
    "漫　画",
    "　　会议还在开（钱小兵　作）",
    "信息台",
    "■全省夏粮收购开始",
    "　　全省各地粮站从本月起开始收购夏粮，收购价格比去年略有提高。",
    "■城区新开三条公交线路",
    "　　从下周起，城区将新开三条公交线路，方便市民出行。",
    "法律顾问",
    "孩子挑食怎么办",
    "　　问：我家孩子四岁，吃饭总是挑挑拣拣，怎么办？",
    "　　答：家长不要强迫孩子吃，可以把饭菜做得花样多一些。",
    "　　（作者：杜文清　摘自《育儿周刊》）",
)


def test_a_source_line_naming_the_writer_credits_the_writer():
    parsed = parse(*DIGEST)
    by_headline = {a.headline: a for a in parsed.articles}
    assert by_headline["夏季饮水有讲究"].reporters == ("许明远",)
    assert by_headline["孩子挑食怎么办"].reporters == ("杜文清",)


def test_an_advice_columns_name_over_a_title_is_the_kicker():
    for column, title in (("健康顾问", "夏天老人如何防中暑"), ("法律顾问", "邻居噪音扰民怎么办")):
        parsed = parse(
            column,
            title,
            "　　问：我母亲今年七十岁，每到夏天就没有胃口，平时应该注意些什么？",
            "　　答：夏季气温高，老年人要多喝水，饭菜清淡一些，少在中午出门。",
        )
        assert decks(parsed) == [(column, title, "")]


def test_teasers_with_the_page_in_brackets_also_a_two_character_title():
    parsed = parse(*DIGEST)
    assert [(t.title_lines, t.target_label) for t in parsed.teasers] == [
        (("老街上的修鞋匠",), "3"),
        (("茶话",), "6"),
    ]


def test_a_cartoon_under_its_label_is_a_picture_credited_to_its_drawer():
    parsed = parse(*DIGEST)
    (cartoon,) = parsed.photos
    assert cartoon.caption == "会议还在开"
    assert cartoon.photographers == ("钱小兵",)
    assert reasons(parsed)["漫　画"] == "photo-label"


def test_a_box_label_right_over_its_first_bulleted_title_without_blank_lines():
    parsed = parse(*DIGEST)
    assert "全省夏粮收购开始" in [a.headline for a in parsed.articles]
    assert reasons(parsed)["信息台"] == "box-label"


WEEKLY = (
    "3",
    "侨社·生活",
    "2009年5月14日　责任编辑：马平",
    "新",
    "干",
    "线",
    "年",
    "内",
    "开",
    "通",
    "——从汐见到港南只需一小时二十分钟",
    "本报讯（记者 胡悦）铁路部门日前公",
    "布，连接汐见和港南的新干线将在年",
    "内开通，沿途设八个车站，票价还在",
    "研究中。",
    "人物",
    "在港南教中文十五年",
    "——访港南华文学校校长孟文杰老师",
    "文/本报记者 胡悦",
    "走进港南华文学校，孩子们正在上书",
    "法课。今年52岁的孟文杰1994年",
    "来日本，至今已经教了十五年中文。",
    "孟文杰老师在给学生们上书法课。",
    "胡悦/摄",
    "◆港南华人商会举行新年会",
    "港南华人商会10日在市民会馆举行新",
    "年会，会员和家属三百多人参加。",
    "◆华文学校招收暑期班学员",
    "港南华文学校暑期中文班即日起报名，",
    "七月开课，每周上课三次。",
)


def test_a_cut_pages_vertical_headline_dash_subheadline_and_credit():
    parsed = parse(*WEEKLY)
    assert decks(parsed)[:2] == [
        ("", "新干线年内开通", "——从汐见到港南只需一小时二十分钟"),
        ("人物", "在港南教中文十五年", "——访港南华文学校校长孟文杰老师"),
    ]
    assert parsed.articles[1].reporters == ("胡悦",)
    (photo,) = parsed.photos
    assert (photo.caption, photo.photographers) == ("孟文杰老师在给学生们上书法课。", ("胡悦",))


def test_a_bulleted_title_over_a_full_width_line_is_a_title():
    parsed = parse(*WEEKLY)
    assert [a.headline for a in parsed.articles[-2:]] == [
        "港南华人商会举行新年会",
        "华文学校招收暑期班学员",
    ]


def test_a_japanese_weekday_dates_the_header_and_a_place_in_brackets_is_a_dateline():
    parsed = parse(
        "樱花华报",
        "2009年5月14日（木曜日）",
        "",
        "港南市扩建市民图书馆",
        "",
        "【港南讯】港南市政府12日宣布，市民图书馆将扩建中文阅览室。",
    )
    assert reasons(parsed)["2009年5月14日（木曜日）"] == "page-header"
    (story,) = parsed.articles
    assert (story.headline, story.dateline) == ("港南市扩建市民图书馆", "港南讯")


def test_a_box_label_glued_over_titled_briefs_on_a_page_without_blank_lines():
    parsed = parse(
        "童年的小河",
        "□林　溪",
        "　　小时候，家门前有一条小河，夏天我们总在河里摸鱼捉虾。",
        "　　（摘自《溪山文艺》1993年第8期）",
        "笑一笑",
        "借伞",
        "　　甲：“借你的伞用一下。”乙：“外面没下雨啊。”甲：“我去晒太阳。”",
        "　　（摘自《笑话报》）",
        "找车",
        "　　甲：“我的自行车丢了。”乙：“你骑到哪儿去了？”甲：“骑着去找它了。”",
        "　　（摘自《幽默周刊》）",
        "社址：溪山市东门路8号　邮编：000000　电话：0000000　溪山日报印刷厂印刷",
    )
    assert decks(parsed) == [("", "童年的小河", ""), ("", "借伞", ""), ("", "找车", "")]
    aside = reasons(parsed)
    assert aside["笑一笑"] == "box-label"
    assert (
        aside["社址：溪山市东门路8号　邮编：000000　电话：0000000　溪山日报印刷厂印刷"]
        == "masthead"
    )


def test_an_advert_reached_by_its_tel_line_is_set_aside():
    parsed = parse(
        "港南中文书店开业",
        "【港南讯】港南第一家中文书店10日开业，店内有中文图书一万多册。",
        "广告",
        "诚聘中文教师　两名",
        "周薪5万日元起",
        "TEL 0120-345-678",
    )
    assert [a.headline for a in parsed.articles] == ["港南中文书店开业"]
    assert reasons(parsed)["TEL 0120-345-678"] == "advert"
