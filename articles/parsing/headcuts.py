"""A headline cut across short lines by the column, joined back: on a page of short cut lines
(PDF text layers, OCR, narrow columns) a headline block's lines the column or its frame cut are
one headline, while a deck's kicker, headline and subheadline stay apart (INPUT.md: "A headline
may be printed on two lines"; "A short line is not a headline because it is short")."""

from __future__ import annotations

import re
from itertools import pairwise

from articles.parsing.layout import cut_across
from articles.parsing.names import looks_like_author_line, spaced_name
from articles.parsing.patterns import SPACE_RUN_RE, ends_sentence
from articles.parsing.verses import COLUMN_GENRES
from articles.text import fold

_RUNS_ON = ("的", "之")  # a deck line ending in this particle goes on into the next line
CUT_DECK_LINE = 5  # characters: deck lines all this short are one headline cut by the column


_VERTICAL_RUN = 3  # lines of one character each, at least: a headline set vertically


def vertical_joined(lines: list[str]) -> list[str]:
    """A heading's ``lines`` with each run of :data:`_VERTICAL_RUN` lines or more of one Han
    character each joined into one line (``留`` / ``学`` / ``生`` / … → ``留学生…``): a headline
    set vertically, one character a line, as a PDF's text layer gives it (INPUT.md, "Page
    PDFs": some pages have vertical headlines). Other lines are kept as they are."""
    if len(lines) < _VERTICAL_RUN:
        return lines
    joined: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        text = line.strip()
        if len(text) == 1 and "\u4e00" <= text <= "\u9fff":
            run.append(text)
            continue
        joined.extend(["".join(run)] if len(run) >= _VERTICAL_RUN else run)
        run = []
        if line:
            joined.append(line)
    return joined


def rejoin_cut_heading(lines: list[str], width: int | None) -> list[str]:
    """A headline block's lines on a page of short cut lines with each line the column cut
    joined to the next (``“冰雪+”点燃`` / ``冬季文旅消费``: one headline): a line at the column's
    ``width`` (a character either way) that ends no sentence goes on when the next is no wider
    than the column (:func:`_width_cut`), but three deck lines each at the width are a deck of
    lines (kicker, headline, subheadline), not one headline cut twice; a line the next goes on
    by :func:`cut_across` goes on (:func:`_line_joins`); three lines or more none longer than :data:`CUT_DECK_LINE`
    characters are one headline cut by a narrow column, joined whole (``东湖隧道`` / ``西段主体``
    / ``工程完工``; no kicker or subheadline is that short three times over), and so are two
    short lines of one length (:func:`_cut_pair`) and a quoted name over the line it is the
    subject of (:func:`_quoted_subject`). Without a width
    the lines are returned as they are."""
    return rejoin_cut_heading_pieces(lines, width)[0]


def rejoin_cut_heading_pieces(
    lines: list[str], width: int | None
) -> tuple[list[str], dict[int, list[str]]]:
    """:func:`rejoin_cut_heading`, and for each joined line (by its index in the result) that
    the column's width alone joined (:func:`_width_cut`: no word runs across the break, no
    particle goes on), its pieces cut back at those breaks: ``{0: ["本周后期全省将迎降温",
    "三季度经济运行平稳"]}``. A line at the width that ends no sentence may still be a whole
    headline with the next story's headline under it (a page whose headlines stand after their
    text, as in the seed); :func:`~articles.parsing.decks.assign_decks` then cuts it by what the
    pieces say. Lines joined by the other rules have no pieces."""
    if not width or len(lines) < 2:
        return list(lines), {}
    # a line opening with a dash is a subheadline (INPUT.md, "Headlines"): nothing goes on into it
    dash = next((i for i, line in enumerate(lines) if i and line.lstrip().startswith("——")), 0)
    if dash:
        head, head_pieces = rejoin_cut_heading_pieces(lines[:dash], width)
        tail, tail_pieces = rejoin_cut_heading_pieces(lines[dash:], width)
        head_pieces.update({len(head) + index: cut for index, cut in tail_pieces.items()})
        return head + tail, head_pieces
    if _one_headline(lines, width):
        return ["".join(line.strip() for line in lines)], {}
    joins = _line_joins(lines, width)
    joined = [lines[0]]
    pieces: list[list[str]] = [[lines[0].strip()]]
    cut_by_width: set[int] = set()
    for index, line in enumerate(lines[1:]):
        join, width_only = joins[index]
        if join:
            joined[-1] = joined[-1].strip() + line.strip()
            if width_only:
                pieces[-1].append(line.strip())
                cut_by_width.add(len(joined) - 1)
            else:
                pieces[-1][-1] += line.strip()
        else:
            joined.append(line)
            pieces.append([line.strip()])
    return joined, {index: pieces[index] for index in cut_by_width}


