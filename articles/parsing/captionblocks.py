"""The blocks a credit line alone closes, as the caption of its picture or pictures
(:class:`CaptionBlocksMixin`, part of :class:`~articles.parsing.pictures.PicturesMixin`).

INPUT.md ("Bylines, datelines, credits"): the caption is the text block a picture's credit
closes. A caption cut over short lines may have its first line read as a heading, or a deck
run into it (:meth:`CaptionBlocksMixin._join_cut_head`,
:meth:`CaptionBlocksMixin._deck_over_dated_caption`); several pictures printed over one credit
have one caption each part of which points at its picture (``上图：…`` / ``下图：…``) or is
numbered (``①…`` / ``②…`` / ``③…``: :meth:`CaptionBlocksMixin._numbered_captions_above`).
"""

from __future__ import annotations

from articles.parsing.credits import CAPTION_POINTER_RE, DATED_CAPTION_RE
from articles.parsing.layout import cut_across
from articles.parsing.patterns import HAN_RUN_RE, ends_sentence, is_heading_like
from articles.parsing.units import Heading, Para
from articles.text import fold

CAPTION_LIMIT = 120  # characters: a caption with its credit, joined from short lines
_CUT_HEAD_LINES = 3  # lines of a caption cut by the column and read as a heading, at most
_STORY_ABOVE = 2000  # characters: how much of the story above a heading it is compared with
_DECK_SHARE = 0.3  # a heading sharing this share of its character pairs with the story above
CAPTION_LINES = 10  # …on at most this many lines
_FIRST_NUMBER = ord("①")
_NUMBERS = 20  # ① to ⑳


def caption_number(text: str) -> int:
    """The number a caption of a picture group opens with (``①…`` → 1, ``⑳…`` → 20); 0 when it
    opens with none."""
    first = ord(text.lstrip()[:1] or " ") - _FIRST_NUMBER
    return first + 1 if 0 <= first < _NUMBERS else 0


