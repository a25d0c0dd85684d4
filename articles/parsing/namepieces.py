"""How the characters of a name are printed in a byline, read by
:func:`~articles.parsing.names.parse_names`: spaced out one by one (``曹 立 新``, ``彭  波``), a
compound surname spaced from its given name (``司马  岚``), or with a character withheld (``陈×华``:
an inmate's, a minor's or a victim's name, as a prison's or a court's paper prints it on
purpose; the mark is printed text, kept in the name)."""

from __future__ import annotations

import re

from articles.parsing.patterns import NAME_CHARS_RE
from articles.parsing.surnames import COMPOUND_SURNAMES, SURNAMES
from articles.text import HAN, fold

# The marks a paper prints for a character of a name it withholds (陈×华: an inmate's, a minor's
# or a victim's name, printed so on purpose): part of the name as printed.
REDACTION_MARKS = "×✕"
_REDACTED_NAME_RE = re.compile(rf"[{HAN}][{HAN}{REDACTION_MARKS}]{{1,3}}")


def redacted_name(text: str) -> bool:
    """A name printed with one or two of its characters withheld (``陈×华``, ``王××``, spaced
    ``陈　×``): a common surname (or a compound one) first, then Han characters or
    :data:`REDACTION_MARKS`, two to four in all, one mark at least. A paper prints an inmate's
    or a minor's name so; the marks are printed text and stay in the name."""
    name = fold("".join(text.split()))
    if not any(mark in name for mark in REDACTION_MARKS) or not _REDACTED_NAME_RE.fullmatch(name):
        return False
    compound = name.startswith(COMPOUND_SURNAMES)
    return compound or name[0] in SURNAMES


def name_character(token: str, pending: str) -> bool:
    """``token`` is one character of a name spaced out (``曹 立 新``), or a withheld character's
    mark inside one (``陈　×　华``: :data:`REDACTION_MARKS`)."""
    if len(token) != 1:
        return False
    return NAME_CHARS_RE.fullmatch(token) is not None or bool(pending and token in REDACTION_MARKS)


def compound_surname_spaced(tokens: list[str]) -> list[str]:
    """``司马  岚`` → ``司马岚``: a compound surname with a one-character given name, spaced out to
    the width of three (INPUT.md: ``彭  波``), is one name; the surname alone is none."""
    joined: list[str] = []
    for index, token in enumerate(tokens):
        follows = tokens[index + 1] if index + 1 < len(tokens) else ""
        if joined and len(token) == 1 != len(follows) and fold(joined[-1]) in COMPOUND_SURNAMES:
            joined[-1] += token
        else:
            joined.append(token)
    return joined


def spaced_pairs(characters: str) -> list[str]:
    """Single characters in a row, read two by two (a lone one left over is no name)."""
    return [characters[i : i + 2] for i in range(0, len(characters) - 1, 2)]
