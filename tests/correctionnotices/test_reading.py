"""Reading a printed 更正 notice (articles.correctionnotices.reading): each wording of the date,
the page and the title, read against the notice's own issue date."""

from __future__ import annotations

from datetime import date

import pytest

from articles.correctionnotices.reading import is_notice, notice_read, title_key

ISSUE = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("title", "text", "day", "label", "printed_title"),
    [
        (
            "更正",
            "本报12月3日A2版《快递进村打通“最后一公里”》一文中，“八十余个”应为“九十余个”。特此更正。",
            date(2026, 12, 3),
            "A2",
            "快递进村打通“最后一公里”",
        ),
        (
            "更正启事",
            "本报昨日第3版刊发的“春运首日客流平稳”一文有误。",
            date(2026, 12, 5),
            "3",
            "春运首日客流平稳",
        ),
        ("更正声明", "本报3日4版《春运首日》中，人名有误。", date(2026, 12, 3), "4", "春运首日"),
        ("更正与说明", "本报前日二版刊登的《菜篮子》一文", date(2026, 12, 4), "2", "菜篮子"),
        ("", "【更正】本报11月30日Ａ２版《快遞進村》一文", date(2026, 11, 30), "A2", "快遞進村"),
        ("更正", "本報２０２５年１２月３日第B12版刊發的《X》", date(2025, 12, 3), "B12", "X"),
        ("更正", "本报10日A2版《X》一文", date(2026, 11, 10), "A2", "X"),  # last month's 10th
        ("更正", "本报12月20日A2版《X》一文", date(2025, 12, 20), "A2", "X"),  # last year's
        ("更正", "本报十二月三日第一版《X》一文", date(2026, 12, 3), "1", "X"),
    ],
)
def test_each_date_page_and_title_form_is_read(title, text, day, label, printed_title):
    (named,) = notice_read(title, [text], ISSUE)
    assert (named.date, named.label, named.title) == (day, label, printed_title)
    assert text.find(named.printed) >= 0  # cut from the printed text


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        ("严正声明", "本报12月3日A2版《X》一文"),
        ("春运首日客流平稳", "本报12月3日A2版《X》一文"),
        ("更正一个说法", "本报12月3日A2版《X》"),
        ("", "本报讯 昨日春运首日"),
    ],
)
def test_a_story_that_is_no_notice_names_nothing(title, opening):
    assert notice_read(title, [opening], ISSUE) is None


def test_a_notice_naming_no_date_and_page_it_can_read_names_none():
    assert notice_read("更正", ["本报上周刊发的一文有误，特此更正。"], ISSUE) == ()


def test_a_title_named_without_a_date_it_can_read_is_kept_unread():
    (named,) = notice_read("更正", ["本报上周刊发的《X》一文有误，特此更正。"], ISSUE)
    assert (named.read, named.date, named.label, named.title) == (False, None, "", "X")
    assert named.printed == "本报上周刊发的《X》"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "本报6月1日1版《乡村道路改造提速》和《社区医院新楼启用》两文中，记者姓名有误，特此更正。",
            [("1", "乡村道路改造提速"), ("1", "社区医院新楼启用")],
        ),
        ("本报6月1日1版《A》、《B》、《C》三文中", [("1", "A"), ("1", "B"), ("1", "C")]),
        ("本报6月1日1版《A》《B》两文中", [("1", "A"), ("1", "B")]),
        ("本报6月1日1版《A》、2版《B》两文中", [("1", "A"), ("2", "B")]),
        ("本报6月1日第1版《A》及第二版刊发的《B》", [("1", "A"), ("2", "B")]),
        ("本报6月1日1版“A”和“B”两文中", [("1", "A"), ("1", "B")]),
    ],
)
def test_every_title_after_one_date_and_page_is_named(text, read):
    named = notice_read("更正", [text], ISSUE)
    assert [(n.date, n.label, n.title) for n in named] == [
        (date(2026, 6, 1), label, title) for label, title in read
    ]
    assert all(text.startswith(n.printed) for n in named)  # 本报… to its title


def test_a_later_title_with_its_own_date_reads_that_date():
    named = notice_read("更正", ["本报6月1日1版《A》和6月2日3版《B》两文中"], ISSUE)
    assert [(n.date, n.label) for n in named] == [(date(2026, 6, 1), "1"), (date(2026, 6, 2), "3")]


def test_a_quote_straight_after_a_title_is_the_corrected_words_not_a_title():
    named = notice_read("更正", ["本报3日4版《X》“张三”应为“李四”。"], ISSUE)
    assert [n.title for n in named] == ["X"]


@pytest.mark.parametrize(
    "text",
    [
        "本报6月1日1版《A》和上周《B》两文中，记者姓名有误。",
        "本报6月1日1版《A》和6月31日3版《B》两文中，记者姓名有误。",
    ],
)
def test_a_named_title_whose_date_cannot_be_read_is_flagged_not_dropped(text):
    first, second = notice_read("更正", [text], ISSUE)
    assert (first.read, first.title) == (True, "A")
    assert (second.read, second.date, second.title) == (False, None, "B")


def test_a_notice_titled_in_traditional_characters_is_one():
    assert is_notice("更正啟事", "")


def test_titles_compare_without_quotes_spaces_and_script():
    assert title_key("快递进村打通“最后一公里”") == title_key("快遞進村打通 「最後一公里」")


def test_a_title_quoted_in_the_corrected_words_is_no_story_named():
    text = (
        "本报6月1日1版《A》一文中，引用《论语》有误；本报6月1日1版《B》一文中引用的《孟子》有误。"
    )
    assert [n.title for n in notice_read("更正", [text], ISSUE)] == ["A", "B"]


def test_a_title_holding_clause_words_is_kept_whole():
    (named,) = notice_read("更正", ["本报上周《中文中心，一文一世界》一文有误。"], ISSUE)
    assert (named.read, named.title) == (False, "中文中心，一文一世界")
