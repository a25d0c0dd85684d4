"""A continued text's repeated title under its backward marker, read without its front page.

INPUT.md, "Continuations (jumps)": the continuation part on the other page often repeats the
headline, or a shortened one, and a backward marker may stand on its own line or be glued to the
first words of the continued text. A line right after the marker is the repeated title, not the
first words of the continued text, when the page sets it apart: it ends no sentence and holds no
comma (a title line), a blank line stands between it and the text under it, and that text does
not go on from it (no mark that goes on a sentence, no dictionary word across the break:
:func:`~articles.parsing.layout.cut_across`). A first line cut by the column (``（上接A1版）设计单位进场``
/ ``勘查，确保…``) has no blank line under it, or runs on into the next; on a page set in lines
the column cut (a PDF text layer, OCR: :func:`cut_page`) a blank line sets nothing apart
(``（上接A1版）`` / ``并开展病虫害`` / ``统防统治。``). Otherwise the line stays text here; the stitcher decides it against the front page's headline once that page
is in (:mod:`articles.continuations.headlines`).
"""

from __future__ import annotations

from articles.parsing.layout import CONTINUING_MARKS, column_width, cut_across
from articles.parsing.letterspacing import dateline_read
from articles.parsing.ocrprose import cut_prose_lines
from articles.parsing.patterns import COMMA_RE, ends_sentence, is_heading_like

# Characters that go on a sentence and never open one (``…处理厂`` / ``的建设``).
_GOES_ON = frozenset("的地得了着过们之等") | CONTINUING_MARKS


def title_under_marker(line: str, following: str | None, apart: bool) -> bool:
    """Whether ``line`` (stripped), printed right after a backward marker (on the marker's
    line or the next), is the continued story's repeated title: ``following`` is the next text
    line (None: none), ``apart`` whether a blank line stands between them (see the module
    docstring). Pure; constant time but for jieba on eight characters."""
    line = line.strip()
    if not apart or not following or not line or not is_heading_like(line):
        return False
    if COMMA_RE.search(line) or ends_sentence(line) or dateline_read(line) is not None:
        return False
    following = following.strip()
    return following[:1] not in _GOES_ON and not cut_across(line, following)


def titles_set_apart(lines: list[str], apart: list[bool], n: int, on_cut_page: bool) -> bool:
    """Whether the parser reads the first ``n`` of ``lines`` (the text lines after a backward
    marker, ``apart``: a blank line under each) as the part's title lines: each by
    :func:`title_under_marker` over the line after it, on a page not set in cut lines
    (``on_cut_page``: :func:`cut_page`). The stitcher leaves those where the parser put them."""
    if on_cut_page or len(lines) <= n:
        return False
    return all(title_under_marker(lines[i], lines[i + 1], apart[i]) for i in range(n))


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
