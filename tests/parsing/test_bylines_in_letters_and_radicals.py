"""Bylines and picture credits whose names are printed otherwise than in Han characters alone
(articles/parsing/letternames.py): a PDF text layer's Kangxi radical standing for an ideograph
(``记者 王⼆明``, ⼆ U+2F06: the name read is 王二明, the byline stays as printed), a name in
Latin letters (``（记者 Zoë Müller）``, ``文/Tom Smith``, ``Zoë Müller/摄``) and one mixing letters
and Han characters (``本报记者 Zoë·马丁``, ``记者 阿依古丽·买买提 Ann Lee``). Before, each credited
nobody. What is no Chinese byline's name stays uncredited: an English story's ``By`` line (read
by englishbylines), an agency (Reuters, AP, AFP), a URL, an English sentence.

Golden pages written for these tests (an invented paper, 澜江日报): ``data/bylines/<page>.txt``
and what the parser must read from it, ``<page>.golden.json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from articles.parsing import parse_page
from articles.parsing.creditpeople import credit_photographers
from articles.parsing.names import looks_like_deck_byline, names_only, parse_names

PAGES = Path(__file__).resolve().parent / "data" / "bylines"


def read(page: Path) -> dict:
    """What the golden file holds: each story's title, dateline, byline and reporters, each
    picture's caption, credit line and photographers, in print order."""
    parsed = parse_page(page.read_bytes())
    return {
        "articles": [
            {
                "title": " ".join(a.title_lines),
                "dateline": a.dateline,
                "byline": a.byline,
                "reporters": list(a.reporters),
            }
            for a in parsed.articles
        ],
        "photos": [
            {"caption": p.caption, "credit": p.credit_line, "photographers": list(p.photographers)}
            for p in parsed.photos
        ],
    }


@pytest.mark.parametrize(
    "name", ["radicals", "letters", "positions", "letter_credits", "not_names"]
)
def test_the_page_reads_as_its_golden_file(name):
    golden = json.loads((PAGES / f"{name}.golden.json").read_text(encoding="utf-8"))
    assert read(PAGES / f"{name}.txt") == golden


def test_a_radical_in_a_name_is_read_as_its_ideograph_and_the_byline_kept_as_printed():
    story = read(PAGES / "radicals.txt")["articles"][0]
    assert story["byline"] == "记者 王\u2f06明" and story["reporters"] == ["王二明"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("记者 王\u2f06明", ("王二明",)),
        ("记者 Zoë Müller", ("Zoë Müller",)),
        ("记者 Zoe\u0308 Müller", ("Zoe\u0308 Müller",)),  # as printed; the import composes it
        ("本报记者 Zoë·马丁", ("Zoë·马丁",)),
        ("记者 阿依古丽·买买提 Ann Lee", ("阿依古丽·买买提", "Ann Lee")),
        (
            "记者 张三、Tom Smith，Ludwig van Beethoven",
            ("张三", "Tom Smith", "Ludwig van Beethoven"),
        ),
        ("文/Tom Smith", ("Tom Smith",)),
        ("Zoë Müller/摄", ("Zoë Müller",)),
    ],
)
def test_names_in_letters_and_radicals_are_read(byline, names):
    assert parse_names(byline) == names


@pytest.mark.parametrize(
    "text",
    [
        "By Tom Smith",  # an English story's byline: englishbylines.py's
        "Tom Smith",  # letters alone are no Chinese byline
        "记者 www.lanjiang.example.com",
        "（新华社 Reuters）",
        "记者 AP AFP",
        "Getty Images/摄",
        "记者 The city is growing fast",
        "记者 Associated Press",
        "记者 Read More",  # a web page's words pasted with the text (a reviewer's)
        "记者 2024 Annual Report",
        "记者 2024 Summer Games",  # words going on from a figure: a title's
        "记者 Top Stories 10",
    ],
)
def test_what_is_no_persons_name_in_letters_credits_nobody(text):
    assert parse_names(text) == ()


def test_a_role_then_a_name_in_letters_is_names_only():
    assert names_only("记者 Zoë Müller") == ("Zoë Müller",)
    assert names_only("Zoë Müller") == ()  # (no role: a name in letters is not assumed)


@pytest.mark.parametrize(
    ("credit", "who"),
    [
        ("Zoë Müller/摄", ("Zoë Müller",)),
        ("记者 Tom Smith 摄", ("Tom Smith",)),
        ("图/Tom Smith", ("Tom Smith",)),
        ("摄影/Tom Smith", ("Tom Smith",)),
        ("（Zoë Müller 摄）", ("Zoë Müller",)),
        ("张\u2f47新/摄", ("张日新",)),  # ⽇ KANGXI RADICAL SUN for 日
        ("Reuters/摄", ()),
        ("AFP/摄", ()),
        ("CFP供图", ()),
    ],
)
def test_a_picture_credit_names_its_photographer_in_letters_or_radicals_not_an_agency(credit, who):
    assert credit_photographers(credit) == who


def test_a_role_over_english_words_is_no_deck_byline_but_over_a_name_in_letters_is():
    assert not looks_like_deck_byline("记者 Hello world")
    assert looks_like_deck_byline("记者 Tom Smith")
