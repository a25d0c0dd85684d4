"""A date alone on a line under a notice's or letter's text: the day it was signed, never the
page's printed date (INPUT.md, "Encoding and layout": a page prints its date in its masthead,
page stamp or running head; a page whose date differs from its edition's is refused on import).

A bare date (``2017年5月8日``, no weekday, no page: :data:`~articles.parsing.patterns.
SIGNATURE_DATE_RE`) read after the page's text has begun is a signing date when the line above it
(blank lines skipped) ends a sentence (``特此公告。`` / date) or is a signer (a short line
without punctuation, no paper's name: ``王德全``, ``某某寺客堂``) standing under a line that ends
one (``…为准。`` / signer / date), or under a roll of names' last row (``第二车间　王志强`` / the
issuing office / date: :mod:`~articles.parsing.rolls`; the office, read as a heading, is made a
line of the text too, no byline); the date may be in Chinese numerals (``一九五七年四月二十五日``);
a notice's contact lines between (``联系人：李先生``,
``联系电话：…``: :func:`contact_line`) are skipped. It is kept in the notice's text, as its last
line, whoever signs (:func:`signed_notice_end`). A masthead's date in a PDF's frame order
stands under the paper's name (``青石县报`` / ``2021年7月9日``) or beside its weekday, and stays
the page's.
Pure, no Django.
"""

from __future__ import annotations

import re

from articles.parsing.patterns import (
    GENERIC_PAPER_RE,
    PAPER_NAME_RE,
    SIGNATURE_DATE_RE,
    STAFF_RE,
    ends_sentence,
)
from articles.parsing.rolls import roll_row
from articles.parsing.units import Heading, Para, Special
from articles.text import fold

# What a date in Chinese numerals opens with (一九五七年四月二十五日; 〇 and 零 in a year).
_HAN_YEAR_DIGITS = frozenset("〇零一二三四五六七八九")
_SIGNER = 20  # characters: a signer's line at most (a person, an office, a temple's hall)
_PUNCTUATION = frozenset("，。！？；：、,.!?;:")
_CONTACTS = 6  # contact lines between a notice's text (or signer) and its date, at most
_CONTACT = 60  # characters: a contact line at most
# A notice's contact line (folded): who to call or write to, by a field's name and its colon
# (联系人：李先生, 联系电话：…, 电话：…, 地址：…, 邮编：…, 失主：…, Email：…).
_CONTACT_RE = re.compile(
    r"^(?:联系人|联系电话|联系方式|联系地址|电话|手机|传真|地址|邮编|邮箱|失主|E-?mail)\s*:",
    re.IGNORECASE,
)


def signing_date_line(lines: list[str], number: int, folded: str) -> bool:
    """Whether line ``number`` (1-based in ``lines``, the page's; ``folded`` its folded copy),
    read after the page's text has begun, is a notice's or letter's signing date (see the
    module docstring). Constant time but for the blank lines skipped."""
    if not (folded[:1].isdigit() or folded[:1] in _HAN_YEAR_DIGITS):
        return False  # (the cheap test first: every line read after the text has begun comes)
    if SIGNATURE_DATE_RE.match(folded.strip()) is None:
        return False
    above = _line_above(lines, number - 1)
    for _ in range(_CONTACTS):  # (contact lines over the date: the notice's, skipped)
        if above is None or not contact_line(lines[above - 1]):
            break
        above = _line_above(lines, above - 1)
    if above is None:
        return False
    text = lines[above - 1].strip()
    if ends_sentence(text) and text[-1:] in "。！？!?":
        return True
    if not _signer(text):
        return False
    before = _line_above(lines, above - 1)
    if before is None:
        return False
    # (…为准。 / signer / date; or a roll's last row: 第二车间　王志强 / signer / date)
    return lines[before - 1].rstrip()[-1:] in "。！？!?" or roll_row(lines[before - 1])


def contact_line(line: str) -> bool:
    """Whether ``line`` (as printed) is a notice's contact line (:data:`_CONTACT_RE`:
    ``联系人：李先生``, ``电话：…``), at most :data:`_CONTACT` characters."""
    text = line.strip()
    return len(text) <= _CONTACT and _CONTACT_RE.match(fold(text)) is not None


def signed_notice_end(flow: list, lines: list[str], number: int, text: str, folded: str) -> bool:
    """Read line ``number`` (``text``, ``folded``) as a notice's signing date when it is one
    (:func:`signing_date_line`): the notice's last line, kept in its text (a ``Special`` ``end``
    on ``flow``, the reader's units), with the contact lines over it (``联系人：李先生``, read as a
    heading or a paragraph: a heading would stand alone as no story's, or as a crosshead) made
    end lines too. A signer read as a heading
    or a byline (``李明``) stays what it was read as. False (``flow`` untouched) otherwise."""
    if not signing_date_line(lines, number, folded):
        return False
    start = len(flow)  # (the contact lines over the date: headings or paragraphs, any order)
    while start and _contact_unit(flow[start - 1]):
        start -= 1
    if start == len(flow) and _signer_under_roll(flow):
        start -= 1  # (a roll's issuer, 市总工会, read as a heading: the roll's last line but one)
    ends: list = []
    for unit in flow[start:]:
        if isinstance(unit, Heading):
            ends += [Special(unit.line + i, "end", line) for i, line in enumerate(unit.lines)]
        else:
            ends.append(Special(unit.line, "end", unit.text))
    flow[start:] = ends
    flow.append(Special(number, "end", text))
    return True


def _signer_under_roll(flow: list) -> bool:
    """The flow ends with a signer's line read as a heading (one line, :func:`_signer`) right
    under a row of a roll of names (:func:`~articles.parsing.rolls.roll_row`): the roll's issuer
    (``江滨市总工会`` under ``市电业局　周大勇``), a line of the list's text as its date under it
    is, never a byline (an office signs the list; no writer is named)."""
    if len(flow) < 2:
        return False
    signer, row = flow[-1], flow[-2]
    return (
        isinstance(signer, Heading)
        and len(signer.lines) == 1
        and _signer(signer.lines[0].strip())
        and isinstance(row, Para)
        and roll_row(row.text)
    )


def _contact_unit(unit) -> bool:
    """A reader's unit (heading or paragraph) of nothing but contact lines."""
    if isinstance(unit, Heading):
        return all(map(contact_line, unit.lines))
    return isinstance(unit, Para) and contact_line(unit.text)


def _line_above(lines: list[str], number: int) -> int | None:
    """The last line at or above ``number`` (1-based) that is not blank, or None."""
    while number >= 1 and not lines[number - 1].strip():
        number -= 1
    return number if number >= 1 else None


def _signer(text: str) -> bool:
    """A signer's line: short, no punctuation, no paper's name (a masthead's), no staff line."""
    if not text or len(text) > _SIGNER or any(ch in _PUNCTUATION for ch in text):
        return False
    folded = fold(text)
    compact = folded.replace(" ", "").replace("\u3000", "")
    return not (
        PAPER_NAME_RE.match(compact) or GENERIC_PAPER_RE.match(compact) or STAFF_RE.match(folded)
    )