def _one_headline(lines: list[str], width: int) -> bool:
    """Whether the deck lines are one headline joined whole: three lines or more none longer
    than :data:`CUT_DECK_LINE`, or two lines the frame cut in two (:func:`_cut_pair`,
    :func:`_half_column_pair`, :func:`_quoted_subject`) unless the first is a column's name
    (:func:`_column_name_over`)."""
    if len(lines) >= 3 and all(len(SPACE_RUN_RE.sub("", line)) <= CUT_DECK_LINE for line in lines):
        return True
    return not _column_name_over(lines) and (
        _cut_pair(lines, width) or _half_column_pair(lines, width) or _quoted_subject(lines)
    )


def _column_name_over(lines: list[str]) -> bool:
    """Two deck lines, the first a column's or a series' name by its last word (``科学家的故事``,
    ``读者园地``, ``专家门诊``: :data:`~articles.parsing.verses.COLUMN_GENRES`) over the title: the
    kicker and the headline, not one headline the frame cut in two, whatever their lengths."""
    return len(lines) == 2 and fold(SPACE_RUN_RE.sub("", lines[0])).endswith(COLUMN_GENRES)


def _line_joins(lines: list[str], width: int) -> list[tuple[bool, bool]]:
    """For each pair of deck lines one after another, whether the second goes on the first: a
    word runs across the break (:func:`cut_across`) or the first ends in a particle that goes
    on (``的``; not into a name spaced out, the author's: ``…上天的`` / ``陶 明``), or the
    column cut it (:func:`_width_cut`), unless three lines each a phrase of its own (:func:`_deck_sized`) would all be joined by the width alone, or the last line is
    an author's line (:func:`_author_under`); and whether the width alone joined them."""
    by_width = [_width_cut(previous, line, width) for previous, line in pairwise(lines)]
    for start in range(len(by_width) - 1):
        if by_width[start] and by_width[start + 1] and _deck_sized(lines[start : start + 3]):
            # three deck lines each at the width are a deck, not one headline cut twice
            by_width[start] = by_width[start + 1] = False
    joins = []
    for cut, (previous, line) in zip(by_width, pairwise(lines), strict=True):
        # (a name spaced out under a title ending in 的 is its author, 陶 明: nothing runs on)
        runs_on = previous.strip().endswith(_RUNS_ON) and not spaced_name(line)
        worded = runs_on or cut_across(previous.strip(), line)
        if cut and not worded and line is lines[-1] and _author_under(line):
            cut = False  # a title at the column's width over its author's line (周若愚)
        joins.append((cut or worded, cut and not worded))
    return joins


_AUTHOR_LINE = 12  # characters of an author's line under a title, at most


def _author_under(line: str) -> bool:
    """The last deck line ``line`` is an author's line (``周若愚``, ``□ 张三``:
    :func:`~articles.parsing.names.looks_like_author_line`), not the rest of a title the
    column cut: a title as wide as the column with its author under it."""
    text = line.strip()
    return len(text) <= _AUTHOR_LINE and looks_like_author_line(text)


