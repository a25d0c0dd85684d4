"""What a page's layout says about its lines, measured over the whole page before reading it.

Used by :mod:`~articles.parsing.reader`: whether the page is set in short cut lines (PDF text
layers, OCR, narrow columns) and how wide they are, and whether a blank line parts paragraphs or
larger blocks (stories). See INPUT.md, "Encoding and layout" and "Headlines".
"""

from __future__ import annotations

from articles.parsing.patterns import ends_sentence

_CUT_MIN, _CUT_MAX = 6, 30  # characters: the length of a cut line of a narrow column
_PARAGRAPH_LINE = 10  # characters: a line at least this long that ends a sentence is a paragraph


def column_width(lines: list[str]) -> int | None:
    """The width of a page set in short cut lines (PDF text layers, OCR, narrow columns), or None.

    Such a page is mostly lines of about the same length, 6 to 30 characters, that end without
    sentence punctuation (cut mid-sentence) and have commas inside (prose, not a list of titles
    or page furniture). The width is the most common length among them; a line about that long
    that ends without punctuation is cut text, never a headline."""
    counts: dict[int, int] = {}
    total = prose = 0
    for raw in lines:
        text = raw.strip()
        if not text:
            continue
        total += 1
        if _CUT_MIN <= len(text) <= _CUT_MAX and not ends_sentence(text):
            counts[len(text)] = counts.get(len(text), 0) + 1
            prose += any(mark in text for mark in "，,、；")
    cut = sum(counts.values())
    if cut < 4 or cut * 2 < total or prose * 4 < cut:
        return None
    width = max(counts, key=lambda n: (counts[n], n))
    near = sum(c for n, c in counts.items() if abs(n - width) <= 2)
    return width if near >= 4 and near * 5 >= cut * 3 else None


def blank_lines_part_blocks(lines: list[str]) -> bool:
    """True on a page that prints paragraphs one a line with no blank line between them, so a
    blank line parts larger blocks (stories), not paragraphs: more than twice as many pairs of
    paragraph lines follow each other directly as across a blank line, and at least two."""
    adjacent = parted = 0
    previous, blank = "", False
    for raw in lines:
        text = raw.strip()
        if not text:
            blank = True
            continue
        if (
            previous
            and len(previous) >= _PARAGRAPH_LINE
            and ends_sentence(previous)
            and len(text) >= _PARAGRAPH_LINE
        ):
            if blank:
                parted += 1
            else:
                adjacent += 1
        previous, blank = text, False
    return adjacent >= 2 and adjacent > 2 * parted


def is_indented(raw: str) -> bool:
    """True when the printed line ``raw`` starts with an indent of two spaces or more."""
    return raw[:1] in ("\u3000", " ", "\t") and len(raw) - len(raw.lstrip()) >= 2


def next_text(lines: list[str], number: int) -> str | None:
    """The next line after line ``number`` (1-based) that is not blank, stripped; None when the
    next 50 lines are blank (a look ahead, bounded)."""
    for raw in lines[number : number + 50]:
        if raw.strip():
            return raw.strip()
    return None
