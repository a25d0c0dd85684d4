"""Issue 14, tenth round (photos area): reporters glued between a dateline and the first
sentence, one-line teasers with the page at the end of the title."""

from articles.parsing.names import glued_byline
from tests.parsing.helpers import only_article, parse


def test_a_reporter_after_a_bullet_glued_to_the_first_sentence_is_found():
    article = only_article(
        "渡口码头完成翻新",
        "（本报东湾3日讯）报道●易青禾",
        "东湾渡口的码头翻新工程今天完工，新码头可同时停靠四艘渡轮。",
    )
    assert article.dateline == "本报东湾3日讯"
    assert article.reporters == ("易青禾",)
    assert article.paragraphs[0].startswith("（本报东湾3日讯）报道●易青禾东湾渡口")


def test_a_reporter_after_a_space_glued_to_the_first_sentence_is_found():
    article = only_article(
        "图书馆延长开放时间",
        "本报江浦6月2日电　记者 莫德昌",
        "江浦市图书馆从下周起每天延长开放两小时。",
    )
    assert article.reporters == ("莫德昌",)


def test_a_role_word_opening_a_sentence_after_the_dateline_is_no_byline():
    assert glued_byline("记者昨天在码头看到，渡轮已经恢复") == 0
    assert glued_byline("记者从市交通局获悉，新线路") == 0


def test_a_title_and_its_page_on_one_line_are_a_teaser():
    parsed = parse(
        "渡口码头完成翻新",
        "本报讯　东湾渡口的码头翻新工程今天完工，新码头可同时停靠四艘渡轮。",
        "",
        "★今日导读★",
        "渔民合作社扩建冷库　C3",
        "山区公路全线贯通→C7",
        "老街改造方案公示见C8",
    )
    assert [(t.title_lines, t.target_label) for t in parsed.teasers] == [
        (("渔民合作社扩建冷库",), "C3"),
        (("山区公路全线贯通",), "C7"),
        (("老街改造方案公示",), "C8"),
    ]


def test_a_score_line_ending_in_numbers_is_no_teaser():
    parsed = parse("第五轮赛果", "东湖蓝鲸　2∶1　西岭雄狮", "南港海鸥　0∶0　北原钢铁")
    assert parsed.teasers == ()
