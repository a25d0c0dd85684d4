"""On an OCR page of short lines whose paragraphs open with an indent and wrap without one, an
indented paragraph's first line that runs on into the unindented line under it is text, not a
headline (INPUT.md, "Encoding and layout": a short line is not a headline because it is short).
Real short headlines, an indented label over a title line, and a headline over a dateline still
head their stories; a ``——`` line under a headline the column width would join is its
subheadline."""

import pytest

from tests.parsing.helpers import decks, parse

IND = "\u3000\u3000"


def _story_one(second_paragraph: list[str]) -> list[str]:
    # OCR lines of 7 to 16 characters, no one length most common (no column width to measure)
    return [
        "石湾公社修好了拦河坝",
        IND + "本报讯 石湾公社的",
        "社员们趁农闲修好了一座拦河",
        "坝，可以灌溉稻",
        "田三千多亩，比原来多了一千多亩",
        "。坝上还修了一座小型",
        "水电站，可以发电供全社照明和加工",
        "粮食，社员们",
        "都很高兴。",
        *second_paragraph,
        "（通讯员 卢文亮）",
        "",
    ]


STORY_TWO = [
    "柏林大队养猪多",
    IND + "本报讯 柏林大队",
    "今年养猪六百多头，比去年多了",
    "一倍，社员们家",
    "家户户都养了猪。",
]


@pytest.mark.parametrize(
    "second_paragraph",
    [
        # a comma inside the indented first line
        [IND + "为了修好这座坝，全社", "抽调了二百个劳力，每天", "天不亮就上工地。"],
        # no comma, but the line under it has a full stop inside
        [IND + "公社党委十分重视这项工", "作。社员们早出晚归，", "只用了二十天。"],
        # a comma only in the line under it
        [IND + "这座坝是在今年九月", "动工的，全社社员只", "用了二十天。"],
    ],
)
def test_an_indented_first_line_running_on_is_text_not_a_new_story(second_paragraph):
    parsed = parse(*_story_one(second_paragraph), *STORY_TWO)
    assert decks(parsed) == [("", "石湾公社修好了拦河坝", ""), ("", "柏林大队养猪多", "")]
    first = parsed.articles[0]
    body = "".join(first.paragraphs)
    assert second_paragraph[0].strip() + second_paragraph[1] in body
    assert first.reporters == ("卢文亮",)


def test_a_short_headline_over_an_indented_dateline_cut_in_two_still_heads_its_story():
    parsed = parse(
        *_story_one([IND + "为了修好这座坝，全社", "抽调了二百个劳力。"]),
        "全省油菜播种基本结束",
        IND + "新华社江城八日",
        "电 据省农业厅统计，到本月初",
        "，全省油菜已经播种了九成以",
        "上，比去年同期快了一些。",
    )
    assert [d[1] for d in decks(parsed)] == ["石湾公社修好了拦河坝", "全省油菜播种基本结束"]


def test_an_indented_label_over_a_title_line_is_no_wrapped_paragraph():
    parsed = parse(
        *_story_one([IND + "为了修好这座坝，全社", "抽调了二百个劳力。"]),
        IND + "读者来信",
        "大队的渡船修好了",
        "编辑同志：",
        IND + "我们大队社员进城要过清水",
        "河，过去只有一条旧木船，遇",
        "上涨水就停渡，很不方便。",
    )
    assert "大队的渡船修好了" in [d[1] for d in decks(parsed)]


def test_an_indented_headline_over_its_subheadline_stays_a_deck():
    parsed = parse(
        *_story_one([IND + "为了修好这座坝，全社", "抽调了二百个劳力。"]),
        IND + "南岭林场植树造林",
        "——今冬已栽树苗十万株",
        IND + "本报讯 南岭林场的职工们入",
        "冬以来已经栽下树苗十万多株",
        "，比去年同期多了三万多株。",
    )
    assert decks(parsed)[-1] == ("", "南岭林场植树造林", "——今冬已栽树苗十万株")


@pytest.mark.parametrize("headline", ["柳河公社试种稻子新品种", "柳河公社试种新稻种"])
def test_a_dash_line_under_a_full_width_ocr_headline_is_its_subheadline_not_its_second_half(
    headline,
):
    # a page with a column width (lines of 10 to 12 characters): a headline about that wide
    # would be read as cut by the column, but a line opening with —— is a subheadline
    parsed = parse(
        headline,
        "——亩产比老品种高两成",
        IND + "本报讯 今年，柳河",
        "公社在八个生产队试种",
        "了稻子新品种一百二十",
        "亩，平均亩产五百多斤",
        "，比当地的老品种高两",
        "成左右，很受欢迎。",
        "",
        "东山大队秋收结束",
        IND + "本报讯 东山大队的",
        "社员们到十一月三日已",
        "经全部收完了晚稻，比",
        "去年提前了七天。",
    )
    assert decks(parsed)[0] == ("", headline, "——亩产比老品种高两成")
