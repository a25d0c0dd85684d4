"""Western names in letters with initials or a generational suffix in a Chinese byline
(articles/parsing/latinnames.py): ``记者 J. Smith``, ``记者 Robert Downey Jr.``, ``记者 Martin
Luther King Jr.``, ``记者 Martin Luther King, Jr.``. Before, each credited nobody (reviewer B,
session 58), while ``记者 John F. Kennedy`` was read. Golden page: ``data/bylines/western.txt``."""

from __future__ import annotations

import json

import pytest

from articles.parsing.latinnames import western_name
from articles.parsing.names import parse_names
from tests.parsing.test_bylines_in_letters_and_radicals import PAGES, read


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("记者 J. Smith", ("J. Smith",)),
        ("记者 Robert Downey Jr.", ("Robert Downey Jr.",)),
        ("记者 Martin Luther King Jr.", ("Martin Luther King Jr.",)),
        ("记者 Martin Luther King, Jr.", ("Martin Luther King, Jr.",)),
        ("记者 J. R. R. Tolkien", ("J. R. R. Tolkien",)),
        ("记者 J.R.R. Tolkien", ("J.R.R. Tolkien",)),
        ("文/J. Smith", ("J. Smith",)),
        ("记者 王平、Tom Smith, Jr.、李明", ("王平", "Tom Smith, Jr.", "李明")),
        ("记者 Eugene O'Neil", ("Eugene O'Neil",)),
        ("记者 Ursula von der Leyen", ("Ursula von der Leyen",)),
        ("记者 John F. Kennedy", ("John F. Kennedy",)),  # (read before too)
    ],
)
def test_a_western_name_with_initials_or_a_suffix_is_one_reporter(byline, names):
    assert parse_names(byline) == names


@pytest.mark.parametrize("text", ["J. S.", "Jr. Smith", "AP Jr.", "Jr.", "Tom Smith"])
def test_initials_or_a_suffix_alone_make_no_western_name(text):
    assert not western_name(text)


def test_an_english_line_is_still_no_chinese_byline():
    assert parse_names("Martin Luther King, Jr.") == ()  # (englishbylines reads By lines)


def test_a_printed_page_credits_them_as_its_golden_file_says():
    golden = json.loads((PAGES / "western.golden.json").read_text(encoding="utf-8"))
    assert read(PAGES / "western.txt") == golden
    assert [a["reporters"] for a in golden["articles"]] == [
        ["J. Smith"],
        ["Robert Downey Jr."],
        ["Martin Luther King, Jr."],
        ["J. R. R. Tolkien", "李明"],
        ["Eugene O'Neil"],
    ]


@pytest.mark.parametrize(
    "byline", ["记者 J. Smith", "记者 Robert Downey Jr.", "记者 Martin Luther King, Jr."]
)
def test_an_edited_byline_credits_them_as_a_printed_one(byline):
    from articles.bylines import reporters_read

    assert reporters_read(byline) == (byline.removeprefix("记者 "),)
