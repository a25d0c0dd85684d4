"""Which lines of a page of short cut lines its layout sets as headlines (headline frames).

On a page set in short cut lines (PDF text layers, OCR, narrow columns: the column's width from
:func:`~articles.parsing.layout.column_width`) a short line is a headline only when the layout
says so (INPUT.md, "Encoding and layout" and "Headlines"): :func:`headline_lines` finds the
title-like lines set apart by blank lines over a story's opening, right over a dateline, a
reporter's line or a backward marker, after a finished text, or between a finished sentence
and new text; :mod:`~articles.parsing.reader` reads them as headings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from articles.parsing.authorheads import heads_over_author
from articles.parsing.datelines import dateline_match
from articles.parsing.furniture import furniture_reason
from articles.parsing.layout import CONTINUING_MARKS, DECK_LINE_MAX, cut_across, cut_from_text
from articles.parsing.patterns import COMMA_INSIDE_RE, ends_sentence, is_heading_like
from articles.parsing.quotebox import quotation_lines
from articles.parsing.units import Heading, Para
from articles.text import fold

_HEAD_BLOCK_MAX = 4  # lines: a longer block of short lines is text
_STORY_START_RE = re.compile(r"^(?:本报|特约|通讯员|记者|新华社|中新社|[（(【]?(?:本报|记者))")


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """The blocks of a page: runs of lines that are not blank, as (first, past-last) indices."""
    blocks: list[tuple[int, int]] = []
    start = None
    for index, raw in enumerate(lines):
        if raw.strip():
            if start is None:
                start = index
        elif start is not None:
            blocks.append((start, index))
            start = None
    if start is not None:
        blocks.append((start, len(lines)))
    return blocks


def headline_lines(
    lines: list[str], width: int | None, furniture: Container[int] = frozenset()
) -> frozenset[int]:
    """On a page set in short cut lines (``width`` from :func:`column_width`; None: no lines),
    the numbers (1-based) of the lines its layout sets as a headline, even at the column's width:
    a block of one to four title-like lines parted by blank lines (no comma inside, no sentence
    punctuation, no dateline), that does not go on the text before it (:func:`cut_across`), and
    that opens a story: the block after it starts with a dateline or a reporter's line
    (``本报讯（记者…``, ``本报记者 方``), or the text before it ended a sentence (or there is
    none) and the block after it is text of three lines or more. INPUT.md: "a short line is a
    headline only when the layout says so". Linear in the page's length."""
    if not width:
        return frozenset()
    found: set[int] = set()
    blocks = _blocks(lines)
    title_like = _remembered(_title_like)  # (the passes below ask about the same lines)
    for position, (first, past) in enumerate(blocks):
        if past - first > _HEAD_BLOCK_MAX or position + 1 == len(blocks):
            continue
        texts = [line.strip() for line in lines[first:past]]
        if not all(title_like(text) for text in texts):
            continue
        previous = lines[blocks[position - 1][1] - 1].strip() if position else ""
        if previous and cut_across(previous, texts[0]):
            continue
        following_first, following_past = blocks[position + 1]
        following = lines[following_first].strip()
        if cut_across(texts[-1], following):
            continue
        opens_story = dateline_match(following) is not None or bool(
            _STORY_START_RE.match(following)
        )
        if not opens_story and (
            (previous and not ends_sentence(previous)) or following_past - following_first < 3
        ):
            continue
        found.update(range(first + 1, past + 1))
    for first, past in blocks:
        found.update(_heads_over_dateline(lines, first, past, furniture, title_like))
    found.update(_heads_after_text(lines, blocks, title_like))
    found.update(_short_decks_in_text(lines, blocks, width, title_like))
    found.update(_letter_spaced_heads(lines, blocks))
    found.update(_halves_decks_in_text(lines, blocks, title_like))
    found.update(heads_over_author(lines, blocks, title_like, width))  # a title over its author
    return frozenset(found)


# A line set letter-spaced, a space after every character: 一 个 老 饲 养 员 的 心 里 话.
_LETTER_SPACED_RE = re.compile(
    r"^[\u4e00-\u9fff“”‘’《》](?:[ \u3000]{1,2}[\u4e00-\u9fff“”‘’《》]){3,}$"
)