def _width_cut(previous: str, line: str, width: int) -> bool:
    """True when the deck line ``line`` is the rest of ``previous`` cut by a column of ``width``
    characters: ``previous`` is the column's width (a character either way) and ends no
    sentence, and ``line`` is no wider than the column. A line wider than that stands in a
    frame wider than the column, so the column did not cut it (``鼓足干勁  大干快上`` over
    ``全国农村冬修水利热潮兴起``)."""
    previous, line = previous.strip(), line.strip()
    return (
        width - 1 <= len(previous) <= width + 1
        and len(line) <= width + 1
        and not ends_sentence(previous)
    )


def _deck_sized(lines: list[str]) -> bool:
    """Deck lines all longer than :data:`CUT_DECK_LINE`: each a phrase of its own (a column
    that cuts one headline three times over leaves pieces that short, ``东湖隧道`` / ``西段主体``
    / ``工程完工``, or a piece cut mid-word)."""
    return all(len(line.strip()) > CUT_DECK_LINE for line in lines)


# A deck line that is only a name in quotes: “红色课堂”, 「海港礼物」.
_QUOTED_NAME_RE = re.compile(r"[“「『\"][^”」』\"\s]{2,12}[”」』\"]")


def _quoted_subject(lines: list[str]) -> bool:
    """Two deck lines, the first only a name in quotes (``“红色课堂”`` / ``走进田间地头``): the
    name is the subject of the line under it, one headline the frame cut after the quotes (a
    kicker or a headline says something of its own, not only a name)."""
    return (
        len(lines) == 2
        and _QUOTED_NAME_RE.fullmatch(lines[0].strip()) is not None
        and _PLAIN_RE.fullmatch(lines[1].strip()) is not None
    )


CUT_PAIR_LINE = 7  # characters: two deck lines this short, of one length, are one headline


def _cut_pair(lines: list[str], width: int) -> bool:
    """Two deck lines of one length (to a character; exactly, when no longer than
    :data:`CUT_DECK_LINE`), longer than :data:`_KICKER_LINE` but not than :data:`CUT_PAIR_LINE`, with no space or mark inside, under the column's width: one
    headline the headline frame cut in two (``城西片区新开`` / ``通两条公交线``); a subheadline
    is set apart from its headline by its length or its marks, not cut at the same place (two
    lines of four, ``老街夜市`` / ``本周开张``, may be a kicker and its headline)."""
    if len(lines) != 2:
        return False
    texts = [line.strip() for line in lines]
    sizes = [len(text) for text in texts]
    return (
        min(sizes) > _KICKER_LINE
        and max(sizes) <= min(CUT_PAIR_LINE, width - 2)
        and max(sizes) - min(sizes) <= (1 if min(sizes) > CUT_DECK_LINE else 0)
        and all(_PLAIN_RE.fullmatch(text) for text in texts)
    )


_PLAIN_RE = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]+")
_KICKER_LINE = 4  # characters: a line this short may be a kicker over its headline
_HALF_SKEW = 2.5  # characters: two halves of a headline cut by its frame differ by this at most


def _half_column_pair(lines: list[str], width: int) -> bool:
    """Two deck lines each about half the column's ``width`` (within a character below and one
    and a half above, half-width digits and letters counted as half a character), each longer
    than :data:`_KICKER_LINE` (``老街夜市`` / ``本周开张`` may be a kicker and its headline), of lengths
    within :data:`_HALF_SKEW` of each other, with no space, cue or bracket inside: one headline
    in type about twice the text's size that its one-column frame cut in two (``港口吞吐量`` /
    ``月破百万标箱`` over lines of eleven); a kicker or a subheadline is set apart from its
    headline by its length, not cut at the frame's width."""
    if len(lines) != 2:
        return False
    texts = [line.strip() for line in lines]
    if not all(_FRAME_LINE_RE.fullmatch(text) for text in texts):
        return False
    sizes = [sum(0.5 if char.isascii() else 1 for char in text) for text in texts]
    half = width / 2
    return (
        all(max(half - 1, _KICKER_LINE) < size <= half + 2 for size in sizes)
        and abs(sizes[0] - sizes[1]) <= _HALF_SKEW
    )


_FRAME_LINE_RE = re.compile(r"[\u4e00-\u9fff0-9A-Za-z.%“”]+")
