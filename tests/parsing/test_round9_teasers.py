"""Teasers in the two orders papers print them (issue 14, ninth round): a title with its
bracketed target on the next line (``（第三版）``), and a target first (``■A3 湖畔公园``) with the
title on the line under it. Each page is written for its test."""

from tests.parsing.helpers import parse

STORY = (
    "全市新增公交线路十二条",
    "本报讯（记者 童可欣）市交通运输局昨日发布消息，五月底前全市将新开通十二条公交线路。",
)


def teasers(parsed):
    return [("".join(t.title_lines), t.target_label) for t in parsed.teasers]


def test_a_bracketed_target_under_its_title_is_a_teaser_with_chinese_numerals():
    parsed = parse(
        "今日导读",
        "",
        "山区小学添了新书屋",
        "（第三版）",
        "",
        "老街夜市重新开张",
        "（第十一版）",
        "",
        *STORY,
    )
    assert teasers(parsed) == [("山区小学添了新书屋", "3"), ("老街夜市重新开张", "11")]


def test_teaser_titles_never_join_the_first_story_deck():
    parsed = parse("山区小学添了新书屋", "（第三版）", "", *STORY)
    assert [(a.kicker, a.headline) for a in parsed.articles] == [("", "全市新增公交线路十二条")]


def test_a_numbered_item_in_brackets_is_no_teaser():
    parsed = parse(*STORY, "（3）", "各线路首末班时间另行公布。")
    assert parsed.teasers == ()


def test_a_target_first_box_takes_the_title_under_each_target():
    parsed = parse(
        "松屿晨报",
        "国内统一刊号CN41-0xxx",
        "■A3 湖畔公园",
        "樱花步道开放",
        "■A6 社区医院",
        "夜间门诊延时",
        *STORY,
    )
    assert teasers(parsed) == [("樱花步道开放", "A3"), ("夜间门诊延时", "A6")]
    assert [a.headline for a in parsed.articles] == ["全市新增公交线路十二条"]


def test_a_target_under_its_title_still_takes_the_title_above():
    parsed = parse(*STORY, "", "樱花步道开放", "■A3 湖畔公园", "", "夜间门诊延时", "■A6社区医院")
    assert teasers(parsed) == [("樱花步道开放", "A3"), ("夜间门诊延时", "A6")]