def _letter_spaced_heads(lines: list[str], blocks: list[tuple[int, int]]) -> list[int]:
    """The numbers (1-based) of the first lines of blocks that are set letter-spaced (a
    space after every character, four characters or more) over more lines of the block: a
    headline set in its frame's spacing, tight over its text (OCR of old pages); text is never
    letter-spaced, so it is no cut line even when it reaches the column's width. Linear in the
    page's blocks."""
    return [
        first + 1
        for first, past in blocks
        if past - first >= 2 and _LETTER_SPACED_RE.match(lines[first].strip())
    ]


# A headline set in two halves (``村村干净整洁  户户庭院飘香``): two runs of four characters or more
# parted by two spaces or more; a cut line of text never holds such a gap.
_HALVES_RE = re.compile(r"^[\u4e00-\u9fff“”《》·]{4,}[ \u3000]{2,}[\u4e00-\u9fff“”《》·]{4,}$")


def _halves_decks_in_text(
    lines: list[str], blocks: list[tuple[int, int]], title_like: Callable[[str], bool]
) -> list[int]:
    """The numbers (1-based) of a title-like line set in two halves (:data:`_HALVES_RE`) inside
    a block, right after a line that ends a sentence (or at the block's top), and of the one
    title-like line under it (its main headline): a deck frame the text layer printed among
    the stories' lines, at whatever width (INPUT.md, "Headlines": a headline may be printed as
    two halves separated by two spaces); unless the line under the deck goes on it
    (:func:`cut_across`). Linear in the page."""
    found: list[int] = []
    for first, past in blocks:
        for index in range(first, past - 1):
            head = lines[index].strip()
            if not _HALVES_RE.match(head) or (
                index > first and not ends_sentence(lines[index - 1].strip())
            ):
                continue
            deck = [index + 1]
            if title_like(lines[index + 1].strip()):
                deck.append(index + 2)
            below = lines[deck[-1]].strip() if deck[-1] < past else ""
            if not (below and cut_across(lines[deck[-1] - 1].strip(), below)):
                found.extend(deck)
    return found


def _short_decks_in_text(
    lines: list[str],
    blocks: list[tuple[int, int]],
    width: int,
    title_like: Callable[[str], bool],
) -> list[int]:
    """The numbers (1-based) of two title-like lines inside a block, each shorter than the
    column's ``width``, right after a line that ends a sentence and over a line of text (a comma
    or a sentence end in it) that does not go on them: a two-line headline the text layer printed
    between two stories with no blank line (a cut text line fills the column; two short lines
    between a finished sentence and new text are a deck), the second shorter than the width by
    two characters or more (a line one short of it, over a line of text, is cut text the OCR
    lost an indent or a character of: ``东风公社十个`` / ``大队的社员天不`` / ``亮就下田，中午``).
    Linear in the page."""
    found: list[int] = []
    for first, past in blocks:
        for index in range(first + 1, past - 2):
            heads = [line.strip() for line in lines[index : index + 2]]
            following = lines[index + 2].strip()
            if (
                all(len(head) < width and title_like(head) for head in heads)
                and len(heads[-1]) < width - 1  # (one short of the width: cut text goes on)
                and ends_sentence(lines[index - 1].strip())
                and not title_like(following)
                and not cut_across(heads[-1], following)
            ):
                found.extend((index + 1, index + 2))
    return found


def _heads_after_text(
    lines: list[str], blocks: list[tuple[int, int]], title_like: Callable[[str], bool]
) -> list[int]:
    """The numbers (1-based) of a block of two to four title-like lines printed after a text
    that ended a sentence, with no text after it on the page (the page ends, or a heading block
    follows): a headline frame the text layer put after its story (frames out of order), not
    a crosshead, which text follows. Linear in the page's blocks."""
    found: list[int] = []
    for position in range(1, len(blocks)):
        first, past = blocks[position]
        previous = lines[blocks[position - 1][1] - 1].strip()
        if not (2 <= past - first <= _HEAD_BLOCK_MAX) or not ends_sentence(previous):
            continue
        heads = [first, past], *blocks[position + 1 : position + 2]
        if all(
            next_past - next_first <= _HEAD_BLOCK_MAX
            and all(title_like(line.strip()) for line in lines[next_first:next_past])
            for next_first, next_past in heads
        ):
            found.extend(range(first + 1, past + 1))
    found.extend(_head_at_text_end(lines, blocks, title_like))
    return found


