"""Kinds a blind set (holdout41: a 1970s oilfield 战报 OCR, a 2010s hospital paper's PDF layer, a
1970s overseas daily in traditional characters) and stop 55's leftovers showed, on pages written
for these tests:

- three deck lines, the last a ``——`` subheadline, are kicker, headline and subheadline unless the
  first two are one headline cut by the column (a line ending in 的);
- a column's or a series' name over a title (``专家门诊``, ``讀者園地``, ``科学家的故事``) is the kicker,
  not the first half of one headline;
- an author's unit and name parted by one space under a title or a letter (``运输处 郝振声``,
  ``消化内科主任医师 魏国栋``, ``钻井三大队 周长林``) is the byline or the signature, crediting the name;
- a unit's desk signing in brackets on its own line (``（护理部）``, ``(采油二厂政工组)``) ends the
  story above and credits no one;
- a spaced name alone in brackets on its own line after a story (``（海 涛）``, ``(文 瑜)``) signs it;
- a name of three spaced out with 文 in the middle (``李　文　清``) keeps its 文;
- an issue line with its circulation notice in brackets (``… 第412期 (内部发行)``) and a paper's
  Latin name with a number in it (``SHANCHENG NO.2 HOSPITAL``) are masthead, not a deck;
- a bare credit naming the story's reporter right under a crosshead is a picture printed without
  a caption; the crosshead stays in the story.
"""

from __future__ import annotations

from articles.parsing.header_patterns import LATIN_NAME_RE
from tests.parsing.helpers import decks, parse, reasons


def test_two_lines_over_a_dash_subheadline_are_kicker_and_headline():
    parsed = parse(
        "以“便民服务”为抓手",
        "我县办证窗口实现一次办结",
        "——群众平均等候时间缩短一半",
        "本报讯（通讯员 苏明）今年以来，县政务中心把便民服务作为重点。",
    )
    assert decks(parsed) == [
        ("以“便民服务”为抓手", "我县办证窗口实现一次办结", "——群众平均等候时间缩短一半")
    ]


def test_a_headline_cut_in_two_over_a_dash_subheadline_stays_one_headline():
    parsed = parse(
        "老城墙下的",
        "一家百年茶馆",
        "——记城南茶馆的第四代掌柜",
        "　　清晨六点，城南茶馆的门板就卸下来了。",
    )
    assert decks(parsed) == [("", "老城墙下的 一家百年茶馆", "——记城南茶馆的第四代掌柜")]


def test_a_column_name_over_a_title_is_the_kicker():
    parsed = parse(
        "专家门诊",
        "秋季咳嗽别乱用止咳药",
        "呼吸内科主任医师 冯立群",
        "　　入秋以后，咳嗽的患者明显增多，不少人自己到药店买止咳药吃。",
    )
    (article,) = parsed.articles
    assert (article.kicker, article.headline) == ("专家门诊", "秋季咳嗽别乱用止咳药")
    assert article.reporters == ("冯立群",)


def test_a_series_name_over_a_story_title_on_a_cut_ocr_page_is_the_kicker():
    parsed = parse(
        "怎样识别毒蘑菇",
        "　　夏秋之际，雨水多，山林里和田埂上长出",
        "许多蘑菇。有的蘑菇可以吃，味道很鲜美；有",
        "的蘑菇有毒，吃了会中毒，严重的还会有生命",
        "危险。所以，不认识的蘑菇不能随便采来吃。",
        "　　(编辑部)",
        "科学家的故事",
        "祖冲之算圆周率",
        "　　祖冲之是我国南北朝时期杰出的数学家。",
        "他从小就喜欢数学，经过长期艰苦的计算，把",
        "圆周率推算到小数点后第七位，比外国早了一",
        "千多年。他还编制了一部新的历法，叫做《大",
        "明历》，在当时是最精确的历法。",
        "　　(文 瑜)",
    )
    assert decks(parsed) == [("", "怎样识别毒蘑菇", ""), ("科学家的故事", "祖冲之算圆周率", "")]
    assert parsed.articles[1].reporters == ("文瑜",)


def test_a_traditional_column_name_over_its_essay_and_the_spaced_author():
    parsed = parse(
        "讀者園地",
        "故鄉的老榕樹",
        "陳　文　輝",
        "",
        "　　我的故鄉村口有一棵老榕樹，樹齡已逾百年。",
    )
    (article,) = parsed.articles
    assert (article.kicker, article.headline) == ("讀者園地", "故鄉的老榕樹")
    assert article.reporters == ("陳文輝",)