class CaptionBlocksMixin:
    """The caption steps of the reader (uses its ``lines``, ``flow``, ``width`` and
    ``headlines``)."""

    def _deck_over_dated_caption(self, para: Para) -> None:
        """On a page of short lines run together into one paragraph, a caption opens with the day
        its picture was taken (``9月1日，…``: :data:`DATED_CAPTION_RE`); title-like lines above
        that opening in the same paragraph (no sentence ends in them: :func:`is_heading_like`),
        printed right over it (no blank line between), are no part of the caption but a deck, as
        a text layer gives a story's deck after its body (INPUT.md, "Headlines"): they go back
        into the flow as a heading."""
        parts = para._parts
        if len(parts) < 2 or len(parts) > CAPTION_LINES or DATED_CAPTION_RE.match(parts[0]):
            return
        start = next((i for i, part in enumerate(parts) if DATED_CAPTION_RE.match(part)), 0)
        if not start or not all(is_heading_like(part) for part in parts[:start]):
            return
        if not all(line.strip() for line in self.lines[para.line - 1 : para.line + start]):
            return  # printed apart from the caption (a blank line between): the text's own line
        blank_before = para.line > 1 and not self.lines[para.line - 2].strip()
        self.flow.append(Heading(para.line, parts[:start], blank_before))
        para._parts = parts[start:]
        para._text = None
        para.line += start

    def _pointer_para(self) -> bool:
        """Whether ``flow[-1]`` is a paragraph opening with a picture pointer (``上图：…``): with
        the one after it that opens so too (``下图：…``), the caption of several pictures that one
        credit closes."""
        last = self.flow[-1] if self.flow else None
        return (
            isinstance(last, Para)
            and not last.markers
            and last.size <= CAPTION_LIMIT
            and CAPTION_POINTER_RE.match(fold(last.text[:12])) is not None
        )

    def _join_cut_head(self, para: Para) -> None:
        """On a page cut into short lines, the caption's first line may have been read as a
        heading (``  寿县城关镇农民刘家`` / ``富利用自家庭院…``): a heading of one to
        :data:`_CUT_HEAD_LINES` lines right above the caption, not set as a headline by the
        layout, each line running on into the next and the last into the caption (its line, indent
        counted, is as wide as the column and ends no sentence, or a word runs across the break:
        :func:`cut_across`) is the caption's start (INPUT.md, "Encoding and layout": a short line
        is a headline only when the layout says so). The caption is the whole text block its
        credit closes."""
        last = self.flow[-1] if self.flow else None
        if not (
            isinstance(last, Heading)
            and len(last.lines) <= _CUT_HEAD_LINES
            and last.line not in self.headlines
        ):
            return
        lines = [*last.lines, para._parts[0]]
        if (
            (
                self.width
                and all(
                    self._runs_on(last.line + index, head, lines[index + 1])
                    for index, head in enumerate(last.lines)
                )
            )
            or self._dated_caption_start(last, para)
            or self._block_start(last, para)
        ):
            self.flow.pop()
            para._parts[:0] = last.lines
            para._text = None
            para.line = last.line

    def _block_start(self, head: Heading, para: Para) -> bool:
        """Whether the one-line heading ``head`` opens the block that ``para`` (its caption,
        closed by a credit) ends, on a page cut into short lines (``巴剎街火場`` / ``昨晨情形。`` /
        ``（黃文燦攝）``): a blank line (or the page's top) above it, none between it and the
        caption, and a caption of one short sentence under it. A short line is no headline
        because it is short (INPUT.md, "Encoding and layout"); the caption is the whole block
        its credit closes."""
        if not self.width or len(head.lines) != 1 or para.size > self.width * _CUT_HEAD_LINES:
            return False
        above = head.line - 2
        return (
            para.line == head.line + 1
            and (above < 0 or not self.lines[above].strip())
            and not ends_sentence(head.lines[0])
            and sum(map(para.text.count, "。！？!?")) <= 1
        )

    def _dated_caption_start(self, head: Heading, para: Para) -> bool:
        """Whether the heading ``head`` printed right over the caption ``para`` (no blank line
        between) is the caption's start on a page of any layout: it opens with the day its
        picture was taken (``10月20日，青山县石岭`` / ``小学的学生通过…和``:
        :data:`DATED_CAPTION_RE`, a headline never does) and none of its lines ends a sentence."""
        return (
            DATED_CAPTION_RE.match(head.lines[0]) is not None
            and not any(ends_sentence(line) for line in head.lines)
            and para.line >= 2
            and bool(self.lines[para.line - 2].strip())
        )

    def _runs_on(self, number: int, head: str, following: str) -> bool:
        """Whether ``head`` (line ``number``, 1-based) runs on into the line ``following``: its
        line, indent counted, is as wide as the column and ends no sentence, or a word runs
        across the break (:func:`cut_across`)."""
        full = len(self.lines[number - 1].rstrip()) >= self.width - 1
        return (full and not ends_sentence(head)) or cut_across(head, following)

    def _numbered_captions_above(self, caption: Para) -> list[Para]:
        """The captions of a picture group printed over one credit line before ``caption`` (the
        paragraph that credit closes, just taken off the flow): when it opens with a number
        past ① (``③老人在公园里下棋。``), the paragraphs right above it numbered down to ① in order
        (``①…``, ``②…``; each a caption's length, :data:`CAPTION_LIMIT`), taken off the flow and
        returned in print order: with ``caption`` they are the group's caption, one part per
        picture (as ``上图：…`` / ``下图：…``), under the one credit of its pictures. ``[]`` (the
        flow untouched) when the numbers do not run down to ① right above it."""
        number = caption_number(caption.text)
        if number < 2 or len(self.flow) < number - 1:
            return []
        group = self.flow[len(self.flow) - number + 1 :]
        for expected, para in enumerate(group, start=1):
            if not (
                isinstance(para, Para)
                and not para.markers
                and para.size <= CAPTION_LIMIT
                and caption_number(para.text) == expected
            ):
                return []
        del self.flow[len(self.flow) - number + 1 :]
        return group

    def deck_after_body(self, heading: Heading) -> bool:
        """Whether ``heading`` (``flow[-1]``, a one-line heading over a picture's caption) says what
        the story right above it says: at least :data:`_DECK_SHARE` of its pairs of Han
        characters are printed in that story's paragraphs (the last :data:`_STORY_ABOVE`
        characters of them, above any headings right over ``heading``). Then it is that story's
        deck printed after its body (INPUT.md, "Headlines": decks go to bodies by what they say,
        as in the seed), not the picture's title. Pairs of characters, not jieba words: a
        substring test per pair, looked at only when a credit closes a caption under a
        heading."""
        own = _han_pairs(" ".join(heading.lines))
        if not own:
            return False
        parts: list[str] = []
        size = 0
        for unit in reversed(self.flow[:-1]):
            if isinstance(unit, Para):
                parts.append(unit.text)
                size += unit.size
                if size >= _STORY_ABOVE:
                    break
            elif isinstance(unit, Heading) and parts:
                break  # (the story above has ended at its own headline)
        story = fold("".join(parts))
        return sum(map(story.__contains__, own)) >= _DECK_SHARE * len(own)


def _han_pairs(text: str) -> frozenset[str]:
    """Every two Han characters printed next to each other in ``text``, folded (報 = 报)."""
    return frozenset(
        run[i : i + 2] for run in HAN_RUN_RE.findall(fold(text)) for i in range(len(run) - 1)
    )
