"""On a page of short cut lines, a title over its author's line is a headline at any width.

A PDF's text layer or an OCR'd page cut into short lines prints an essay's title, its author's
name alone on the next line and the text under it with no blank line between (``县域经济发展要把握
好“三个关系”`` / ``邵明远`` / ``（作者单位：…）`` / text). The title may fill the column, so the
reader would take it for the first line of a paragraph (INPUT.md, "Encoding and layout": a short
line is a headline only when the layout says so). The layout says so here: cut text never goes
on into a name standing alone and then a new paragraph or an author note; a title does
(INPUT.md, "Headlines": the author's name on the next line is the byline, not the title).
"""

from __future__ import annotations

from articles.parsing.layout import cut_across, is_indented
from articles.parsing.names import looks_like_author_line
from articles.parsing.patterns import AUTHOR_NOTE_RE, ends_sentence, is_heading_like
from articles.text import fold

_TITLE_LINES = 2  # lines of a title (and its subtitle) over the author's line, at most
_AUTHOR_LINE = 12  # characters of an author's line (a mark, a name spaced out)


def heads_over_author(lines: list[str], blocks: list[tuple[int, int]], title_like) -> list[int]:
    """The numbers (1-based) of the one or two title-like lines (``title_like``: the caller's
    test of a headline line) at the top of a block (``blocks``: runs of lines that are not
    blank, as (first, past-last) indices), or right after a line that ends a sentence, not
    indented (a paragraph's first line is), that
    stand over an author's line (a name alone, ``□ 张三``:
    :func:`~articles.parsing.names.looks_like_author_line`, :data:`_AUTHOR_LINE` characters at
    most) over an author note (``（作者单位：…）``, ``（作者系…）``) or an indented line of
    text. Not when the author's line goes on the line above it (:func:`cut_across`): cut text.
    Linear in the page; jieba reads only a line under a title-like line."""
    found: list[int] = []
    for first, past in blocks:
        for index in range(first, past - 2):
            top = lines[index].strip()
            if index > first and not ends_sentence(lines[index - 1].strip()):
                continue
            if is_indented(lines[index]) or not title_like(top):
                continue  # (an indented line opens a paragraph: a title is not indented)
            span = _title_span(lines, index, past, title_like)
            if span:
                found.extend(range(index + 1, index + span + 1))
    return found


def _title_span(lines: list[str], index: int, past: int, title_like) -> int:
    """How many lines from ``index`` (1 or 2) are a title over an author's line and then a note
    or an indented text line, inside the block ending at ``past``; 0 when none."""
    for span in range(1, _TITLE_LINES + 1):
        author_at = index + span
        if author_at + 1 >= past:
            return 0
        if span > 1 and not title_like(lines[author_at - 1].strip()):
            return 0
        author = lines[author_at].strip()
        below = lines[author_at + 1]
        if (
            len(author) <= _AUTHOR_LINE
            and is_heading_like(author)
            and not cut_across(lines[author_at - 1].strip(), author)
            and looks_like_author_line(author)
            and (AUTHOR_NOTE_RE.match(fold(below.strip())) or is_indented(below))
        ):
            return span
    return 0
