"""A masthead's date line that prints an era or anniversary phrase beside the date (the year since
the People's Republic was founded, an anniversary, 公元, a Republic or Buddhist year, a lunar date
with its calendar named), in simplified or traditional characters, is the page's date line: its
date, weekday and page are read, the phrase is no section's name, and the line is never a teaser
pointing to its own page (a reviewer's finding: a 1957 front page's line read as 1 条导读 and its
date left unread). Texts written for these tests."""

from __future__ import annotations

import pytest

from articles.parsing import parse_page

BODY = "新华社十日讯　江城各县今年春耕进度比去年同期快了十天，全省水利工程大部完工。\n"


def _front_page(line: str, label: str = "") -> object:
    text = f"江城日報\n{line}\n\n各縣春耕進度加快\n\n{BODY}"
    return parse_page(text.encode(), label=label)


@pytest.mark.parametrize(
    "phrase",
    [
        "中華人民共和國成立後第九年",
        "中华人民共和国成立后第九年",
        "中华人民共和国成立以后第九年",
        "新中國成立第九年",
        "建国后第九年",
        "中華人民共和國成立九週年",
        "本報創刊十周年紀念",
        "公元一九五八年",
        "公元",
        "中華民國四十七年",
        "佛历二五〇一年",
        "農曆戊戌年二月廿三",
        "农历二月廿三日",
        "夏曆二月廿三",
        "陰曆二月廿三日",
    ],
)
@pytest.mark.parametrize("label", ["", "1"])
def test_a_date_line_with_an_era_phrase_is_read_for_its_date_and_page(phrase, label):
    line = f"{phrase}  一九五八年四月十一日  星期五  第1版"
    page = _front_page(line, label)
    assert page.teasers == ()
    assert (page.metadata.date, page.metadata.label, page.metadata.section) == (
        "1958-04-11",
        "1",
        "",
    )
    assert (line, "page-header") in [(s.text, s.reason) for s in page.set_aside]
    (story,) = page.articles
    assert story.headline == "各縣春耕進度加快"


@pytest.mark.parametrize(
    "line",
    [
        "一九五八年四月十一日  星期五  中華人民共和國成立後第九年",  # the phrase after the date
        "中華人民共和國成立後第九年一九五八年四月十一日  星期五",  # glued to the date
        "中华人民共和国成立后第九年  1958年4月11日",  # the date alone beside it
    ],
)
def test_the_phrase_after_the_date_or_glued_to_it_is_read_the_same(line):
    page = _front_page(line)
    assert page.teasers == ()
    assert (page.metadata.date, page.metadata.section) == ("1958-04-11", "")
    assert (line, "page-header") in [(s.text, s.reason) for s in page.set_aside]


def test_an_anniversary_in_a_headline_stays_the_headline():
    text = f"江城日报\n\n庆祝建国九周年大会隆重举行\n\n{BODY}"
    (story,) = parse_page(text.encode()).articles
    assert story.headline == "庆祝建国九周年大会隆重举行"
