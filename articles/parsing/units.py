"""The units a page's lines are read into (:mod:`~articles.parsing.reader` makes them,
:mod:`~articles.parsing.bodies` cuts them into stories): paragraphs being read, heading blocks,
lines with a fixed meaning (bylines, end datelines), and photos and teasers found on the way."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from articles.parsing.patterns import ends_sentence
from articles.parsing.results import Block, Marker
from articles.text import HAN, normalize_for_matching


class Para:
    """A paragraph being read: its pieces are joined once, not on every added line."""

    __slots__ = ("_parts", "_text", "backward", "closed", "forward", "indented", "line", "markers")

    def __init__(self, line: int, text: str, indented: bool = False):
        self.line = line
        self._parts = [text]
        self._text: str | None = text
        self.indented = indented
        self.forward: Marker | None = None
        self.backward: Marker | None = None
        self.markers: list[Marker] = []
        self.closed = False  # a forward marker ended it: nothing joins it

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = joined_lines(self._parts)
        return self._text

    def add(self, text: str) -> None:
        self._parts.append(text)
        self._text = None

    @property
    def size(self) -> int:
        return sum(len(p) for p in self._parts) if self._text is None else len(self._text)

    @property
    def tail(self) -> str:
        """The last line added (where a cut line would go on)."""
        return self._parts[-1]

    @property
    def terminated(self) -> bool:
        if self.closed or ends_sentence(self._parts[-1]):
            return True
        # (an English sentence's last line may hold two words, ``the river.``: read its sentence)
        tail = self._parts[-1].rstrip()
        return len(self._parts) > 1 and tail.endswith(".") and ends_sentence(self.text[-_TAIL:])


_TAIL = 300  # characters of a paragraph's end read for its last sentence
# A line of prose in an alphabetic script ending and the next one opening so, no Han character at
# either side of the break (its last and first words): the space the column break took
# (``…riverside park`` / ``on Saturday``; ``…компания»`` / ``Поставка``; ``…訪問1`` / ``12名`` runs
# on, as Chinese does; a letter alone is a word only as ``a``, ``I`` or a one-letter Cyrillic word,
# ``в``, else OCR's piece of one: ``s`` / ``ulture``). A word's letter (:data:`_LETTER`) is any
# alphabetic character (``str.isalpha``: Latin with its diacritics, Cyrillic, Greek) but Han,
# kana, hangul, bopomofo and full-width forms, which Chinese (or Japanese, Korean) text runs on
# with; its word may close with a stop, a closing quote or bracket (``park.”``, ``компания»``).
_NOT_WORD_LETTERS = (
    HAN + r"\u1100-\u11ff\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31a0-\u31ff"
    r"\uac00-\ud7af\uff00-\uffef"
)
_LETTER = rf"(?:(?![{_NOT_WORD_LETTERS}])[^\W\d_])"
_ONE_LETTER_WORDS = (
    "aAIàÀаАвВиИкКоОсСуУяЯ"  # English a, I; French à; Russian а, в, и, к, о, с, у, я
)
_LATIN_END_RE = re.compile(
    rf"(?<![{HAN}])(?:{_LETTER}{{2,}}|(?<!{_LETTER})[{_ONE_LETTER_WORDS}]|\.[A-Za-z]\.)"
    r"[,;:.!?'’\"”»›)\]]{0,2}$"
)
_LATIN_START_RE = re.compile(rf"[(“\"'«‹„‘]?(?:{_LETTER}|[0-9])[^{HAN}]{{0,30}}(?:[^{HAN}\S]|$)")
_BREAK_LOOK = 16  # characters each side of a line break looked at


def joined_lines(parts: Sequence[str]) -> str:
    """A paragraph's lines joined as the page prints them: Chinese runs on without a space; a
    line in an alphabetic script (English, French, Russian, Greek) and the next (the last word in
    letters, the next line's first word in letters or figures, no Han character at the break:
    :data:`_LATIN_END_RE`, :data:`_LATIN_START_RE`) are parted by one space, as the column break
    parted two words (INPUT.md, "Encoding and layout": lines cut mid-sentence)."""
    pieces = [parts[0]] if parts else []
    for before, after in itertools.pairwise(parts):
        if _LATIN_END_RE.search(before[-_BREAK_LOOK:]) and _LATIN_START_RE.match(after):
            pieces.append(" ")
        pieces.append(after)
    return "".join(pieces)


@dataclass
class Heading:
    line: int
    lines: list[str]
    after_blank: bool = False  # printed after a blank line
    after_photo: bool = False  # printed right after a photo (caption and credit)
    # lines the column's width alone joined, by index in ``lines``: their pieces at those breaks
    # (:func:`~articles.parsing.headcuts.rejoin_cut_heading_pieces`)
    width_pieces: dict[int, list[str]] | None = None


@dataclass
class Special:
    """A line in the flow with a fixed meaning: byline, end dateline, author note; or a
    ``break`` (a web archive's item separator, set aside: the story before it ends)."""

    line: int
    kind: str
    text: str


@dataclass
class FoundPhoto:
    line: int
    caption: str
    credit: str
    in_body_of: object = None


@dataclass
class FoundTeaser:
    line: int
    title_lines: list[str]
    label: str
    section: str
    text: str


_DECK_CONTEXT = 3000  # characters at each end of a story that its deck is matched against


@dataclass
class Body:
    first_line: int
    blocks: list[Block] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    deck: list[list[str]] = field(default_factory=list)  # heading blocks, print order
    deck_line: int | None = None
    # The type size (points) of deck lines whose size the page's layout told (a PDF's text
    # layer: :func:`articles.parsing.page.parse_page`'s ``line_sizes``), by the line's text.
    deck_sizes: dict[str, float] = field(default_factory=dict)
    byline_lines: list[str] = field(default_factory=list)
    end_lines: list[str] = field(default_factory=list)
    open: bool = True
    # Started by a dateline right after this story's text, no headline between (see
    # :func:`articles.parsing.dispatches.merge_second_dispatches`).
    follows_text_of: Body | None = None
    # The flow units (``id``) printed as part of this story: its paragraphs, specials and
    # crossheads (a photo printed between two of them is inside the story).
    units: set[int] = field(default_factory=set)

    @property
    def has_paragraphs(self) -> bool:
        return any(b.kind == "paragraph" for b in self.blocks)

    def normalised_text(self) -> str:
        """The body's edges, normalised, for matching a deck's words against: its first and last
        :data:`_DECK_CONTEXT` characters (all of it when shorter), its blocks one a line. A deck
        speaks of how its story begins (or ends, printed after it).

        Read from the blocks as they are now, each time, never kept: a story's blocks change
        after its text is first matched (a signature taken from the run after it, a title or a
        byline moved between its deck and its first paragraph: :mod:`~articles.parsing.deck_lines`;
        a second dispatch merged into it: :mod:`~articles.parsing.dispatches`), and a text kept
        from the first call would be the text of whichever step asked first.
        Only the edges are joined (the blocks walked from each end), so a call reads at most
        about ``2 * _DECK_CONTEXT`` characters however long the story is: matching a run of
        heading lines costs what it did with a kept text (each story is matched against the
        runs on its two sides at most).
        """
        return normalised_edges(self.blocks)


def normalised_edges(blocks: Sequence[Block]) -> str:
    """:func:`~articles.text.normalize_for_matching` of the blocks' text's edges
    (:meth:`Body.normalised_text`), at most about ``2 * _DECK_CONTEXT`` characters read."""
    return normalize_for_matching(_edges(blocks))


def _edges(blocks: Sequence[Block]) -> str:
    """The blocks' texts one a line, when that is at most ``2 * _DECK_CONTEXT`` characters long,
    else its first and last :data:`_DECK_CONTEXT` characters with a line break between; joining
    no more blocks than the edges need."""
    limit = 2 * _DECK_CONTEXT
    head: list[str] = []
    length = -1
    for block in blocks:
        head.append(block.text)
        length += len(block.text) + 1
        if length > limit:
            break
    else:
        return "\n".join(head)  # the whole text is short: all of it
    tail: list[str] = []
    length = -1
    for block in reversed(blocks):
        tail.append(block.text)
        length += len(block.text) + 1
        if length >= _DECK_CONTEXT:
            break
    tail.reverse()
    return "\n".join(head)[:_DECK_CONTEXT] + "\n" + "\n".join(tail)[-_DECK_CONTEXT:]
