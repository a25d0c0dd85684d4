"""Round 16 of issue 14: an app e-paper's chrome, an OCR'd issue number, a slogan set on two
lines, a bare picture label, a reader's letter signed by no name and a briefs box's name over
run-in titles (pages of my own).

INPUT.md, "Page furniture": an e-paper's navigation and app controls, a masthead's header line
and slogans, a picture item's label and a briefs box's label are furniture, never a story or a
deck line; a letter's signature ends the letter.
"""

from tests.parsing.helpers import decks, parse, reasons

TEXT = "本报讯　市园林局昨天表示，湖滨公园新增的十处健身点已全部建成，市民可免费使用。"
STORY = ("湖滨公园新增十处健身点", TEXT)


# An app e-paper's chrome ------------------------------------------------------------------------


def test_app_chrome_over_the_first_story_is_navigation_not_its_deck():
    chrome = ("湖城+  数字报", "打开APP 查看更多精彩内容", "‹ 返回  分享  字号 A+ A-")
    parsed = parse(
        *chrome[:2],
        "05版:城事",
        chrome[2],
        "",
        "湖滨公园新增十处健身点",
        "阅读 3.4万  点赞 120",
        TEXT,
    )
    found = reasons(parsed)
    for line in chrome:
        assert found[line] == "navigation"
    assert found["05版:城事"] == "page-header"  # (the page shown, under the app's chrome)
    assert parsed.metadata.section == "城事"
    assert decks(parsed) == [("", "湖滨公园新增十处健身点", "")]


def test_headline_and_subheadline_over_an_apps_counts_stay_the_deck_under_its_chrome():
    parsed = parse(
        "湖城+  数字报",
        "",
        "湖滨公园新增十处健身点",
        "市民可免费使用",
        "阅读 9876  点赞 54",
        TEXT,
    )
    assert decks(parsed) == [("", "湖滨公园新增十处健身点", "市民可免费使用")]


def test_a_headline_with_a_plus_sign_is_no_app_name():
    parsed = parse("“互联网+”走进田间地头", TEXT)
    assert decks(parsed) == [("", "“互联网+”走进田间地头", "")]


# An OCR's masthead ------------------------------------------------------------------------------


def test_issue_number_with_a_digit_read_as_a_letter_is_still_the_header_line():
    line = "第2O7期    一九七一年五月四日    星期二"
    parsed = parse("柳  河  报", line, "", *STORY)
    assert reasons(parsed)[line] == "page-header"
    assert decks(parsed) == [("", "湖滨公园新增十处健身点", "")]


def test_slogan_on_two_lines_under_the_masthead_is_no_deck():
    parsed = parse(
        "柳  河  报",
        "第207期    一九七一年五月四日    星期二",
        "",
        "备战备荒  为人民",
        "",
        "勤俭建国",
        "艰苦奋斗",
        "",
        "大搞积肥运动",
        "东岭大队积肥过万担",
        "本报讯  东岭大队社员冒雨积肥，一个月积肥一万多担。",
    )
    found = reasons(parsed)
    assert found["勤俭建国"] == "slogan"
    assert found["艰苦奋斗"] == "slogan"
    assert len(decks(parsed)) == 1
    assert "勤俭建国" not in "".join(decks(parsed)[0])


def test_two_line_headline_over_its_own_text_at_the_top_stays_a_headline():
    parsed = parse(
        "柳  河  报",
        "第207期    一九七一年五月四日    星期二",
        "",
        "修渠引水",
        "旱地变田",
        "",
        "本报讯  东岭大队社员用十天时间修好了两里长的水渠，三百亩旱地变成了水浇地。",
    )
    assert "slogan" not in reasons(parsed).values()
    assert len(decks(parsed)) == 1


# A web archive's bare picture label -------------------------------------------------------------


def test_bare_picture_label_of_an_archive_record_is_no_kicker():
    parsed = parse(
        "第3版()",
        "专栏:",
        "",
        "图片",
        "　　红旗渠畔的社员们在新开的渠道旁栽下了杨树苗。",
        "　　新华社记者　李平摄",
        "",
        "第3版()",
        "专栏:",
        "",
        "东岭大队修好水渠",
        "本报讯　东岭大队社员用十天时间修好了两里长的水渠。",
    )
    assert reasons(parsed)["图片"] == "photo-label"
    assert decks(parsed)[-1] == ("", "东岭大队修好水渠", "")


# A reader's letter signed by no name ------------------------------------------------------------


def test_anonymous_signature_under_a_letter_ends_it_and_is_no_kicker():
    parsed = parse(
        "食堂饭菜要讲卫生",
        "",
        "编辑同志：我们厂食堂的碗筷常常没有消毒，工人们意见很大。希望有关部门管一管。",
        "红星机械厂  一工人",
        "",
        "东岭大队修好水渠",
        "",
        "本报讯  东岭大队社员用十天时间修好了两里长的水渠。",
    )
    assert decks(parsed) == [("", "食堂饭菜要讲卫生", ""), ("", "东岭大队修好水渠", "")]
    assert "一工人" in "".join(block.text for block in parsed.articles[0].blocks)


# A briefs box's name over run-in titles ---------------------------------------------------------


def test_briefs_box_name_over_run_in_titled_items_is_set_aside():
    parsed = parse(
        *STORY,
        "",
        "社区播报",
        "●东门菜场延长营业  东门菜场从本周起每晚延长营业一小时，方便下班的市民买菜。",
        "●河滨步道路灯修好  河滨步道沿线的三十盏路灯已全部修好。",
    )
    assert reasons(parsed)["社区播报"] == "briefs-label"
    assert all(deck[1] != "社区播报" for deck in decks(parsed))
