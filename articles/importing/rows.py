"""The one mapping from what the parser found to what the database holds.

A parsed story becomes an ``Article`` (its deck, dateline and byline line), its first
``ArticlePart`` (title lines, body blocks, the page it says it continues), its ``Byline`` people
and its ``Jump`` markers: :class:`StoryRows` says all of it once, and both ways of writing a page
use it (:func:`articles.importing.writer.content_create` for a page seen for the first time,
:func:`articles.importing.writer.page_content_update` for one imported before). Photos and
teasers have their fields here too; :func:`articles.crediting.people_get_or_create` finds or makes the named people.
"""

from __future__ import annotations

from dataclasses import dataclass

from articles import parsing
from articles.continuations.restoring import own_reporters
from articles.namechars import person_key

# The columns' lengths: longer parsed values are cut, ending in "…".
_ARTICLE_LENGTHS = {
    "kicker": 300,
    "headline": 300,
    "subheadline": 300,
    "dateline": 100,
    "byline": 200,
}
_MARKER_LENGTH = 40


def clip(value: str, length: int) -> str:
    return value if len(value) <= length else value[: length - 1] + "…"


@dataclass(frozen=True)
class JumpRow:
    """A continuation marker as a ``Jump`` row holds it."""

    direction: str
    target_label: str
    marker: str


@dataclass(frozen=True)
class StoryRows:
    """One parsed story as rows: ``article`` (the ``Article`` fields the page sets), ``part`` (the
    ``ArticlePart`` fields), ``reporters`` (as printed, in order) and ``jumps`` (one per
    direction). ``position`` is the page's place of it among everything printed (photos and
    teasers count too: the rows' order); ``number``, which story it is on the page (1 for the
    first story printed, photos and teasers not counted): what a report's 第N位 says, as the
    desk numbers stories (第N篇)."""

    position: int
    article: dict
    part: dict
    reporters: tuple[str, ...]
    jumps: tuple[JumpRow, ...]
    number: int = 0

    @classmethod
    def of(cls, parsed_article: parsing.ParsedArticle, number: int = 0) -> StoryRows:
        """``parsed_article`` as rows; ``number``: which story of its page it is (1-based)."""
        return cls(
            number=number,
            position=parsed_article.position,
            article={
                key: clip(getattr(parsed_article, key), length)
                for key, length in _ARTICLE_LENGTHS.items()
            },
            part={
                "title_lines": list(parsed_article.title_lines),
                "blocks": [{"kind": b.kind, "text": b.text} for b in parsed_article.blocks],
                "continued_from": parsed_article.continued_from or "",
            },
            reporters=tuple(parsed_article.reporters),
            jumps=tuple(
                JumpRow(direction, marker.label, marker.text[:_MARKER_LENGTH])
                for direction, marker in _jump_markers(parsed_article).items()
            ),
        )

    @property
    def byline_names(self) -> list[str]:
        """The ``Person`` names of the byline, in order, each once."""
        return list(dict.fromkeys(person_key(n) for n in self.reporters if n))

    @property
    def match_key(self) -> str:
        """What the story says first: how a re-import finds it again, also at a new position."""
        return match_key(self.part["title_lines"], self.part["blocks"])

    def differs_from(self, part, *, is_home: bool, reporters: list[str] | None = None) -> bool:
        """Whether the stored ``part`` (and its story, when this page is its home) says something
        else than this (``reporters``: the story's stored reporters' names, when read)."""
        if part.blocks != self.part["blocks"] or part.title_lines != self.part["title_lines"]:
            return True
        if not is_home:
            return False
        article = part.article
        if any(getattr(article, k) != v for k, v in self.article.items()):
            return True
        stored = article.reporter_names() if reporters is None else reporters
        # (a reporter signed on a continuation's page, whose text joined it, is not this page's)
        return own_reporters(article.pk, stored, self.byline_names) != self.byline_names


def match_key(title_lines, blocks) -> str:
    first = next((b["text"] for b in blocks if b["kind"] == "paragraph"), "")
    return parsing.normalize_for_matching("|".join(title_lines) + "|" + first[:40])


def _jump_markers(parsed_article) -> dict[str, parsing.Marker]:
    """The page's jump per direction: the last unmerged marker of each (merged pairs are one story)."""
    wanted = {}
    for marker in parsed_article.markers:
        if not marker.merged:
            wanted[marker.direction] = marker
    return wanted


# Brackets a caption's credit is printed in (``■…（林嘉文攝）``, ``(網上圖片)``, ``〔資料照〕``).
_CREDIT_BRACKETS = ("（）", "()", "【】", "〔〕", "[]", "［］")


def credit_unwrapped(credit_line: str) -> str:
    """A photo credit without the brackets it was printed in at the end of its caption
    (``（林嘉文攝）`` → ``林嘉文攝``), like a dateline's (``【本報訊】`` → ``本報訊``); a credit that is
    not wholly bracketed (``图/顾晓岚``, ``(左)张三摄``) is kept as printed. The page's raw text
    keeps the brackets."""
    text = credit_line.strip()
    if len(text) > 2 and text[0] + text[-1] in _CREDIT_BRACKETS:
        inner = text[1:-1]
        if not any(ch in inner for pair in _CREDIT_BRACKETS for ch in pair):
            return inner.strip()
    return text


def photo_fields(parsed_photo) -> dict:
    """A ``Photo``'s fields from the page (without the story it belongs to): the caption, and the
    credit as :func:`credit_unwrapped` gives it (at most 200 characters)."""
    return {
        "caption": parsed_photo.caption,
        "credit_line": clip(credit_unwrapped(parsed_photo.credit_line), 200),
    }


def credit_names(parsed_photo) -> list[str]:
    """The ``Person`` names of a photo's credit, in order, each once."""
    return list(dict.fromkeys(person_key(n) for n in parsed_photo.photographers if n))


def teaser_fields(parsed_teaser) -> dict:
    return {
        "title_lines": list(parsed_teaser.title_lines),
        "target_label": parsed_teaser.target_label,
        "target_section": clip(parsed_teaser.target_section, 100),
        "marker": clip(parsed_teaser.text, 120),
    }
