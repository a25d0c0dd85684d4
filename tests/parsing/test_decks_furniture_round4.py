"""Issue 14, fourth round: page furniture, author lines, poems and one-line headlines that ended
up in decks or inside the story before, on pages written for these tests (INPUT.md, "Page
furniture", "Headlines"). Each test is one general rule, not one paper's page."""

import pytest

from tests.parsing.helpers import decks, parse

DATED = "本报讯（记者 王  强）昨天，市里召开会议，部署今年的防汛工作。会议要求各地落实责任。"
TEXT = "各部门要加强值班，及时发布预警信息。群众要注意出行安全。"
ESSAY = (
    "天还没亮，河边的小路上已经有人在散步了。老人们说，这条路走了几十年，越走越宽。",
    "去年河道整治以后，岸边种上了柳树，夏天的傍晚，来乘凉的人更多了。",
)


def aside(parsed, reason: str):
    return [s.text for s in parsed.set_aside if s.reason == reason]


def flag_kinds(parsed):
    return [f.kind for f in parsed.flags]


# 1. Furniture: header lines made of pieces, a supplement's name under them -------------------


def test_republic_calendar_header_line_is_furniture_and_gives_date_label_section():
    parsed = parse("中華民國113年5月20日 星期一 A3 地方", "", "縣府拓寬中山路", "", DATED)
    assert decks(parsed) == [("", "縣府拓寬中山路", "")]
    assert aside(parsed, "page-header") == ["中華民國113年5月20日 星期一 A3 地方"]
    meta = parsed.metadata
    assert (meta.date, meta.label, meta.section) == ("2024-05-20", "A3", "地方")


def test_republic_date_in_chinese_numerals_in_a_header_gives_its_gregorian_date():
    parsed = parse("民國五十七年三月八日 星期五 第二版", "", "漁會辦理講習", "", DATED)
    assert decks(parsed) == [("", "漁會辦理講習", "")]
    assert aside(parsed, "page-header") == ["民國五十七年三月八日 星期五 第二版"]
    # (the Republic's year 57 is 1968: mastheadfacts; a Chinese-numeral date was once not taken)
    assert (parsed.metadata.date, parsed.metadata.label) == ("1968-03-08", "2")


@pytest.mark.parametrize(
    "header",
    [
        "东湖晚报  2024年3月16日  星期六  12  责编/王  芳  美编/李  强  校对/赵  一",
        "12  公告  2025年7月22日  星期二  广告热线：0571-88886666",
        "A5 城事 2023年4月1日 新闻热线 96111",
        "8  公告  2021年9月10日  星期五  责任编辑  吴  磊",
        "环球参考 2024年1月5日 星期五 第1版 每份1.50元",
    ],
)
def test_header_lines_with_staff_hotline_or_price_are_furniture_not_a_kicker(header):
    parsed = parse(header, "", "全市防汛工作全面部署", "", DATED)
    assert decks(parsed) == [("", "全市防汛工作全面部署", "")]
    assert aside(parsed, "page-header") == [header]


def test_a_line_of_staff_entries_alone_is_still_a_staff_line():
    parsed = parse("责编/王  芳  美编/李  强", "", "全市防汛工作全面部署", "", DATED)
    assert aside(parsed, "staff") + aside(parsed, "page-header") in (["责编/王  芳  美编/李  强"],)


def test_a_title_with_a_date_in_it_is_not_a_header_line():
    parsed = parse("2024年3月16日 市民公园开放", "", DATED)
    assert [a.headline for a in parsed.articles] == ["2024年3月16日 市民公园开放"]


def test_a_contact_line_in_a_notice_is_its_text_not_a_title():
    parsed = parse(
        "招标公告",
        "",
        "第二中学食堂改造项目现进行公开招标，欢迎符合条件的单位报名参加。",
        "",
        "联系人：钱老师  电话：0515-83216666",
    )
    assert len(parsed.articles) == 1
    assert parsed.articles[0].paragraphs[-1] == "联系人：钱老师  电话：0515-83216666"
    assert not parsed.unplaced_lines


def test_supplement_name_alone_under_the_header_is_the_pages_section():
    parsed = parse(
        "东湖晚报  2024年3月16日  星期六  12", "", "湖光", "", "老街的早点铺", "", *ESSAY
    )
    assert decks(parsed) == [("", "老街的早点铺", "")]
    assert parsed.metadata.section == "湖光"
    assert aside(parsed, "page-section") == ["湖光"]
    assert "page-section" in flag_kinds(parsed)


def test_only_the_first_short_line_under_the_header_is_the_section():
    parsed = parse("东湖晚报  2024年3月16日  星期六  12", "", "夜光杯", "", "春雨", "", *ESSAY)
    assert aside(parsed, "page-section") == ["夜光杯"]
    assert decks(parsed) == [("", "春雨", "")]


def test_weekly_named_by_its_kind_is_the_section_without_a_header():
    parsed = parse("文化周末", "", "老街的早点铺", "", *ESSAY)
    assert parsed.metadata.section == "文化周末"
    assert decks(parsed) == [("", "老街的早点铺", "")]


