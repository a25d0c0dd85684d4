"""Round 15 of issue 14: masthead pieces, slogan strips, drawn quotation boxes, box labels in
brackets, picture labels and a web archive's author field (pages of my own).

INPUT.md, "Page furniture": a masthead's lines (price, barcode, hotline, a call to follow the
paper online, the box of teasers' label), slogans and boxes beside the stories, a briefs box's
label and an archive's meta lines are furniture, never a story or a deck line; the archive's
author field gives the story's byline.
"""

from articles.parsing.quotebox import drawn_box_end, quotation_lines
from tests.parsing.helpers import decks, parse, reasons

TEXT = "本报讯　市园林局昨天表示，湖滨公园新增的十处健身点已全部建成，市民可免费使用。"
STORY = ("", "湖滨公园新增十处健身点", TEXT)


# Masthead pieces -------------------------------------------------------------------------------


def test_hotline_beside_a_call_to_follow_the_paper_online_is_the_masthead_line():
    line = "新闻热线 961-2345    扫码关注湖城晚报微信公众号"
    parsed = parse("湖城晚报", "2025年9月3日 星期三 今日24版", line, *STORY)
    assert reasons(parsed)[line] == "page-header"
    assert decks(parsed) == [("", "湖滨公园新增十处健身点", "")]


def test_a_call_to_follow_the_paper_alone_on_its_line_is_masthead():
    parsed = parse("湖城晚报", "扫描二维码下载湖城新闻客户端", *STORY)
    assert reasons(parsed)["扫描二维码下载湖城新闻客户端"] == "masthead"
    assert decks(parsed) == [("", "湖滨公园新增十处健身点", "")]


def test_label_of_the_front_page_teaser_box_is_no_kicker():
    parsed = parse(
        "湖城晚报",
        "2025年9月3日 星期三 今日24版",
        "",
        "本期看点",
        "",
        "秋游线路大盘点",
        "■B4 出行",
        *STORY,
    )
    assert reasons(parsed)["本期看点"] == "masthead"
    assert decks(parsed) == [("", "湖滨公园新增十处健身点", "")]


def test_price_with_its_tax_note_and_barcode_is_masthead_not_a_story():
    line = "$1.80 (incl. GST) 9 771234 567003"
    parsed = parse(
        line, "新西兰华声报", "", "奥克兰港扩建获批", "【本报奥克兰讯】港务局昨天宣布扩建计划获批。"
    )
    assert reasons(parsed)[line] == "masthead"
    assert decks(parsed) == [("", "奥克兰港扩建获批", "")]


def test_issue_number_in_chinese_numerals_beside_the_organ_line_is_the_header():
    line = "中共柳河县委机关报  第三〇五期"
    parsed = parse("柳 河 报", "1972年3月8日 星期三", line, *STORY)
    assert reasons(parsed)[line] == "page-header"


# Slogan strips ---------------------------------------------------------------------------------


def test_slogan_strips_alone_under_the_masthead_are_no_story():
    parsed = parse(
        "柳 河 报",
        "1972年3月8日 星期三",
        "",
        "备战备荒  为人民",
        "",
        "春耕大忙  人人争先",
        "",
        "全县春耕进度过半",
        "本报讯  连日来，全县各公社抢晴天抓紧春耕，进度已经过半。",
    )
    found = reasons(parsed)
    assert found["备战备荒  为人民"] == "slogan"
    assert found["春耕大忙  人人争先"] == "slogan"
    assert decks(parsed) == [("", "全县春耕进度过半", "")]
    assert "slogan" in [flag.kind for flag in parsed.flags]


def test_slogan_strip_between_two_stories_is_not_the_next_kicker():
    parsed = parse(
        "全县春耕进度过半",
        "本报讯  连日来，全县各公社抢晴天抓紧春耕，进度已经过半。",
        "",
        "    勤俭办社  艰苦奋斗",
        "",
        "东岭大队修好水渠",
        "本报讯  东岭大队社员用十天时间修好了两里长的水渠。",
    )
    assert reasons(parsed)["    勤俭办社  艰苦奋斗".strip()] == "slogan"
    assert decks(parsed)[1] == ("", "东岭大队修好水渠", "")


