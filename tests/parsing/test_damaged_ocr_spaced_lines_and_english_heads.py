"""Kinds left open at stop 54, on pages written for these tests (``data/ocr_kinds_s55``):

- heavily damaged OCR of a page of columns of several widths (traditional characters, OCR's
  spaces around commas, commas misread as ``'``): its cut prose lines are text, not a dozen
  stories' headlines; a line as wide as the prose line under it is that paragraph's first line;
  a deck line with a comma over a dated story stays the deck;
- two Han characters with one space (``說 放``, OCR's stray space) under a headline are no
  spaced pen name: a byline needs evidence;
- a line OCR printed with wide gaps, going on an open paragraph over a blank line, is text, not
  a crosshead;
- a dateline OCR's spaces split, alone on its line (``本 报 讯``, ``新华社北京 3月 5日电``), is
  the story's dateline;
- a page of English stories without datelines or bylines: each one-line headline heads its
  own story, not a crosshead of the story before.
"""

from __future__ import annotations

from pathlib import Path

from articles.parsing import parse_page
from tests.parsing.helpers import parse

PAGES = Path(__file__).resolve().parent / "data" / "ocr_kinds_s55"


def page(name: str):
    return parse_page((PAGES / name).read_bytes())


def test_damaged_ocr_prose_in_columns_of_several_widths_is_one_story():
    parsed = page("ocr-columns-of-several-widths.txt")
    assert [(a.headline, a.subheadline) for a in parsed.articles] == [
        ("市區長者服務求過於供", ""),
        ("長者日間服務再增名額", "社署宣布 , 各區中心共增三百個名額"),
    ]
    first = parsed.articles[0]
    assert first.crossheads == ("輪候時間超指引目標",)
    assert first.paragraphs[1].startswith("協會前會長表示 ,他曾經接觸過一個本身做廚師")
    assert first.paragraphs[4].startswith("香港明愛安老服務高級督導主任陳淑嫻指出")
    assert parsed.articles[1].dateline == "本報訊"


def test_one_space_between_two_characters_is_no_pen_name():
    (article,) = parse(
        "老人視力衰退趨升", "說 放", "", "本港人口老齡化是不爭事實，不少長者出現視力衰退。"
    ).articles
    assert (article.byline, article.reporters) == ("", ())
    (article,) = parse(
        "老人視力衰退趨升", "秋  声", "", "本港人口老齡化是不爭事實，不少長者出現視力衰退。"
    ).articles
    assert (article.byline, article.reporters) == ("秋  声", ("秋声",))


def test_line_with_wide_gaps_goes_on_its_open_paragraph():
    (article,) = parse(
        "全国晚稻收获已近尾声",
        "",
        "新华社北京六日电 据农业部门统计，全国晚稻已经收获了百分之九十以上。各地",
        "",
        "人民公社  组织社员  抗旱治虫  加强田间管理",
        "",
        "保证了晚稻的正常生长。",
    ).articles
    assert article.crossheads == ()
    assert article.paragraphs == (
        "新华社北京六日电 据农业部门统计，全国晚稻已经收获了百分之九十以上。各地"
        "人民公社  组织社员  抗旱治虫  加强田间管理保证了晚稻的正常生长。",
    )


def test_dateline_split_by_ocr_spaces_alone_on_its_line():
    body = "连日来，全区各县人民公社的社员群众纷纷投入冬季农田水利基本建设。"
    for printed, dateline in (
        ("本 报 讯", "本报讯"),
        ("本  报  讯", "本报讯"),
        ("新华社北京 3月 5日电", "新华社北京3月5日电"),
        ("新 华 社 北 京 3 月 5 日 电", "新华社北京3月5日电"),
    ):
        (article,) = parse("全区冬修水利工程全面开工", "", printed, body).articles
        assert (article.title_lines, article.dateline, article.byline) == (
            ("全区冬修水利工程全面开工",),
            dateline,
            "",
        ), printed
        assert article.paragraphs[0].startswith(printed)


def test_english_stories_without_datelines_each_under_its_headline():
    parsed = page("english-stories-without-datelines.txt")
    assert [(a.headline, a.crossheads, len(a.paragraphs)) for a in parsed.articles] == [
        ("City Library Extends Opening Hours", (), 2),
        ("New Bus Route Links Campus and Station", (), 2),
        ("Food Bank Opens Second Site", (), 2),
    ]
