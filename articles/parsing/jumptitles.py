"""A continued text's repeated title under its backward marker, read without its front page.

INPUT.md, "Continuations (jumps)": the continuation part on the other page often repeats the
headline, or a shortened one, and a backward marker may stand on its own line or be glued to the
first words of the continued text. A line right after the marker is the repeated title, not the
first words of the continued text, when the page sets it apart: it ends no sentence and holds no
comma (a title line), a blank line stands between it and the text under it, or the page's layout
opens a paragraph right under it (:func:`paragraph_opens_under`: the text under it indented as a
paragraph's first line while the title line is not; on a page whose blank lines part its
paragraphs, the text under it a whole paragraph between blank lines, clearly longer than the
title's line), and that text does not go on from it (no mark that goes on a sentence, no
dictionary word across the break: :func:`~articles.parsing.layout.cut_across`). A first line cut by the column (``（上接A1版）设计单位进场``
/ ``勘查，确保…``) has no blank line under it and no paragraph opening under it (the line under it
is not indented, or no whole paragraph), or runs on into the next; on a page set in lines
the column cut (a PDF text layer, OCR: :func:`cut_page`) a blank line sets nothing apart
(``（上接A1版）`` / ``并开展病虫害`` / ``统防统治。``). Otherwise the line stays text here; the stitcher decides it against the front page's headline once that page
is in (:mod:`articles.continuations.headlines`).
"""

from __future__ import annotations

from collections.abc import Sequence

from articles.parsing.layout import (
    CONTINUING_MARKS,
    column_width,
    cut_across,
    is_indented,
)
from articles.parsing.letterspacing import dateline_read
from articles.parsing.ocrprose import cut_prose_lines
from articles.parsing.patterns import COMMA_RE, ends_sentence, is_heading_like

_SAME_WIDTH = 2  # characters: lines of one column differ by no more (as the stitcher's SAME_WIDTH)
# Characters that go on a sentence and never open one (``…处理厂`` / ``的建设``).
_GOES_ON = frozenset("的地得了着过们之等") | CONTINUING_MARKS


def title_under_marker(line: str, following: str | None, apart: bool, opens: bool = False) -> bool:
    """Whether ``line`` (stripped), printed right after a backward marker (on the marker's
    line or the next), is the continued story's repeated title: ``following`` is the next text
    line (None: none), ``apart`` whether a blank line stands between them, ``opens`` whether
    the layout opens a paragraph on the next line right under it (:func:`paragraph_opens_under`;
    see the module docstring). Pure; constant time but for jieba on eight characters."""
    line = line.strip()
    if not (apart or opens) or not following or not line or not is_heading_like(line):
        return False
    if COMMA_RE.search(line) or ends_sentence(line) or dateline_read(line) is not None:
        return False
    following = following.strip()
    return following[:1] not in _GOES_ON and not cut_across(line, following)


def titles_set_apart(
    lines: list[str], apart: list[bool], n: int, on_cut_page: bool, opens: Sequence[bool] = ()
) -> bool:
    """Whether the parser reads the first ``n`` of ``lines`` (the text lines after a backward
    marker, ``apart``: a blank line under each; ``opens``: the layout opens a paragraph right
    under each, :func:`paragraph_opens_under`) as the part's title lines: each by
    :func:`title_under_marker` over the line after it, on a page not set in cut lines
    (``on_cut_page``: :func:`cut_page`). The stitcher leaves those where the parser put them."""
    if on_cut_page or len(lines) <= n:
        return False
    opens = [*opens, *[False] * (n - len(opens))]
    return all(title_under_marker(lines[i], lines[i + 1], apart[i], opens[i]) for i in range(n))


def paragraph_opens_under(lines: list[str], number: int, parted: bool) -> bool:
    """Whether the page ``lines`` opens a paragraph on the line right under line ``number``
    (1-based; no blank line between them): that line is indented as a paragraph's first line
    (:func:`~articles.parsing.layout.is_indented`) while line ``number`` is not, or, on a page
    whose blank lines part its paragraphs (``parted``:
    :func:`~articles.parsing.layout.blank_lines_part_paragraphs`), it is a whole paragraph, a
    sentence's end with a blank line (or the page's end) under it, longer than line ``number``
    by more than two characters (the lines of one column are about as long as each other).
    A text's first line the column cut (``（上接第一版）村里组织劳力修通`` / ``了进山公路，…``)
    has neither. Constant time."""
    if number >= len(lines) or not lines[number].strip():
        return False
    here, under = lines[number - 1], lines[number]
    if is_indented(under) and not is_indented(here):
        return True
    if not parted:
        return False
    after = lines[number + 1] if number + 1 < len(lines) else ""
    whole = ends_sentence(under.strip()) and not after.strip()
    return whole and len(under.strip()) > len(here.strip()) + _SAME_WIDTH


def next_text_line(lines: list[str], number: int) -> tuple[str | None, bool]:
    """The first text line after line ``number`` (1-based) of ``lines``, and whether a blank
    line stands between them; (None, False) when none follows."""
    apart = False
    for raw in lines[number:]:
        if raw.strip():
            return raw.strip(), apart
        apart = True
    return None, False


def cut_page(lines: list[str]) -> bool:
    """Whether the page ``lines`` is set in lines the column cut (its
    :func:`~articles.parsing.layout.column_width`, or
    :func:`~articles.parsing.ocrprose.cut_prose_lines`): no title is read under a backward
    marker there. Linear in the page's lines."""
    return bool(column_width(lines)) or cut_prose_lines(lines)
