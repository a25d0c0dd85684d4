"""Issue 14, tenth round (photos area): reporters glued between a dateline and the first
sentence, one-line teasers with the page at the end of the title."""

from pathlib import Path

from articles.parsing import parse_page
from articles.parsing.bylines import dateline_and_byline
from articles.parsing.names import glued_byline
from articles.parsing.results import Block
from articles.parsing.units import Body
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


STORY = "（本报南屿8日讯）南屿渔港的新避风塘今天启用，可供两百艘渔船在风季停泊。"


def test_a_credit_with_a_bullet_above_its_caption_takes_the_line_under_it():
    parsed = parse("渔港新建避风塘", STORY, "", "摄影●甘志远", "渔船驶入刚启用的新避风塘。", "")
    assert [(p.caption, p.credit_line, p.photographers) for p in parsed.photos] == [
        ("渔船驶入刚启用的新避风塘。", "摄影●甘志远", ("甘志远",))
    ]
    assert parsed.articles[0].paragraphs == (STORY,)


def test_an_organisation_credit_above_its_caption_leaves_the_story_paragraph_alone():
    parsed = parse(
        "龙舟赛下月开锣",
        "",
        "（本报北湾8日讯）北湾龙舟赛将于下月举行，共有三十二支队伍报名。主办方今年增设了少年组。",
        "（图：龙舟总会提供）",
        "选手在北湾河上进行赛前练习。",
    )
    assert [(p.caption, p.credit_line) for p in parsed.photos] == [
        ("选手在北湾河上进行赛前练习。", "（图：龙舟总会提供）")
    ]
    assert parsed.articles[0].paragraphs[0].startswith("（本报北湾8日讯）北湾龙舟赛")


def test_a_credit_under_its_caption_still_takes_the_caption_above():
    parsed = parse(
        STORY, "", "渔船驶入刚启用的新避风塘。", "记者 甘志远 摄", "", "渔民协会表示欢迎。"
    )
    assert [p.caption for p in parsed.photos] == ["渔船驶入刚启用的新避风塘。"]


def test_a_caption_between_two_stories_goes_with_the_one_it_shares_words_with():
    page = Path(__file__).parents[1] / "data/fidelity/photos10-tabloid/haiwan-2019-11-23/A9.txt"
    parsed = parse_page(page.read_bytes())
    (photo,) = parsed.photos
    assert photo.caption.startswith("多名檔主")
    assert parsed.articles[photo.article_position - 1].headline.startswith("街市檔主")


def test_a_credit_after_an_html_line_break_keeps_its_role_and_leaves_the_caption():
    parsed = parse(
        STORY,
        "",
        "6月2日，游客在湖边栈道观赏荷花。<br/>本报记者 钱　朗 摄",
        "",
        "渔民协会表示欢迎。",
    )
    assert [(p.caption, p.credit_line) for p in parsed.photos] == [
        ("6月2日，游客在湖边栈道观赏荷花。", "本报记者 钱　朗 摄")
    ]


def test_a_name_alone_as_a_letters_last_paragraph_signs_it():
    # (as a page cut into short lines reads a right-aligned signature: a paragraph of its own)
    body = Body(first_line=1)
    body.blocks = [
        Block("paragraph", "每逢下雨，东街菜场门口就积起一大片水。希望有关部门早日修好排水沟。"),
        Block("paragraph", "柯明远"),
    ]
    assert dateline_and_byline(body)[2] == ("柯明远",)


def test_a_short_last_paragraph_that_is_no_name_signs_nothing():
    parsed = parse(
        "菜场门口积水严重",
        "每逢下雨，东街菜场门口就积起一大片水，老人和孩子进出很不方便。",
        "",
        "下雨天",
    )
    assert all(a.reporters == () for a in parsed.articles)


def test_a_page_after_a_gap_outside_a_teaser_box_is_no_teaser():
    parsed = parse(
        "商场开业",
        "本报讯　城西商场今天开业，营业面积两万平方米。",
        "",
        "地下车库入口　B2",
    )
    assert parsed.teasers == ()
