"""Names as editors and pages type them (a third reviewer's finds): a spreadsheet's 记者 cell
keeps a name in letters whole (``Zoë Müller`` is one person, not ``Zoë`` and ``Müller``) and
reads a PDF's Kangxi radical as the 人员 form does; a run of spaces and the dots other keyboards
give for a name's middle dot are one person with the plain name; the import's note for a
byline holding a radical says the name was read through it and the printed character kept (to be
changed to its ideograph only if the page's text is to be corrected), never to delete it."""

from __future__ import annotations

import pytest

from articles.bylines import credit_pieces, reporters_read
from articles.importing.bylinechars import uncredited_byline_warnings
from articles.namechars import name_canonical
from articles.parsing import parse_page
from articles.spreadsheets.widgets import split_names


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Zoë Müller", ["Zoë Müller"]),
        ("王二明、Zoë Müller", ["王二明", "Zoë Müller"]),
        ("Elena  Marchetti，李明", ["Elena Marchetti", "李明"]),
        ("王刚 李明", ["王刚", "李明"]),  # Chinese names parted by a space, as before
        ("王\u2f06明", ["王二明"]),  # a PDF's KANGXI RADICAL TWO: read, not refused
    ],
)
def test_a_names_cell_keeps_lettered_names_whole_and_reads_radicals(cell, names):
    assert split_names(cell, "记者") == names


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("Zoë  Müller", "Zoë Müller"),
        ("阿依古丽\u2022买买提", "阿依古丽·买买提"),  # BULLET
        ("阿依古丽\u30fb买买提", "阿依古丽·买买提"),  # KATAKANA MIDDLE DOT
        ("彭\u3000波", "彭\u3000波"),  # one space stays as printed
    ],
)
def test_look_alike_spellings_of_a_name_are_one_name(typed, canonical):
    assert name_canonical(typed) == canonical


PAGE = "社区食堂开到家门口\n\n本报讯（记者 王\u2f06明）今年以来，我市新建社区食堂二十六家。\n"


def test_a_byline_with_a_radical_says_the_name_was_read_as_its_ideograph_and_the_char_kept():
    parsed = parse_page(PAGE.encode())
    assert parsed.articles[0].reporters == ("王二明",)
    (warning,) = uncredited_byline_warnings(parsed, "A2")
    assert "记者按“王二明”记上" in warning and "保留这个字符" in warning
    assert "只有想改正版面文字时" in warning and "改成“二”" in warning
    assert "没有记上" not in warning and "删去这个字符" not in warning


def test_a_byline_with_an_emoji_and_a_radical_is_told_to_delete_the_emoji():
    page = PAGE.replace("王\u2f06明", "王\u2f06😀明")
    (warning,) = uncredited_byline_warnings(parse_page(page.encode()), "A2")
    assert "U+1F600" in warning and "删去这个字符" in warning and "没有记上" in warning


def test_the_desks_byline_reading_credits_names_in_letters_and_with_radicals():
    assert reporters_read("记者 王\u2f06明") == ("王二明",)
    assert reporters_read("本报记者 Zoë·马丁、Tom Smith") == ("Zoë·马丁", "Tom Smith")
    assert credit_pieces("记者 王\u2f06明 Ann Lee", ("王二明", "Ann Lee")) == [
        ("记者 ", ""),
        ("王\u2f06明", "王二明"),
        (" ", ""),
        ("Ann Lee", "Ann Lee"),
    ]
