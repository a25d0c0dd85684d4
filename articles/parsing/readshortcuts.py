"""Facts about a page's lines that let :class:`~articles.parsing.reader.Reader` skip a rule that
cannot fire, each found once a page (or with one cheap test) instead of a rule's full work for
every line. Every shortcut here answers only for a rule whose answer it can prove, and says why
in its docstring; the rule itself is left as it is and still decides every line the shortcut
lets through.
"""

from __future__ import annotations

import re

from articles.parsing.astold import as_told_byline
from articles.parsing.bracketcuts import bracket_cut_at_end
from articles.parsing.layout import byline_cut
from articles.parsing.names import names_only
from articles.parsing.patterns import BYLINE_COLON_RE, marker_cut_at_end
from articles.text import folding_to

# Every character whose fold (:func:`~articles.text.fold`) holds a colon (``：`` or ``:``).
COLON_ENDS = frozenset(c for colon in "：:" for c in folding_to(colon))
# How far above a line :func:`~articles.parsing.leadins.lead_in_words` looks for its lead-in:
# the lines ``number - 13`` to ``number - 2`` (0-based), the 12 lines above line ``number``.
_LEAD_IN_REACH = 12


def colon_counts(lines: list[str]) -> list[int]:
    """``counts[k]``: how many of ``lines[:k]`` end, stripped, with a character that folds to a
    colon (:data:`COLON_ENDS`); ``len(lines) + 1`` counts, the first 0. One pass over the page."""
    counts = [0]
    total = 0
    for line in lines:
        stripped = line.rstrip()
        if stripped and stripped[-1] in COLON_ENDS:
            total += 1
        counts.append(total)
    return counts


def colon_above(counts: list[int], number: int) -> bool:
    """True when one of the :data:`_LEAD_IN_REACH` lines above line ``number`` (1-based) ends
    with a colon (``counts``: :func:`colon_counts` of the page's lines).

    :func:`~articles.parsing.leadins.lead_in_words` can say True only for a line with such a
    line above it: it answers True only from a line among those 12 whose stripped, folded text
    ends with ``：`` or ``:`` (its speech lead-in); every other way out says False. Folding maps
    each character on its own to one character (a copy of the same length), so a folded line
    ends with a colon only if its last character folds to one, i.e. is in :data:`COLON_ENDS`;
    ``str.strip`` and ``str.rstrip`` leave the same last character. So where this says False,
    ``lead_in_words`` says False too and the reader need not ask it."""
    return counts[number - 1] > counts[max(0, number - 1 - _LEAD_IN_REACH)]


def labelled_byline(text: str, folded: str) -> bool:
    """A byline alone on a line whose role words say each part (:func:`colon_byline`:
    ``记者：陈慧玲``; :func:`~articles.parsing.astold.as_told_byline`: ``口述　某某　整理　某某``)."""
    return colon_byline(text, folded) or as_told_byline(text)


def colon_byline(text: str, folded: str) -> bool:
    """``记者：陈慧玲`` alone on a line (``folded``: ``text`` folded): a byline when only names
    follow the colon (:data:`~articles.parsing.patterns.BYLINE_COLON_RE`, 30 characters at
    most)."""
    match = BYLINE_COLON_RE.match(folded) if len(text) <= 30 else None
    return match is not None and bool(names_only(text[slice(*match.span("names"))]))


# An opening bracket as :func:`~articles.parsing.markers.marker_cut_at_end` looks for one left
# open at a line's end (its ``_OPEN_BRACKET_AT_END_RE`` opens with this class).
_OPENING_BRACKET_RE = re.compile(r"[（(〔【\[]")
_MARKER_TAIL = 12  # characters: the end of a line marker_cut_at_end looks at


def may_go_on(text: str, width: int | None) -> bool:
    """False when the stripped line ``text`` cannot go on on the next printed line by the
    :func:`cut_at_end` rules, so they need not be asked: a marker cut in two
    (:func:`~articles.parsing.markers.marker_cut_at_end`) needs an opening bracket among the
    line's last 12 characters; a byline cut inside a name
    (:func:`~articles.parsing.layout.byline_cut`) is looked for only on a page of cut lines
    (``width``); a bracketed note cut in two (:func:`~articles.parsing.bracketcuts.
    note_cut_at_end`) opens the line with ``（`` or ``(``; a headline cut inside a book's title
    (:func:`~articles.parsing.bracketcuts.title_cut_at_end`) holds ``《``."""
    return bool(
        width
        or text[:1] in "（("
        or _OPENING_BRACKET_RE.search(text, len(text) - _MARKER_TAIL)
        or "《" in text
    )


def cut_at_end(text: str, following: str, width: int | None) -> bool:
    """The stripped line ``text`` goes on on the next printed line ``following`` (the reader
    joins them before reading; ``width``: the page's column width when it is set in cut lines):
    a marker, a byline, a bracketed note (``（作者系…`` / ``…教授）``) or a headline inside a
    《title》 cut in two. Asks the rules only when :func:`may_go_on` lets them."""
    return may_go_on(text, width) and bool(
        marker_cut_at_end(text, following.strip())
        or (width and byline_cut(text, following))
        or bracket_cut_at_end(text, following)
    )
