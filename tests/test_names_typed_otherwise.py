"""Names as editors and pages type them (a third reviewer's finds): a spreadsheet's 记者 cell
keeps a name in letters whole (``Zoë Müller`` is one person, not ``Zoë`` and ``Müller``) and
reads a PDF's Kangxi radical as the 人员 form does; a run of spaces and the dots other keyboards
give for a name's middle dot are one person with the plain name; the import's warning for a
byline holding a radical says to change it to its ideograph, not to delete it."""

from __future__ import annotations

import pytest

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


def test_a_byline_with_a_radical_is_told_to_be_changed_to_its_ideograph():
    page = "社区食堂开到家门口\n\n本报讯（记者 王\u2f06明）今年以来，我市新建社区食堂二十六家。\n"
    (warning,) = uncredited_byline_warnings(parse_page(page.encode()), "A2")
    assert "把它改成“二”，记者随之记上" in warning and "删去这个字符" not in warning
