"""What the parser returns: frozen dataclasses, and the one error it raises.

:class:`ParsedPage` holds a page's articles, photos and teasers in print order, its
:class:`SetAside` lines (furniture, and anything that could not be placed) and the
:class:`PageMetadata` read from its stamps and headers. Everything kept is the printed text.
"""

from __future__ import annotations

from dataclasses import dataclass

PARSER_VERSION = 40


class ParseError(ValueError):
    """The page cannot be read. The message says what is wrong and how to fix it."""


@dataclass(frozen=True)
class Marker:
    """A continuation marker as printed (``（下转A2版）``) with its normalised target page.

    A marker that names no page but the next or previous one (``（转下版）``, ``（接上版）``)
    has ``label`` ``""`` and ``relative`` +1 (next) or -1 (previous): the parser does not know
    the page's own label; the import resolves it to a label
    (:mod:`articles.importing.relative`) before anything is written."""

    direction: str  # "forward" (下转) or "backward" (上接)
    label: str  # normalised: 第二版 → "2", A2 → "A2"; "" for a relative marker not resolved
    text: str  # as printed
    merged: bool = False  # both markers printed together: the source already joined the story
    relative: int = 0  # +1 下版/次版, -1 上版, 0 a page named by its label


@dataclass(frozen=True)
class Block:
    kind: str  # "paragraph" or "crosshead"
    text: str


@dataclass(frozen=True)
class ParsedArticle:
    position: int
    title_lines: tuple[str, ...]
    kicker: str
    headline: str
    subheadline: str
    dateline: str
    byline: str
    reporters: tuple[str, ...]
    blocks: tuple[Block, ...]
    markers: tuple[Marker, ...]
    byline_lines: tuple[str, ...] = ()

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(b.text for b in self.blocks if b.kind == "paragraph")

    @property
    def crossheads(self) -> tuple[str, ...]:
        return tuple(b.text for b in self.blocks if b.kind == "crosshead")

    @property
    def continued_from(self) -> str | None:
        """The page this printed part continues from (``上接A1版`` → ``A1``), if it is a jump part."""
        for marker in self.markers:
            if marker.direction == "backward" and not marker.merged:
                return marker.label
        return None

    @property
    def continued_on(self) -> str | None:
        """The page the story goes on on (``下转A2版`` → ``A2``), if it jumps."""
        for marker in reversed(self.markers):
            if marker.direction == "forward" and not marker.merged:
                return marker.label
        return None

    @property
    def title(self) -> str:
        return self.headline or self.kicker or self.subheadline

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


@dataclass(frozen=True)
class ParsedPhoto:
    position: int
    caption: str
    credit_line: str
    photographers: tuple[str, ...]
    article_position: int | None = None


@dataclass(frozen=True)
class ParsedTeaser:
    position: int
    title_lines: tuple[str, ...]
    target_label: str
    target_section: str
    text: str


@dataclass(frozen=True)
class SetAside:
    """A line that is not part of any story, with why (``page-label``, ``staff``, ``unplaced``…)."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class Flag:
    """A decision the parser is unsure of, for an editor to check first.

    ``line``: 1-based line number in the page text; ``kind``: a short ascii slug
    (``heading-new-story``, ``masthead-zone``, ``text-before-jump``, ``deck-either-side`` …);
    ``message``: what was decided and what to check, in Chinese."""

    line: int
    kind: str
    message: str


@dataclass(frozen=True)
class PageMetadata:
    paper: str = ""
    date: str = ""  # ISO date read from a page stamp, if any
    label: str = ""  # page label read from a page stamp or header, if any
    section: str = ""
    issue_number: int | None = None


@dataclass(frozen=True)
class ParsedPage:
    encoding: str
    articles: tuple[ParsedArticle, ...]
    photos: tuple[ParsedPhoto, ...]
    teasers: tuple[ParsedTeaser, ...]
    set_aside: tuple[SetAside, ...]
    metadata: PageMetadata
    warnings: tuple[str, ...] = ()
    parser_version: int = PARSER_VERSION
    flags: tuple[Flag, ...] = ()  # decisions to check first, in line order

    @property
    def ignored_lines(self) -> tuple[str, ...]:
        return tuple(s.text for s in self.set_aside if s.reason != "unplaced")

    @property
    def unplaced_lines(self) -> tuple[str, ...]:
        return tuple(s.text for s in self.set_aside if s.reason == "unplaced")

    @property
    def markers(self) -> tuple[tuple[ParsedArticle, Marker], ...]:
        return tuple((a, m) for a in self.articles for m in a.markers)