def test_headline_of_two_halves_over_its_text_is_no_slogan():
    parsed = parse(
        "",
        "修渠引水  旱地变田",
        "",
        "本报讯  东岭大队社员用十天时间修好了两里长的水渠，三百亩旱地变成了水浇地。",
    )
    assert decks(parsed) == [("", "修渠引水 旱地变田", "")]
    assert "slogan" not in reasons(parsed).values()


def test_a_credit_alone_over_a_headline_is_no_slogan():
    parsed = parse(
        "东岭大队修好水渠",
        "",
        "本报讯  东岭大队社员用十天时间修好了两里长的水渠。",
        "",
        "社员在新渠边植树。",
        "",
        "新华社记者 王海平摄",
        "",
        "县里办起农技夜校",
        "",
        "本报讯  县农技站办起夜校，每周两晚为社员讲课。",
    )
    assert "slogan" not in reasons(parsed).values()
    assert parsed.photos[0].credit_line == "新华社记者 王海平摄"


# A quotation box drawn with its frame ------------------------------------------------------------

BOX = ("┌────────┐", "│  最高指示  │", "│  备战、备荒、为人民。│", "└────────┘")


def test_drawn_quotation_box_at_the_top_is_set_aside_whole():
    parsed = parse("柳河报          第二版", "1972年3月8日", "", *BOX, "", *STORY[1:])
    found = reasons(parsed)
    for line in BOX:
        assert found[line] == "masthead"
    assert decks(parsed) == [("", "湖滨公园新增十处健身点", "")]
    assert "quotation-box" in [flag.kind for flag in parsed.flags]


def test_drawn_box_end_wants_a_quotation_label_inside_the_frame():
    lines = ["┌────┐", "│ 今日天气 │", "│ 晴 │", "└────┘"]
    assert drawn_box_end(lines, 1) is None
    assert drawn_box_end(list(BOX), 1) == 4
    assert quotation_lines(["", *BOX]) == frozenset({2, 3, 4, 5})


# A box label in brackets over briefs --------------------------------------------------------------


def test_bracketed_box_name_over_briefs_is_the_box_label_not_a_kicker():
    parsed = parse(
        "【乡镇】",
        "",
        "●柳林镇新建便民服务站",
        "柳林镇便民服务站本周投入使用，群众办事不出村。",
        "",
        "●石门乡举办农民运动会",
        "石门乡首届农民运动会昨天开幕，十二个村派队参赛。",
    )
    assert reasons(parsed)["【乡镇】"] == "briefs-label"
    assert [deck[0] for deck in decks(parsed)] == ["", ""]


def test_briefs_label_over_bulleted_titles_is_set_aside():
    parsed = parse(
        "简  讯",
        "",
        "■城南菜市场改造完工",
        "城南菜市场改造工程日前完工，摊位增加到一百二十个。",
        "",
        "■北湖公园开放夜游",
        "北湖公园本周起开放夜游，闭园时间延至晚上十点。",
    )
    assert reasons(parsed)["简  讯"] == "briefs-label"
    assert all(deck[1] != "简  讯" for deck in decks(parsed))


# A picture's label -------------------------------------------------------------------------------


def test_picture_label_naming_the_caption_is_set_aside_and_the_picture_stands_alone():
    parsed = parse(
        *STORY,
        "",
        "图片说明",
        "",
        "湖滨公园里，晨练的市民在新健身点锻炼。",
        "本报记者  林  川摄",
        "",
        "学者视角",
        "",
        "让公园更好地服务市民",
        "城市公园是市民共享的公共空间，建设和管理都要听取市民的意见。",
    )
    assert reasons(parsed)["图片说明"] == "photo-label"
    assert all("图片说明" not in deck[0] for deck in decks(parsed))
    assert parsed.photos[0].article_position is None


# A web archive's author field over its record's title -------------------------------------------


