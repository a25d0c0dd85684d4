"""Whole pages in other papers' styles (made for these tests, in tests/parsing/data/)."""

from pathlib import Path

from articles.parsing import parse_page

DATA = Path(__file__).parent / "data"


def test_people_daily_style_page():
    parsed = parse_page((DATA / "people-daily-style-page4.txt").read_bytes())
    meta = parsed.metadata
    assert (meta.paper, meta.date, meta.label) == ("人民日报", "2026-04-30", "4")
    assert [a.title_lines for a in parsed.articles] == [
        ("十四届全国人大常委会第十次会议闭幕", "赵乐际主持"),
        ("重庆推进西部陆海新通道建设",),
        ("让改革红利惠及更多群众（人民论坛）",),
    ]
    first, second, third = parsed.articles
    assert (first.dateline, first.reporters) == ("本报北京4月29日电", ("彭波",))
    assert (second.dateline, second.reporters) == ("新华社重庆4月29日电", ("江时强",))
    assert third.crossheads == ("一、把群众满意作为标准", "二、以钉钉子精神抓落实")
    assert third.paragraphs[-1] == "（作者系中央党校教授）"
    (photo,) = parsed.photos
    assert (photo.caption, photo.photographers) == ("图为货运列车从重庆出发。", ("孙连生",))
    assert parsed.photos[0].position == 3
    assert {s.reason for s in parsed.set_aside} == {"page-stamp", "source", "staff"}
    assert parsed.warnings == ()


def test_people_daily_style_page_in_gbk_with_crlf_gives_the_same_result():
    text = (DATA / "people-daily-style-page4.txt").read_text(encoding="utf-8")
    utf8 = parse_page(text.encode("utf-8"))
    gbk = parse_page(text.replace("\n", "\r\n").encode("gbk"))
    assert gbk.articles == utf8.articles
    assert gbk.photos == utf8.photos
