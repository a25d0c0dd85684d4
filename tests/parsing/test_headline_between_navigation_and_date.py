"""An e-paper's story page prints the story's headline between the site's navigation and the
story's date: the headline is the story's, not a line of a masthead zone (INPUT.md, "Encoding
and layout": navigation is furniture; the headline after it is the story's)."""

from tests.parsing.helpers import parse

TEXT = "本报讯（记者 孟达）经过三个月施工，河西公园的环湖步道日前全线贯通。"


def test_headline_under_the_navigation_and_over_its_date_is_the_story_headline():
    parsed = parse("上一版　下一版　返回目录", "环湖步道全线贯通", "2023年9月2日", TEXT)
    assert [a.title_lines for a in parsed.articles] == [("环湖步道全线贯通",)]


def test_two_line_headline_under_a_breadcrumb_is_kept():
    parsed = parse(
        "首页 > 数字报 > 2023年09月02日", "河西公园", "环湖步道全线贯通", "2023-09-02", TEXT
    )
    assert [a.headline for a in parsed.articles] != [""]
    assert "环湖步道全线贯通" in parsed.articles[0].title_lines


def test_paper_name_between_navigation_and_a_header_is_still_the_masthead():
    parsed = parse(
        "上一版  下一版",
        "河西晚报",
        "2023年9月2日  星期六",
        "第A05版：城事",
        "",
        "环湖步道全线贯通",
        "",
        TEXT,
    )
    assert [a.title_lines for a in parsed.articles] == [("环湖步道全线贯通",)]
    assert "河西晚报" in [s.text for s in parsed.set_aside if s.reason == "masthead"]


def test_app_tab_bar_between_navigation_and_date_stays_furniture():
    parsed = parse(
        "上一版  下一版",
        "首页  数字报  视频  我的",
        "2023年9月2日",
        "",
        "环湖步道全线贯通",
        "",
        TEXT,
    )
    assert [a.title_lines for a in parsed.articles] == [("环湖步道全线贯通",)]
