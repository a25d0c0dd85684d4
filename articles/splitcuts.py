"""Where the text an editor split off a story (从这里拆开, :mod:`articles.storysplit`) starts in a
text that holds it: a printed story read again (:mod:`articles.importing.splitoffs`), or a
version of the story it was split from, from before the split (a history revert,
:func:`articles.editing.story_revert`, restores only what that story owns now).

A split-off story's first history record holds its text as the split cut it (its reason:
:data:`MADE_BY_SPLIT`, naming its source by id); :func:`split_start` finds those paragraphs again
however the editor edited either story since, and :func:`owned_blocks` cuts a text before them.
Pure comparisons over values, plus one history query (:func:`split_offs_made`); nothing here
imports the importer or the desk (they import this).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from articles.models import Article

#: How a split-off story's first history record's reason starts (``从这里拆开：从“…”（#12）拆出``,
#: :func:`articles.storyjoin.split_off_reason`); that record holds its text as the split made it.
MADE_BY_SPLIT = "从这里拆开：从“"
#: How many of a split-off's first paragraphs are looked for (the page may have corrected the
#: first since).
LOOKED_FOR = 3


def plain(text: str) -> str:
    """``text`` without any whitespace, for comparing printed lines."""
    return "".join(text.split())


def split_start(blocks: list[dict], made: dict) -> int | None:
    """Where a story split off (``made``: its title lines and blocks as its split made them)
    starts in ``blocks`` (a printed story's, or a story's as last imported): the index of its
    headline when the split took it from the text (a block equal to its title line, right
    before its first paragraph), else of its first paragraph found there; never 0 (a story is
    split from its second block on). None when none of its first paragraphs is there."""
    printed = [plain(b.get("text", "")) for b in blocks]
    title = plain(" ".join(made["title_lines"]))
    for j, block in enumerate(made["blocks"][:LOOKED_FOR]):
        text = plain(block.get("text", ""))
        if not text:
            continue
        for i in range(j + 1, len(printed)):
            if printed[i] != text:
                continue
            start = i - j
            if title and start >= 2 and printed[start - 1] == title:
                start -= 1
            return start if start >= 1 else None
    return None


def owned_blocks(blocks: list[dict], made: Iterable[dict]) -> list[dict]:
    """``blocks`` (of a story the texts ``made`` were split off) up to the first of them."""
    starts = [s for s in (split_start(blocks, each) for each in made) if s is not None]
    return blocks[: min(starts)] if starts else blocks


@dataclass(frozen=True)
class SplitMade:
    """A story split off another that still exists: ``article_id``, its name for editors
    (``name``), its part as the split cut it (``made``: ``{"title_lines", "blocks", …}``,
    :func:`articles.editing.story_snapshot`'s part) and its reporters then."""

    article_id: int
    name: str
    made: dict
    #: its reporters as the split gave them (names)
    reporters: tuple[str, ...] = ()


def split_offs_made(source_id: int) -> list[SplitMade]:
    """The stories split off story ``source_id`` (their first history record names it) that
    still exist, oldest first, each with its first part as the split cut it. Two queries."""
    records = Article.history.filter(
        history_type="+",
        history_change_reason__startswith=MADE_BY_SPLIT,
        history_change_reason__contains=f"（#{source_id}）拆出",
    ).order_by("history_date", "history_id")
    made = [(r.id, r.story or {}) for r in records]
    alive = Article.objects.in_bulk([pk for pk, _ in made])
    found = []
    for pk, story in made:
        parts = story.get("parts") or []
        if pk in alive and parts and parts[0].get("blocks"):
            name = alive[pk].name_for_editors()
            found.append(SplitMade(pk, name, parts[0], tuple(story.get("reporters") or ())))
    return found
