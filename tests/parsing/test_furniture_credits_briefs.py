"""Rules for pages from other papers (issue 14, third round): masthead issue lines, photo
credits in more forms, briefs from other agencies, 报道 after a spaced name, a PDF text layer's
header line and 简讯 box, and OCR lines that are cut text. Each page is written for its test."""

import pytest

from tests.parsing.helpers import decks, parse

DATED = "本报讯（记者 王  强）昨天，市里召开会议，部署今年的防汛工作。会议要求各地落实责任。"
TEXT = "各部门要加强值班，及时发布预警信息。群众要注意出行安全。"


def aside(parsed, reason: str):
    return [s.text for s in parsed.set_aside if s.reason == reason]


def photos(parsed):
    return [(p.caption, p.credit_line) for p in parsed.photos]


# Masthead issue lines -------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["第23456期 今日16版", "（总第5678期） 今日8版"])
def test_masthead_issue_lines_of_several_parts_are_furniture_never_a_deck(line):
    # (今日24版, 总第1234号, 国内统一连续出版物号 CN32-0001 and 邮发代号 alone were already set aside)
    parsed = parse("东湖晨报", "2025年3月5日 星期三", line, "", "防汛工作全面部署", DATED)
    assert decks(parsed) == [("", "防汛工作全面部署", "")]
    assert line in aside(parsed, "masthead")


def test_issue_number_of_a_masthead_issue_line_is_the_pages():
    parsed = parse("东湖晨报", "第23456期 今日16版", "", "防汛工作全面部署", DATED)
    assert parsed.metadata.issue_number == 23456


def test_a_paper_name_right_above_the_masthead_lines_is_the_masthead():
    parsed = parse(
        "环球参考", "2025年3月5日 星期三", "第23456期 今日16版", "", "防汛工作全面部署", DATED
    )
    assert decks(parsed) == [("", "防汛工作全面部署", "")]
    assert "环球参考" in aside(parsed, "masthead")
    assert "masthead-zone" in [f.kind for f in parsed.flags]


# Photo credits --------------------------------------------------------------------------------


@pytest.mark.parametrize("credit", ["（法新社）", "（新华社发）", "（路透社）", "(美联社)"])
def test_an_agency_alone_in_brackets_at_the_end_of_a_marked_caption_is_its_credit(credit):
    parsed = parse(DATED, "", f"■3月3日，游客在湖边拍照。{credit}")
    assert photos(parsed) == [("3月3日，游客在湖边拍照。", credit)]
    assert parsed.photos[0].photographers == ()
    # without a caption mark, a paragraph ending with an agency alone is text (新华社发, what an
    # agency sent, is a photo credit: INPUT.md; see test_agency_sent_photo_credits)
    if "发" not in credit:
        assert parse("防汛工作全面部署", DATED, "", f"各地已经做好准备。{credit}").photos == ()


def test_a_credit_glued_to_the_end_of_a_caption_with_a_spaced_name():
    parsed = parse(DATED, "", "■11月19日，市民在公园观赏银杏。本报记者 韩  雪 摄")
    assert photos(parsed) == [("11月19日，市民在公园观赏银杏。", "本报记者 韩  雪 摄")]
    assert parsed.photos[0].photographers == ("韩雪",)
    glued = parse(DATED, "", "工人正在大桥上作业。新华社记者 王立群 摄")
    assert photos(glued) == [("工人正在大桥上作业。", "新华社记者 王立群 摄")]


def test_a_caption_mark_before_a_date_is_not_a_teaser():
    parsed = parse(DATED, "", "■11月19日，市民在公园观赏银杏。本报记者 韩  雪 摄")
    assert parsed.teasers == ()


def test_photographer_after_a_space_credit_line():
    parsed = parse(DATED, "", "市民在公园观赏银杏。", "摄影 王立群")
    assert photos(parsed) == [("市民在公园观赏银杏。", "摄影 王立群")]
    assert parsed.photos[0].photographers == ("王立群",)


@pytest.mark.parametrize("line", ["图片由市气象局提供", "市民在公园赏花。（图片由市园林局提供）"])
def test_picture_given_by_someone_is_a_credit(line):
    parsed = (
        parse(DATED, "", "市民在公园赏花。", line) if "。" not in line else parse(DATED, "", line)
    )
    assert [p.caption for p in parsed.photos] == ["市民在公园赏花。"]
    assert "提供" in parsed.photos[0].credit_line


def test_a_caption_saying_what_the_picture_shows_takes_the_names_in_brackets_as_credit():
    parsed = parse(
        DATED,
        "",
        "科普宣传上街",
        "",
        "5月19日，县科技局在广场举行科普宣传活动。图为工作人员设点宣传。（陈维连）",
        "",
        "共建单位为复评齐献力",
        "",
        "本报讯（记者 邱宇）日前，机关干部来到社区清扫垃圾。",
    )
    ((caption, credit),) = photos(parsed)
    assert credit == "（陈维连）" and caption.startswith("科普宣传上街 5月19日")
    assert decks(parsed) == [("", "", ""), ("", "共建单位为复评齐献力", "")]
    assert "photo-title" in [f.kind for f in parsed.flags]