def _head_at_text_end(
    lines: list[str], blocks: list[tuple[int, int]], title_like: Callable[[str], bool]
) -> list[int]:
    """The number (1-based) of the last line of a text block when it is title-like, the line
    above it ends a sentence, and a heading block follows (title-like lines over a text that
    opens with a dateline): a headline the OCR or text layer read under its story's text with
    no blank line between (its frame sits below the text); text never ends without closing
    punctuation right before another story's heading. Linear in the page's blocks."""
    found: list[int] = []
    for position in range(len(blocks) - 2):
        first, past = blocks[position]
        if past - first < 3 or not title_like(lines[past - 1].strip()):
            continue
        if not ends_sentence(lines[past - 2].strip()):
            continue
        head_first, head_past = blocks[position + 1]
        opening = lines[blocks[position + 2][0]].strip()
        if (
            head_past - head_first <= _HEAD_BLOCK_MAX
            and title_like(lines[head_first].strip())
            and dateline_match(opening) is not None
        ):
            found.append(past)
    return found


_HEAD_OVER_DATELINE = 2  # lines: a headline (and its subheadline) right above its dateline
# A continued text's opening marker at a line's start: (接第1版), （上接A1版）, (续第二版), （紧接第一版）,
# （承第一版）, and (上接笫一版) with 笫, OCR's misreading of 第.
_BACKWARD_OPENING_RE = re.compile(
    r"^[（(]\s*(?:[上紧]?接|上?承|续)\s*[第笫]?\s*[A-Za-z]?[0-9一二三四五六七八九十]{1,3}"
)


def _opens_story(text: str) -> bool:
    """A line that opens a story's text: a dateline, a reporter's line (``通讯员 莫``, ``本报
    记者``) or a continued text's backward marker (``(接第1版)目前``)."""
    return (
        dateline_match(text) is not None
        or _STORY_START_RE.match(text) is not None
        or _BACKWARD_OPENING_RE.match(text) is not None
    )


def _heads_over_dateline(
    lines: list[str],
    first: int,
    past: int,
    furniture: Container[int],
    title_like: Callable[[str], bool],
) -> list[int]:
    """Inside one block of a cut-line page (PDF text layers print no blank line between a
    headline frame and its story): the one to :data:`_HEAD_OVER_DATELINE` title-like lines right
    above a line that opens a story (:func:`_opens_story`) are that story's headline (a dateline
    starts a story, and the text before it ended); up to :data:`_HEAD_BLOCK_MAX` such lines when
    the line above them ends a sentence or is page furniture (line numbers in ``furniture``), or
    all the lines above it when the block opens with no more than :data:`_HEAD_BLOCK_MAX`
    title-like lines over it (a kicker too); unless they go on the line above them
    (:func:`cut_across`) or that line is text that does not end a sentence. Their numbers
    (1-based; a header frame's lines above them may be among them: furniture is set aside
    first); linear in the block."""
    found: list[int] = []
    for index in range(first + 1, past):
        if not _opens_story(lines[index].strip()):
            continue
        if index - first <= _HEAD_BLOCK_MAX and all(
            title_like(line.strip()) for line in lines[first:index]
        ):
            found.extend(range(first + 1, index + 1))  # the block opens with the whole deck
            continue
        top = _deck_top(lines, first, index, furniture, title_like)
        if top == index:
            continue
        before = lines[top - 1].strip() if top > first else ""
        if before and (
            cut_across(before, lines[top].strip())
            or not (ends_sentence(before) or title_like(before))
        ):
            continue  # the end of the text before, cut into short lines
        found.extend(range(top + 1, index + 1))
    return found


def _deck_top(
    lines: list[str],
    first: int,
    index: int,
    furniture: Container[int],
    title_like: Callable[[str], bool],
) -> int:
    """The index of the first deck line over the story opening at ``index`` (``index`` when
    none): the title-like lines right above it, up to :data:`_HEAD_BLOCK_MAX` when a sentence's
    end or page furniture bounds them above (the text before ended: nothing else stands
    between), else up to :data:`_HEAD_OVER_DATELINE`."""
    top = index
    while top > first and index - top < _HEAD_BLOCK_MAX:
        text = lines[top - 1].strip()
        if top in furniture or not title_like(text) or _opens_story(text):
            break
        top -= 1
    above = lines[top - 1].strip() if top > first else ""
    if top == first or top in furniture or (above and ends_sentence(above)):
        return top
    return max(top, index - _HEAD_OVER_DATELINE)


