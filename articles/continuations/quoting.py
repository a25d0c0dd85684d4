"""Continuations, whole copies: quoting where two printings of one story differ.

The texts are compared in their matching form (:func:`articles.continuations.copies.text_fingerprint`:
markers and whitespace out, NFKC, traditional folded to simplified, lower case); an editor reads
the quotes as the pages printed them (full-width punctuation, traditional characters), so each
compared character is traced back to the printed one it comes from (:func:`quoted_as_printed`).
"""

from __future__ import annotations

import re

from articles.parsing import find_markers
from articles.text import normalize_for_matching

_SPACE = re.compile(r"\s+")
_LINE_BREAK = re.compile(r"\s*\n\s*")

#: A run where two texts differ: ``old[i1:i2]`` was ``new[j1:j2]``.
Run = tuple[int, int, int, int]


def comparable(text: str) -> str:
    """``text`` in the form whole copies are compared in: without continuation markers and
    whitespace, normalised for matching (NFKC, traditional folded, lower case)."""
    for start, end, _ in reversed(find_markers(text)):
        text = text[:start] + text[end:]
    return _SPACE.sub("", normalize_for_matching(text))


def quoted(runs: list[Run], old: str, new: str, context: int) -> tuple[tuple[str, str], ...]:
    """Each of ``runs`` as (old words, new words), ``context`` characters around them, quoted
    from the texts as compared."""
    c = context
    return tuple(
        (old[max(0, i1 - c) : i2 + c], new[max(0, j1 - c) : j2 + c]) for i1, i2, j1, j2 in runs
    )


def quoted_as_printed(
    runs: list[Run],
    old: tuple[list[dict], str],
    new: tuple[list[dict], str],
    context: int,
) -> tuple[tuple[str, str], ...]:
    """:func:`quoted`, the words as printed: ``old``/``new`` each (its blocks, their comparable
    text, which ``runs`` index). A line break inside a quote is left out. As compared when a
    text cannot be traced back character by character (:func:`_printed`)."""
    printed_old, printed_new = _printed(*old), _printed(*new)
    if printed_old is None or printed_new is None:
        return quoted(runs, old[1], new[1], context)
    c = context
    return tuple(
        (_quote(*printed_old, i1 - c, i2 + c), _quote(*printed_new, j1 - c, j2 + c))
        for i1, i2, j1, j2 in runs
    )


def _printed(blocks: list[dict], comparable: str) -> tuple[str, list[int]] | None:
    """The blocks' printed text (joined by line breaks) and, for each character of their
    ``comparable`` text (continuation markers and whitespace out, normalised for matching),
    where in it the printed character it comes from stands; None when ``comparable`` is not
    read character by character (a rare character that NFKC joins to the one before it)."""
    where: list[int] = []
    read: list[str] = []
    offset = 0
    for block in blocks:
        text = block.get("text", "")
        cut = {k for start, end, _ in find_markers(text) for k in range(start, end)}
        for k, character in enumerate(text):
            if k not in cut:
                for c in _SPACE.sub("", normalize_for_matching(character)):
                    read.append(c)
                    where.append(offset + k)
        offset += len(text) + 1
    if "".join(read) != comparable:
        return None
    return "\n".join(block.get("text", "") for block in blocks), where


def _quote(printed: str, where: list[int], start: int, end: int) -> str:
    """The printed words of comparable characters ``start`` to ``end`` (clipped to the text)."""
    start, end = max(0, start), min(len(where), end)
    if start >= end:
        return ""
    return _LINE_BREAK.sub("", printed[where[start] : where[end - 1] + 1])