# Briefs from other agencies -------------------------------------------------------------------


def test_a_headline_less_brief_from_another_agency_on_another_subject_is_its_own_story():
    parsed = parse(
        "欧盟拟简化企业报告规则",
        "",
        "【德新社布鲁塞尔3月3日电】欧盟委员会3日提出方案，拟简化企业报告要求。",
        "",
        "据介绍，新方案将使约八成企业免于提交相关报告。",
        "",
        "〔美联社华盛顿3月2日电〕美国劳工部公布的数据显示，上月新增就业岗位十五万个。",
    )
    assert [a.dateline for a in parsed.articles] == [
        "德新社布鲁塞尔3月3日电",
        "美联社华盛顿3月2日电",
    ]
    assert decks(parsed)[1] == ("", "", "")
    assert "dispatch-own-story" in [f.kind for f in parsed.flags]
    # the same agency's next dispatch is the same story continued
    parsed = parse(
        "欧盟拟简化企业报告规则",
        "【路透社布鲁塞尔3月3日电】欧盟委员会3日提出方案，拟简化企业报告要求。",
        "【路透社伦敦3月3日电】英国工业联合会对此表示欢迎。",
    )
    (article,) = parsed.articles
    assert len(article.paragraphs) == 2
    assert "dateline-inside-story" in [f.kind for f in parsed.flags]


# Reporters ------------------------------------------------------------------------------------


def test_a_reporter_whose_spaced_name_is_followed_by_the_word_baodao():
    parsed = parse("边防连队用上电", "本报讯 记者 张  军报道：今年，边防连队接通了电网。")
    assert parsed.articles[0].reporters == ("张军",)
    for lines in (
        ("本报讯 本报记者 张  军 报道 今年，边防连队接通了电网。",),
        ("本报记者 张  军 报道", "今年，边防连队接通了电网。"),
    ):
        assert parse("边防连队用上电", *lines).articles[0].reporters == ("张军",)


# A PDF text layer's page header and 简讯 box ----------------------------------------------------


def test_a_section_name_over_the_pages_header_line_with_date_and_staff():
    parsed = parse(
        "综合新闻",
        "",
        "2011.5.24星期二责任编辑：包美芬/版式设计：包美芬NEWTOWN",
        "",
        "孤儿核查工作完成",
        "",
        DATED,
    )
    assert decks(parsed) == [("", "孤儿核查工作完成", "")]
    assert parsed.metadata.section == "综合新闻"
    assert parsed.metadata.date == "2011-05-24"
    assert len(aside(parsed, "staff")) == 1


def test_briefs_in_a_box_are_stories_signed_by_the_names_in_brackets():
    parsed = parse(
        "孤儿核查工作完成",
        "",
        DATED,
        "",
        "简讯",
        "",
        "近日，县质监局对液化气充装站进行了检查。",
        "（陈玲玲林娟）",
        "",
        "日前，县教育局举办了读书教育活动。",
        "（陈佳）",
    )
    assert decks(parsed) == [("", "孤儿核查工作完成", ""), ("", "", ""), ("", "", "")]
    assert [a.reporters for a in parsed.articles[1:]] == [("陈玲玲", "林娟"), ("陈佳",)]
    assert parsed.articles[0].paragraphs == (DATED,)
    assert aside(parsed, "briefs-label") == ["简讯"]


def test_a_brief_in_a_box_with_its_own_short_headline():
    parsed = parse(
        "简讯",
        "",
        "县里举办红歌会",
        "日前，健跳中学团委举办了红歌会。",
        "（陈玲玲林松）",
        "",
        "日前，县二中举行了疏散演练。",
        "（陈佳）",
    )
    assert decks(parsed) == [("", "县里举办红歌会", ""), ("", "", "")]


# OCR lines that are cut text ------------------------------------------------------------------


def test_a_line_opening_a_quote_it_does_not_close_is_text_not_a_headline():
    parsed = parse(
        "相约周末",
        DATED,
        "",
        "“5.20是网络",
        "市民洪先生表示：",
        "情人节，大家的问候语都改了。”",
    )
    (article,) = parsed.articles
    assert article.paragraphs[1].startswith("“5.20是网络")


def test_short_lines_with_commas_inside_one_after_another_are_text_not_a_deck():
    parsed = parse(
        "校長訪談",
        DATED,
        "",
        "鄭校長自言從小沒想過做老師, 入",
        "行教書是機緣巧合,卻也有點命運使",
        "然,「當時的校長對我很好 ,同事們亦",
        "很好。」",
    )
    (article,) = parsed.articles
    assert article.paragraphs[-1].startswith("鄭校長自言")


def test_a_line_with_a_column_gutter_inside_is_not_a_headline():
    parsed = parse("校長訪談", DATED, "", "全1198 Ra人了          生", "", TEXT)
    (article,) = parsed.articles
    assert article.crossheads == ()