def _remembered(rule: Callable[[str], bool]) -> Callable[[str], bool]:
    """``rule``, a test of a line's text, answering each text once (a page's lines are asked
        about by several passes of :func:`headline_lines`, and a text's answer cannot change
    while they run)."""
    known: dict[str, bool] = {}

    def asked(text: str) -> bool:
        answer = known.get(text)
        if answer is None:
            answer = known[text] = rule(text)
        return answer

    return asked


def _title_like(text: str) -> bool:
    """A line that may be a headline's on a cut-line page: short, no sentence punctuation, no
    comma inside, no dateline, not cut from text, not opening with continuing punctuation."""
    return (
        is_heading_like(text)
        and not COMMA_INSIDE_RE.search(text)
        and not dateline_match(text)
        and not cut_from_text(text)
        and text[0] not in CONTINUING_MARKS
    )


class FurnitureLines:
    """On a page of short cut lines, whether line ``number`` (1-based) is page furniture by its
    form alone (mastheads, stamps, page labels, a quotation box's lines:
    :func:`~articles.parsing.quotebox.quotation_lines`): a deck's top bound for
    :func:`~articles.parsing.layout.headline_lines`. ``number in furniture`` asks; each line is
    tested once, and only when asked (a few lines over each story opening), not the whole page."""

    def __init__(self, lines: list[str], width: int | None) -> None:
        self._lines = lines
        self._width = width
        self._known: dict[int, bool] = {}
        self._quotes = quotation_lines(lines) if width else frozenset()

    def __contains__(self, number: object) -> bool:
        if not self._width or not isinstance(number, int) or not 0 < number <= len(self._lines):
            return False
        if number in self._quotes:
            return True
        known = self._known.get(number)
        if known is None:
            text = self._lines[number - 1].strip()
            known = self._known[number] = bool(
                text and len(text) <= 40 and furniture_reason(text, fold(text), {}, top=True)
            )
        return known


def furniture_lines(lines: list[str], width: int | None) -> FurnitureLines:
    """The page's furniture lines as :class:`FurnitureLines` (none when ``width`` is None: not a
    cut-line page)."""
    return FurnitureLines(lines, width)


_COMMA_HEAD_LINES = 3  # lines of a deck cut after a comma, at most


_TITLE_ENDS = ("？", "?", "！", "!")  # how a headline may end: a question or an exclamation


def head_cut_at_comma(lines: list[str], last) -> Heading | None:
    """The heading a short paragraph ``last`` (the flow's last unit) really is when a dateline
    opens the text after it: a headline printed over two or three lines and cut after a comma
    (``暴雨夜，`` / ``他们在桥洞下守了六小时``) reads as a paragraph (a line ending in a comma is
    no title line), but it stands alone after a blank line (or at the page's top), has at most
    :data:`_COMMA_HEAD_LINES` lines of a deck line's length, ends no sentence (but may ask or
    exclaim), and read whole is
    title-like; a story starts at the dateline, so the block above it is that story's deck
    (INPUT.md, "Headlines"). None when it is not such a block. Constant time."""
    if not isinstance(last, Para) or last.markers or last.closed:
        return None
    if last.terminated and not last.text.rstrip().endswith(_TITLE_ENDS):
        return None  # a title may ask or exclaim (孩子们去哪儿了？), never end with 。
    parts = last._parts
    if not 2 <= len(parts) <= _COMMA_HEAD_LINES or last.line > len(lines):
        return None
    if last.line > 1 and lines[last.line - 2].strip():
        return None  # not the start of a block
    if any(len(part) > DECK_LINE_MAX for part in parts):
        return None
    if not any(part.rstrip().endswith(("，", ",")) for part in parts[:-1]):
        return None
    text = last.text
    if not is_heading_like(text) or dateline_match(text) or cut_from_text(text):
        return None  # (a quote or bracket left open: cut text)
    return Heading(last.line, list(parts), True)
