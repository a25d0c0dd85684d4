"""A scrap: a page whose only content is a few characters of untitled text (a file holding only
``本报讯`` or ``。``: a truncated or wrong export), which would publish as a blank story.

One rule (:func:`page_scrap`), two readers: the import warns about such a page
(:func:`articles.importing.preparing.scrap_warning`, from the parse) and publishing an issue
names each such story it makes public (:func:`articles.publishing.scrap_stories`, from the rows
as editors left them: a story given a headline or its text since is no longer a scrap). A pure
module (the standard library only), so that the import's workers can use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

#: Below this many word characters (letters and digits: Han characters, Latin letters, digits)
#: in all of a page's stories together, a page of untitled stories alone is a scrap, not a page.
SCRAP_CHARACTERS = 30
_WORD_CHARACTER_RE = re.compile(r"[^\W_]")


class PrintedStory(NamedTuple):
    """What the scrap rule reads of one story (or part of one) printed on a page."""

    title: str  # its headline, kicker or subheadline ("" when untitled)
    continued: bool  # it goes on from another page (上接A1版, or a later part of a story)
    text: str  # its body as printed on this page


@dataclass(frozen=True)
class Scrap:
    """A page's scrap: how many stories it holds, their text together, and how many word
    characters that text has (fewer than :data:`SCRAP_CHARACTERS`)."""

    stories: int
    text: str
    characters: int


def page_scrap(stories: Iterable[PrintedStory], *, photos_or_teasers: bool) -> Scrap | None:
    """The scrap that is a page's only content, else ``None``: a page (``stories``: each story
    or part printed on it; ``photos_or_teasers``: whether it prints any photo or teaser) with no
    photo, no teaser, at least one story, every story untitled and none going on from another
    page, and fewer than :data:`SCRAP_CHARACTERS` word characters in all their text."""
    stories = list(stories)
    if photos_or_teasers or not stories:
        return None
    if any(s.title or s.continued for s in stories):
        return None
    text = "".join(s.text for s in stories)
    characters = len(_WORD_CHARACTER_RE.findall(text))
    if characters >= SCRAP_CHARACTERS:
        return None
    return Scrap(stories=len(stories), text=text, characters=characters)


def scrap_shown(text: str, length: int = 20) -> str:
    """A scrap's ``text`` as a warning quotes it: runs of whitespace as one space, at most
    ``length`` characters (the last an ellipsis when cut)."""
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"
