"""A dateline cut in two by a line break (INPUT.md, "Encoding and layout": text cut into short
lines is cut mid-word and must be joined; "Bylines, datelines, credits": ``本报北京4月29日电
（记者彭波）`` is a dateline with its reporter). A column or an OCR line break may cut a dateline
inside its date (``新华社北京6月`` / ``13日电（记者王刚）…``), so that its first half reads as a
title line, between the dateline and its reporter's bracket (``本报北京6月13日电`` /
``（记者王刚）…``), so that the first half reads as a dateline closing the story before, or right
after the agency's name (``新华社`` / ``北京6月13日电…``), so that the first half reads as a photo
credit or a story's source. Used by :func:`~articles.parsing.bylines.authors_split_off` on a
page's flow before it is segmented, and by the reader (an agency's name alone over such a
paragraph is no photo credit).
"""

from __future__ import annotations

from articles.parsing.datelines import dateline_match, dateline_sender, dateline_source
from articles.parsing.names import parse_names
from articles.parsing.patterns import BYLINE_BRACKET_RE, ROLE_WORD_RE
from articles.parsing.units import Heading, Para, Special
from articles.text import fold

_HALF_LINE = 20  # characters: the first half of a cut dateline is a short line


def dateline_cut_in_two(first: str, text: str) -> bool:
    """True when the short line ``first`` and the paragraph ``text`` printed under it are one
    dateline cut by the line break: ``text`` opens with no dateline of its own, and the two read
    together open with a dateline that runs across the break (``新华社北京6月`` + ``13日电…``), or
    ``first`` is the whole dateline and ``text`` opens with its reporter's bracket
    (``本报北京6月13日电`` + ``（记者王刚）…``: a role word or names inside), or ``first`` is the
    agency's name alone and ``text`` opens with a dateline that names no sender, only the place
    and day (``新华社`` + ``北京6月13日电…``: :func:`agency_cut_off`)."""
    first = first.strip()
    if not first or len(first) > _HALF_LINE or not text:
        return False
    if dateline_match(text) is not None:
        return agency_cut_off(first, text)
    match = dateline_match(first + text.lstrip())
    if match is None:
        return False
    if match.end() > len(first):
        return True
    if match.end() < len(first) or dateline_match(first) is None:
        return False
    bracket = BYLINE_BRACKET_RE.match(fold(text.lstrip()[:62]))
    if bracket is None:
        return False
    inside = text.lstrip()[slice(*bracket.span("byline"))]
    return bool(ROLE_WORD_RE.search(fold(inside)) or parse_names(inside))


def agency_cut_off(first: str, text: str) -> bool:
    """True when ``first`` is the name of the agency or desk alone (``新华社``, ``本报``, no
    brackets) and the paragraph ``text`` opens with a dateline naming no sender of its own
    (``北京6月13日电（记者王刚）…``: :func:`~articles.parsing.datelines.dateline_sender` is
    empty) that, with ``first`` before it, is one dateline sent by ``first``
    (``新华社北京6月13日电``): a dateline cut right after its agency's name."""
    first, text = first.strip(), text.lstrip()
    if len(first) > _HALF_LINE or dateline_sender(text):
        return False
    joined = first + text
    match = dateline_match(joined)
    return (
        match is not None
        and match.end() > len(first)
        and dateline_source(joined) == fold(first).removeprefix("据")
    )


def cut_datelines_joined(flow: list) -> list:
    """``flow`` with each dateline cut in two by a line break (:func:`dateline_cut_in_two`) put
    back together at the start of its paragraph: the first half is taken out of the title lines
    over it (the last line of a heading), out of the end lines (a dateline alone on a line reads
    as one closing a story) or out of a paragraph of that line alone. The paragraph starts
    where the first half was printed; its text is the two halves as printed, joined."""
    result: list = []
    for unit in flow:
        before = result[-1] if result else None
        if isinstance(unit, Para) and before is not None:
            first = _half_line(before)
            if first is not None and dateline_cut_in_two(first, unit.text):
                unit.line = _take_half(result, before)
                unit._parts.insert(0, first.strip())
                unit._text = None
        result.append(unit)
    return result


def _half_line(unit: object) -> str | None:
    """The line of ``unit`` that may be a cut dateline's first half: a heading's last line, an
    end line's text, a paragraph of one line; None for any other unit."""
    if isinstance(unit, Heading):
        return unit.lines[-1]
    if isinstance(unit, Special) and unit.kind == "end":
        return unit.text
    if isinstance(unit, Para) and len(unit._parts) == 1 and not (unit.closed or unit.markers):
        return unit.text
    return None


def _take_half(result: list, unit: Heading | Special | Para) -> int:
    """Take the cut dateline's first half (:func:`_half_line`) out of ``unit``, the last unit of
    ``result``: a heading keeps its other lines; a unit left empty is dropped. Returns the
    number of the line the half was printed on."""
    line = unit.line + len(unit.lines) - 1 if isinstance(unit, Heading) else unit.line
    if isinstance(unit, Heading) and len(unit.lines) > 1:
        result[-1] = Heading(unit.line, unit.lines[:-1], unit.after_blank, unit.after_photo)
    else:
        result.pop()
    return line
