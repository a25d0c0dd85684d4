"""The cheap tests in front of the furniture, header, teaser and credit rules let every line
they are meant for through (each skips a rule only where the rule cannot fire)."""

import re

import pytest

from articles.parsing import credits, pictures, webfurniture
from articles.parsing.furniture import furniture_reason
from articles.parsing.header_lines import header_line_reason
from articles.parsing.patterns import NAVIGATION_RE
from articles.parsing.pictures import _ENDING_SENTENCE, _SENTENCE_ENDS
from articles.text import fold


def test_ending_sentence_is_what_folds_to_a_sentence_end():
    # every character of the Basic Multilingual Plane (and a few beyond it), folded one by one
    codes = [*range(0xD800), *range(0xE000, 0x10000), 0x20000, 0x2A6D6, 0x1F600]
    for character in map(chr, codes):
        assert (fold(character) in _SENTENCE_ENDS) == (character in _ENDING_SENTENCE), character


@pytest.mark.parametrize(
    ("line", "top", "reason"),
    [
        ("红星县报  第二版", True, "page-header"),  # a running head: 报 in it
        ("第二版  红星县报", False, "page-header"),
        ("人民日报电子版", False, "masthead"),  # an e-paper's name
        ("东湖晚报", True, "masthead"),  # the paper's name
        ("新华电讯", True, "masthead"),  # a paper's name ending in 电讯: 讯, no 报
    ],
)
def test_a_paper_name_still_reaches_its_rules(line, top, reason):
    meta: dict = {}
    assert furniture_reason(line, fold(line), meta, top=top) == reason


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("岚城日报 1983.6.14 (4)", "1983-06-14"),  # a date in figures parted by dots
        ("东湖晚报 2024/3/16 星期六 A2", "2024-03-16"),  # by slashes
        ("东湖晚报 2024年3月16日 星期六 A2", "2024-03-16"),  # with 年
    ],
)
def test_a_header_line_with_a_date_still_reads_it(line, date):
    meta: dict = {}
    assert header_line_reason(line, fold(line), meta, top=True) == "page-header"
    assert meta["date"] == date


def test_a_header_line_with_an_english_date_is_still_read():
    line = "星洲晨报 Monday, February 14, 2011 A1"
    assert header_line_reason(line, fold(line), {}, top=True) == "page-header"


def test_closing_ends_are_the_credit_patterns_closing_brackets():
    closers = {c for c in map(chr, range(0x10000)) if re.fullmatch(credits._CLOSE, c)}
    assert {end for end in pictures._CLOSING_ENDS if len(end) == 1} == closers
    assert {end[0] for end in pictures._CLOSING_ENDS if len(end) == 2} == closers


@pytest.mark.parametrize(
    "line",
    [
        "■市民在公园赏花。（林嘉文摄）",
        "■市民在公园赏花。(网上图片)",
        "■市民在公园赏花。【新华社发】\n",
    ],
)
def test_a_caption_ending_with_its_bracketed_credit_is_still_searched(line):
    folded = fold(line)
    assert folded.endswith(pictures._CLOSING_ENDS)
    assert credits.CAPTION_CREDIT_RE.search(folded) is not None


@pytest.mark.parametrize(
    "line",
    [
        "上一版  下一版",
        "返回目录首页",
        "放大 缩小",
        "分享到：微信 微博",
        "老资料网 > 报纸 > 参考消息",
        "解放军报>19850102",
        "本站声明",
        "市民广场开放",
        "a > b > c > d > e > f > g > h",
        "上一版。",
    ],
)
def test_navigation_words_and_breadcrumb_read_as_navigation_re(line):
    for text in (line, fold(line)):
        assert webfurniture._navigation_words(text) == bool(NAVIGATION_RE.search(text))


@pytest.mark.parametrize(
    "line", ["岚州+  数字报", "某某＋ 电子版", "南湖日报客户端", "某某晚报 APP"]
)
def test_an_apps_brand_line_is_still_navigation(line):
    assert webfurniture._APP_BRAND_HINT.search(line)
    assert webfurniture.navigation_line(line)