def test_short_line_under_the_header_over_a_subheadline_is_the_headline():
    parsed = parse(
        "东湖晚报  2024年3月16日  星期六  12", "", "春雨", "", "——记一位老园丁", "", *ESSAY
    )
    assert parsed.metadata.section == ""
    assert decks(parsed) == [("", "春雨", "——记一位老园丁")]


# 2. A one-line headline after a story, over a text without a dateline -----------------------

COMMENT = (
    "修一条路看来是小事，却关系全县群众的日常生活。过去这条路又窄又破，每逢赶集，车辆行人挤成一团。",
    "我们希望工程如期完成，也希望各乡镇都学习这种勤俭办事的精神。",
)


def test_one_line_headline_over_an_undated_commentary_after_a_dated_story_is_a_new_story():
    parsed = parse("防汛工作全面部署", "", DATED, "", TEXT, "", "勤俭办事的好榜样", "", *COMMENT)
    assert decks(parsed) == [("", "防汛工作全面部署", ""), ("", "勤俭办事的好榜样", "")]
    assert parsed.articles[1].paragraphs == COMMENT
    assert "heading-new-story" in flag_kinds(parsed)


def test_story_after_a_continuation_is_not_absorbed_into_it():
    parsed = parse(
        "（上接第一版）" + TEXT,
        "",
        "各区干部深入生产第一线，帮助解决群众的困难。",
        "",
        "勤俭办事的好榜样",
        "",
        *COMMENT,
        "",
        "新建水塔开始供水",
        "",
        "本报讯 城关镇新建的水塔昨天开始供水，三千多户居民用上了自来水。",
    )
    assert [a.headline for a in parsed.articles] == ["", "勤俭办事的好榜样", "新建水塔开始供水"]
    assert parsed.articles[0].continued_from == "1"


def test_a_stories_only_crosshead_that_speaks_of_its_subject_stays_a_crosshead():
    parsed = parse("防汛工作全面部署", "", DATED, "", "防汛值班不能松", "", TEXT + TEXT)
    assert len(parsed.articles) == 1
    assert parsed.articles[0].crossheads == ("防汛值班不能松",)


def test_crossheads_in_a_series_stay_crossheads_whatever_they_say():
    parsed = parse(
        "防汛工作全面部署",
        "",
        DATED,
        "",
        "勤俭办事的好榜样",
        "",
        COMMENT[0],
        "",
        "老街巷里的新变化",
        "",
        COMMENT[1] * 2,
    )
    assert len(parsed.articles) == 1
    assert parsed.articles[0].crossheads == ("勤俭办事的好榜样", "老街巷里的新变化")


@pytest.mark.parametrize("head", ["记者手记", "【相关链接】", "一、加强值守"])
def test_appendix_and_numbered_heads_stay_in_the_story(head):
    parsed = parse("防汛工作全面部署", "", DATED, "", head, "", *COMMENT)
    assert len(parsed.articles) == 1
    assert parsed.articles[0].crossheads == (head,)


def test_a_lone_head_over_text_that_jumps_on_stays_a_crosshead():
    parsed = parse(
        "防汛工作全面部署", "", DATED, "", "勤俭办事的好榜样", "", *COMMENT, "（下转第二版）"
    )
    assert len(parsed.articles) == 1
    assert parsed.articles[0].continued_on == "2"


# 3. Author lines, translator notes, signatures, salutations --------------------------------


@pytest.mark.parametrize(
    ("author", "reporters"),
    [
        ("杨德清", ("杨德清",)),
        ("[美]丹尼尔·格林", ("丹尼尔·格林",)),
        ("□ 张  三", ("张三",)),
        ("文/李晓梅", ("李晓梅",)),
        ("◎王五", ("王五",)),
    ],
)
def test_name_alone_under_a_title_is_the_byline_not_a_subheadline(author, reporters):
    parsed = parse("河边的小路", author, "", *ESSAY)
    assert decks(parsed) == [("", "河边的小路", "")]
    article = parsed.articles[0]
    assert article.byline == author
    assert article.reporters == reporters
    assert article.paragraphs == ESSAY


def test_author_line_apart_from_its_title_and_subheadline_is_the_byline():
    parsed = parse("城市为何越来越热", "——气候变化与城市规划", "", "[英]约翰·史密斯", "", *ESSAY)
    assert decks(parsed) == [("", "城市为何越来越热", "——气候变化与城市规划")]
    assert parsed.articles[0].byline == "[英]约翰·史密斯"


def test_plain_name_taken_as_the_author_is_flagged():
    parsed = parse("河边的小路", "", "杨德清", "", *ESSAY)
    assert parsed.articles[0].byline == "杨德清"
    assert "author-line" in flag_kinds(parsed)


def test_desk_signature_under_a_title_is_the_byline():
    parsed = parse("读书不妨慢一点", "", "本报评论员", "", *ESSAY)
    assert decks(parsed) == [("", "读书不妨慢一点", "")]
    assert parsed.articles[0].byline == "本报评论员"