def test_archive_author_field_over_the_title_is_the_byline_not_a_deck_line():
    parsed = parse(
        "第3版(国际)",
        "专栏：",
        "作者：本报驻开罗记者 林远",
        "",
        "尼罗河畔的新粮仓",
        "【本报开罗5月2日电】当地新建的一座粮仓日前投入使用，可储存粮食十万吨。",
        "",
        "第3版(国际)",
        "专栏：",
        "作者：石岸",
        "",
        "港口的早晨",
        "清晨五点，港口已经忙碌起来，装卸工人推着货车来回穿梭。",
    )
    assert decks(parsed) == [("", "尼罗河畔的新粮仓", ""), ("", "港口的早晨", "")]
    assert parsed.articles[0].byline == "本报驻开罗记者 林远"
    assert parsed.articles[1].byline == "石岸"
    assert reasons(parsed)["作者："] == "archive-separator"


def test_archive_author_field_printed_again_under_the_title_does_not_sign_the_story_before():
    parsed = parse(
        "第1版()",
        "专栏:社论",
        "作者:",
        "",
        "把春耕工作做细做实",
        "春耕季节已到，各地要抓紧做好春耕的各项准备工作。",
        "",
        "第1版()",
        "专栏:",
        "作者:本报记者 孙远",
        "",
        "山村办起了夜校",
        "本报记者 孙远",
        "石岭村的夜校开学了，四十多个青年社员每晚来识字。",
    )
    assert parsed.articles[0].byline == ""
    assert parsed.articles[1].reporters == ("孙远",)


def test_app_font_size_switch_with_its_buttons_is_navigation():
    parsed = parse("字号 A-  A+   夜间模式", *STORY[1:])
    assert reasons(parsed)["字号 A-  A+   夜间模式"] == "navigation"
    assert decks(parsed) == [("", "湖滨公园新增十处健身点", "")]


def test_box_name_over_untitled_bulleted_items_ends_the_story_before():
    parsed = parse(
        "北海港扩建工程开工",
        "【路透社奥斯陆3月3日电】北海港扩建工程三日开工，预计三年后完工。",
        "",
        "港务局表示，扩建后港口的年吞吐量将增加一半。",
        "",
        "海外速览",
        "",
        "●一家研究机构预测，今年南半球的邮轮旅客人数将创新高。",
        "",
        "●一家连锁超市宣布，将在三座城市试点无人收银门店。",
    )
    assert [deck[1] for deck in decks(parsed)] == ["北海港扩建工程开工", "海外速览"]
    assert len(parsed.articles[0].paragraphs) == 2


def test_crosshead_over_a_bulleted_list_inside_a_story_is_kept_when_no_blank_follows_it():
    parsed = parse(
        "县里出台惠农措施",
        "本报讯　县政府日前出台惠农措施，支持农民发展特色种养。",
        "",
        "主要措施",
        "●对新建大棚每亩补贴两千元。",
        "●对养殖户提供贴息贷款。",
    )
    assert len(parsed.articles) == 1


def test_headline_of_two_halves_over_a_subheadline_in_its_own_block_is_no_slogan():
    parsed = parse(
        "春耕正忙  农机下乡",
        "",
        "全县投入农机五千台",
        "",
        "本报讯　连日来，全县各乡镇组织农机手抢抓农时，投入农机五千多台。",
    )
    assert "slogan" not in reasons(parsed).values()


def test_briefs_label_right_over_untitled_items_is_the_headline_of_the_box():
    parsed = parse(
        *STORY,
        "",
        "社区简讯",
        "柳巷居委会本周六举办义诊活动，居民可免费测量血压。",
        "石桥一带的老旧路灯已全部换新，夜间照明明显改善。",
    )
    assert [deck[1] for deck in decks(parsed)] == ["湖滨公园新增十处健身点", "社区简讯"]
    assert len(parsed.articles[0].paragraphs) == 1


def test_briefs_label_over_dated_briefs_stays_the_box_label():
    parsed = parse(
        "社区简讯",
        "本报讯　柳巷居委会本周六举办义诊活动，居民可免费测量血压。",
        "本报讯　石桥一带的老旧路灯已全部换新，夜间照明明显改善。",
    )
    assert reasons(parsed)["社区简讯"] == "briefs-label"
