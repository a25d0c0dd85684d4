"""On a page of short cut lines, a title over its author's line is a headline at any width.

A PDF's text layer or an OCR'd page cut into short lines prints an essay's title, its author's
name alone on the next line and the text under it with no blank line between (``县域经济发展要把握
好“三个关系”`` / ``邵明远`` / ``（作者单位：…）`` / text). The title may fill the column, so the
reader would take it for the first line of a paragraph (INPUT.md, "Encoding and layout": a short
line is a headline only when the layout says so). The layout says so here: cut text never goes
on into a name standing alone and then a new paragraph or an author note; a title does
(INPUT.md, "Headlines": the author's name on the next line is the byline, not the title).
The same holds for a title at the top of a block over its author and a line of text as wide
as the column (a page that indents nothing), and for a title, its author and its text each a
block of their own (``在推进…关系`` / blank / ``□ 陆明远`` / blank / text): an essay set in
long lines on a page that holds a narrow column too.
"""

from __future__ import annotations

from articles.parsing.layout import cut_across, is_indented
from articles.parsing.names import looks_like_author_line
from articles.parsing.patterns import AUTHOR_NOTE_RE, ends_sentence, is_heading_like
from articles.text import fold

_TITLE_LINES = 2  # lines of a title (and its subtitle) over the author's line, at most
_AUTHOR_LINE = 12  # characters of an author's line (a mark, a name spaced out)


def heads_over_author(
    lines: list[str], blocks: list[tuple[int, int]], title_like, width: int
) -> list[int]:
    """The numbers (1-based) of the one or two title-like lines (``title_like``: the caller's
    test of a headline line) at the top of a block (``blocks``: runs of lines that are not
    blank, as (first, past-last) indices), or right after a line that ends a sentence, not
    indented (a paragraph's first line is), that
    stand over an author's line (a name alone, ``□ 张三``:
    :func:`~articles.parsing.names.looks_like_author_line`, :data:`_AUTHOR_LINE` characters at
    most) over an author note (``（作者单位：…）``, ``（作者系…）``) or an indented line of
    text; at the top of a block after a story's end (:func:`_ended_above`), also over a line of
    text as wide as the column (``width``, characters); and a block of such lines over a block
    that is the author's line alone, over text (:func:`_heads_over_author_apart`). Not when the
    author's line goes on the line above it (:func:`cut_across`): cut text. Linear in the page;
    jieba reads only a line under a title-like line."""
    found: list[int] = []
    for position, (first, past) in enumerate(blocks):
        ended = position == 0 or _ended_above(lines[blocks[position - 1][1] - 1], width)
        for index in range(first, past - 2):
            top = lines[index].strip()
            if index > first and not ends_sentence(lines[index - 1].strip()):
                continue
            if is_indented(lines[index]) or not title_like(top):
                continue  # (an indented line opens a paragraph: a title is not indented)
            wide = width if index == first and ended else 0
            span = _title_span(lines, index, past, title_like, wide)
            if span:
                found.extend(range(index + 1, index + span + 1))
    found.extend(_heads_over_author_apart(lines, blocks, title_like, width))
    return found


def _ended_above(previous: str, width: int) -> bool:
    """The line ``previous`` (the last of the block above a title) ends what it belongs to: it
    ends a sentence, or it is shorter than the column (``width``) by more than a character or
    two, so no paragraph the column cut (the page's header, a paragraph's last line)."""
    previous = previous.strip()
    return ends_sentence(previous) or len(previous) < width - 2


def _title_span(lines: list[str], index: int, past: int, title_like, width: int = 0) -> int:
    """How many lines from ``index`` (1 or 2) are a title over an author's line and then a note
    or an indented text line (or, ``width`` given, a text line about that wide:
    :func:`_column_text`), inside the block ending at ``past``; 0 when none."""
    for span in range(1, _TITLE_LINES + 1):
        author_at = index + span
        if author_at + 1 >= past:
            return 0
        if span > 1 and not title_like(lines[author_at - 1].strip()):
            return 0
        below = lines[author_at + 1]
        if _author_line(lines[author_at - 1], lines[author_at]) and (
            AUTHOR_NOTE_RE.match(fold(below.strip()))
            or is_indented(below)
            or (width and _column_text(lines, author_at + 1, past, width, title_like))
        ):
            return span
    return 0


def _author_line(above: str, line: str) -> bool:
    """``line`` is an author's line (:func:`~articles.parsing.names.looks_like_author_line`,
    :data:`_AUTHOR_LINE` characters at most) that does not go on the line ``above`` it."""
    author = line.strip()
    return (
        len(author) <= _AUTHOR_LINE
        and is_heading_like(author)
        and not cut_across(above.strip(), author)
        and looks_like_author_line(author)
    )


def _column_text(lines: list[str], index: int, past: int, width: int, title_like) -> bool:
    """``lines[index]`` opens a text the column cut: about as wide as the column (``width``),
    and not title-like or with more of the block (ending at ``past``) under it."""
    text = lines[index].strip()
    return len(text) >= width - 1 and (index + 1 < past or not title_like(text))


def _heads_over_author_apart(
    lines: list[str], blocks: list[tuple[int, int]], title_like, width: int
) -> list[int]:
    """The numbers (1-based) of a block of one or two title-like lines, not indented, after a
    story's end (:func:`_ended_above`), over a block that is an author's line alone
    (``□ 陆明远``, ``文　本报记者　宋　平``), over a block of text (its first line not
    title-like, or as wide as the column with more of the block under it: text the column
    cut): a title with its author, each printed apart (INPUT.md, "Headlines"). Linear in the
    page's blocks."""
    found: list[int] = []
    for position in range(len(blocks) - 2):
        first, past = blocks[position]
        author_first, author_past = blocks[position + 1]
        if past - first > _TITLE_LINES or author_past - author_first != 1:
            continue
        if position and not _ended_above(lines[blocks[position - 1][1] - 1], width):
            continue
        if any(is_indented(line) or not title_like(line.strip()) for line in lines[first:past]):
            continue
        text_first, text_past = blocks[position + 2]
        text = lines[text_first].strip()
        # (a text the column cut may open with a line that reads as a title: 二十集电视连续剧《石榴巷》)
        cut = bool(width) and _column_text(lines, text_first, text_past, width, title_like)
        if (title_like(text) and not cut) or not _author_line(lines[past - 1], lines[author_first]):
            continue
        found.extend(range(first + 1, past + 1))
    return found