def test_name_after_a_title_that_runs_on_is_the_headline_not_the_author():
    parsed = parse("记新时代的追梦人——", "杨德清", "", *ESSAY)
    assert decks(parsed) == [("记新时代的追梦人——", "杨德清", "")]
    assert parsed.articles[0].byline == ""


@pytest.mark.parametrize("note", ["（刘  敏译）", "（王晓 译）", "(编译：张三)"])
def test_translator_note_ends_the_translated_story(note):
    parsed = parse(
        "雨中的京都", "[日]山田一郎", "", *ESSAY, "", note, "", "新建水塔开始供水", "", DATED
    )
    assert decks(parsed) == [("", "雨中的京都", ""), ("", "新建水塔开始供水", "")]
    assert parsed.articles[0].paragraphs[-1] == note
    assert not parsed.unplaced_lines


def test_notice_signature_ends_the_notice_and_is_not_the_next_kicker():
    parsed = parse(
        "12  公告  2021年9月10日  星期五",
        "",
        "关于东林大道封闭施工的通告",
        "",
        "因管网改造，东林大道自9月15日起封闭施工，过往车辆请绕行。",
        "",
        "特此通告。",
        "",
        "东林市交通运输局",
        "东林市公安局交通警察支队",
        "2021年9月8日",
        "",
        "遗失声明",
        "",
        "东林市宏远建材有限公司遗失营业执照副本一份，声明作废。",
        "",
        "东林市宏远建材有限公司",
        "2021年9月9日",
    )
    assert decks(parsed) == [("", "关于东林大道封闭施工的通告", ""), ("", "遗失声明", "")]
    assert parsed.articles[0].paragraphs[-3:] == (
        "东林市交通运输局",
        "东林市公安局交通警察支队",
        "2021年9月8日",
    )
    assert parsed.articles[1].paragraphs[-1] == "2021年9月9日"
    assert parsed.metadata.date == "2021-09-10"  # the page's, not a signature's


def test_letters_salutation_under_its_title_is_its_first_paragraph():
    parsed = parse("渡口应该装上护栏", "编辑同志：", "", *ESSAY)
    assert decks(parsed) == [("", "渡口应该装上护栏", "")]
    assert parsed.articles[0].paragraphs == ("编辑同志：", *ESSAY)


# 4. Poems --------------------------------------------------------------------------------------

POEM = (
    "柳枝在河边",
    "写一封长长的信",
    "风替它",
    "一行一行地念",
    "",
    "燕子从南方回来",
    "衔着信的最后一句",
    "落在老屋的檐下",
)


def test_poem_under_its_title_and_author_is_the_body_not_a_deck():
    parsed = parse(
        "春天的信", "", "□ 陈  岚", "", *POEM, "", "河边的小路", "", "周晓东", "", *ESSAY
    )
    assert decks(parsed) == [("", "春天的信", ""), ("", "河边的小路", "")]
    poem = parsed.articles[0]
    assert poem.byline == "□ 陈  岚"
    assert poem.paragraphs == tuple(line for line in POEM if line)
    assert parsed.articles[1].byline == "周晓东"
    assert parsed.articles[1].paragraphs == ESSAY


def test_poem_followed_by_a_story_without_an_author_leaves_its_headline():
    parsed = parse("春天的信", "□ 陈  岚", "", *POEM, "", "河边的小路", "", *ESSAY)
    assert decks(parsed) == [("", "春天的信", ""), ("", "河边的小路", "")]
    assert len(parsed.articles[0].paragraphs) == 7


def test_poem_of_two_parts_keeps_the_second_title_in_its_text():
    parsed = parse("诗二首", "", "◎ 林  溪", "", *POEM[:4], "", "夜读", "", *POEM[5:])
    assert decks(parsed) == [("", "诗二首", "")]
    assert "夜读" in parsed.articles[0].paragraphs


def test_a_title_author_and_one_crosshead_over_prose_is_no_poem():
    parsed = parse("河边的小路", "", "周晓东", "", "清晨", "", *ESSAY)
    assert len(parsed.articles) == 1
    assert parsed.articles[0].paragraphs == ESSAY


def test_paper_name_over_its_dated_header_line_is_the_masthead():
    parsed = parse(
        "环球参考", "2024年1月5日 星期五 第1版 每份1.50元", "", "全市防汛工作全面部署", DATED
    )
    assert decks(parsed) == [("", "全市防汛工作全面部署", "")]
    assert aside(parsed, "masthead") == ["环球参考"]
    assert "masthead-zone" in flag_kinds(parsed)


def test_author_line_over_a_numbered_section_is_the_byline():
    parsed = parse("河边的小路", "□ 周晓东", "", "一", "", *ESSAY, "", "二", "", *ESSAY)
    assert decks(parsed) == [("", "河边的小路", "")]
    assert parsed.articles[0].byline == "□ 周晓东"
    assert parsed.articles[0].crossheads == ("一", "二")