def test_a_unit_and_name_under_a_poem_title_is_the_byline():
    parsed = parse(
        "油田新歌",
        "供应处 柯长明",
        "井架林立接蓝天，",
        "油龙滚滚出荒原。",
        "戈壁处处战鼓响，",
        "红旗招展报丰年。",
    )
    (article,) = parsed.articles
    assert (article.headline, article.reporters) == ("油田新歌", ("柯长明",))


def test_a_letter_signed_by_unit_and_name_credits_the_writer():
    parsed = parse(
        "读者来信",
        "澡堂晚上开放好",
        "编辑同志:",
        "我们采油五队离基地有二十多公里,过去下了夜班没处洗澡。今年起,",
        "队里把澡堂开放时间延长到晚上十点,工人们都很高兴。",
        "采油五队 郭长顺",
        "修井队自制起吊架",
        "本报讯(通讯员 许达)修井队工人自己动手,制成一台起吊架,效果良好。",
    )
    letter, news = parsed.articles
    assert (letter.kicker, letter.headline, letter.reporters) == (
        "读者来信",
        "澡堂晚上开放好",
        ("郭长顺",),
    )
    assert (news.kicker, news.headline) == ("", "修井队自制起吊架")


def test_a_desk_signing_in_brackets_ends_the_story_above():
    parsed = parse(
        "院务简讯",
        "●门诊楼电梯更新完成",
        "9月3日，门诊楼的四部电梯全部更新完成，投入使用。",
        "（后勤保障部）",
        "●我院举办急救技能比赛",
        "9月8日，我院举办急救技能比赛，四十名医护人员参赛。",
    )
    assert [a.headline for a in parsed.articles] == ["门诊楼电梯更新完成", "我院举办急救技能比赛"]
    assert [a.reporters for a in parsed.articles] == [(), ()]


def test_a_works_desk_signing_in_half_width_brackets_is_no_kicker():
    parsed = parse(
        "修井队提前完成任务",
        "本报讯 修井队广大职工加强管理,提前三天完成了八月份修井任务。",
        "(修井队政工组)",
        "短评",
        "向修井队学习",
        "修井队提前完成任务,靠的是一股干劲。",
    )
    assert decks(parsed) == [("", "修井队提前完成任务", ""), ("短评", "向修井队学习", "")]


def test_a_spaced_name_in_brackets_on_its_own_line_signs_the_story_above():
    parsed = parse(
        "老街路灯修好了",
        "",
        "本报讯  城关镇老街的十二盏路灯上周全部修好，居民晚上出行方便了许多。",
        "",
        "（海 涛）",
        "",
        "新建公厕投入使用",
        "",
        "本报讯  城东新建的两座公厕昨日投入使用，厕所里配有无障碍设施。",
        "",
        "(文 瑜)",
    )
    assert decks(parsed) == [("", "老街路灯修好了", ""), ("", "新建公厕投入使用", "")]
    assert [a.reporters for a in parsed.articles] == [("海涛",), ("文瑜",)]


def test_masthead_issue_line_with_a_bracketed_notice_and_a_slogan_are_furniture():
    parsed = parse(
        "红 岩 战 报",
        "中共红岩矿区会战指挥部政治部主办",
        "1976年5月8日 星期六 第233期 (内部发行)",
        "抓革命 促生产 多打井 快出油",
        "发扬连续作战作风",
        "二〇一钻井队月进尺突破八千米",
        "本报讯(通讯员 马东)二〇一钻井队四月份钻井进尺达到八千二百米。",
    )
    (article,) = parsed.articles
    assert article.headline.startswith("发扬连续作战作风")
    assert reasons(parsed)["1976年5月8日 星期六 第233期 (内部发行)"] == "masthead"


def test_a_latin_name_with_a_number_in_a_word_after_the_first_reads_as_a_papers_name():
    assert LATIN_NAME_RE.match("SHANCHENG NO.2 HOSPITAL")
    assert LATIN_NAME_RE.match("TONGXI NO.3 HOSPITAL")
    assert not LATIN_NAME_RE.match("2014 ANNUAL REPORT")


def test_a_reporters_bare_credit_under_a_crosshead_is_a_picture_without_a_caption():
    parsed = parse(
        "钻工的一天",
        "本报记者 田 野",
        "清晨五点,钻台上的灯还亮着,钻工们已经开始交接班。",
        "夜班的同志们说,昨晚一共钻进了一百二十米。",
        "钻台上的午饭",
        "田野摄",
        "中午十二点,食堂的送饭车开到了井场,钻工们轮流下来吃饭,",
        "吃完饭又回到钻台上,一刻也不耽误。",
    )
    (article,) = parsed.articles
    assert article.crossheads == ("钻台上的午饭",)
    (photo,) = parsed.photos
    assert (photo.caption, photo.credit_line, photo.article_position) == (
        "",
        "田野摄",
        article.position,
    )
