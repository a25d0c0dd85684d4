"""A standing notice signed by an office's section (``城东监狱教育科``) and dated by its month
alone (``一九九七年三月``): both are the notice's last lines, never the deck of the story after
it (INPUT.md: a notice's signature ends the text before it)."""

from .helpers import parse


def test_section_signature_and_month_end_the_notice():
    parsed = parse(
        "图书借阅须知",
        "　　一、借阅时间为每周二、周五下午。",
        "　　二、每人每次限借图书两册，借期两周。",
        "　　城东监狱教育科",
        "　　一九九七年三月",
        "【本报讯】城东监狱日前举办读书演讲比赛，二十名服刑人员参加。",
    )
    notice, news = parsed.articles
    assert notice.paragraphs[-2:] == ("城东监狱教育科", "一九九七年三月")
    assert news.title_lines == ()
