"""A continuation's lines under its ``（上接…）`` marker once its story is known: a crosshead, not
a title, and the text before the jump that tells whether the line goes on a sentence.

Used by :func:`articles.continuations.headlines.as_stitched` (README, "Continuations"): a line the
parser read as the part's title (set apart under the marker) that shares no word with the story's
deck is the part's first crosshead, which readers see; the last paragraph before the jump says
whether the page cut a clause there (a shortened repeat on the marker's line then goes on it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from articles.continuations.titleblocks import take_off
from articles.continuations.titlereads import parts_blocks
from articles.models import ArticlePart
from articles.parsing import ends_sentence, is_heading_like
from articles.parsing.layout import cut_across
from articles.parsing.patterns import COMMA_RE
from articles.text import content_words, normalize_for_matching, overlap

# What ends a paragraph's first clause.
_CLAUSE = re.compile(r"[，,、；;。！？!?：:]")


def ends_inside_clause(text: str) -> bool:
    """``text`` ends with a word, no mark after it (``…今年列入计划的``): the jump cut a clause."""
    return text.rstrip()[-1:].isalnum()  # (a Han character is alphanumeric)


def crossheads_under_marker(
    title_lines: list[str], blocks: list[dict], page_leads: Sequence, deck: Sequence[str]
) -> tuple[list[str], list[dict]]:
    """Title lines the parser read under a backward marker (they are one lead's first lines)
    from the first that shares no word (jieba) with ``deck`` on: crossheads at the front of
    ``blocks`` (``特色产业带动农民增收`` under ``（上接A1版）`` of a story headed ``我市全力推进乡村
    振兴``: the part's first crosshead, which readers see). A line in other words of the same
    subject (``青山县新建三座污水处理厂`` under ``青山县三座污水处理厂同时开工``) stays the part's
    title, as do lines printed over the marker."""
    if not any(list(lead.lines[: len(title_lines)]) == title_lines for lead in page_leads):
        return title_lines, blocks
    said = normalize_for_matching("".join(deck))
    kept = 0
    while kept < len(title_lines) and overlap(content_words(title_lines[kept]), said) > 0:
        kept += 1
    if kept == len(title_lines):
        return title_lines, blocks
    heads = [{"kind": "crosshead", "text": line} for line in title_lines[kept:]]
    return title_lines[:kept], [*heads, *blocks]


def glued(lead) -> bool:
    """Whether a :class:`~articles.continuations.headlines.Lead`'s first line was printed on
    the marker's line (its printed width holds more)."""
    return bool(lead.lines) and lead.widths[0] > len(lead.lines[0])


def long_first_clause(text: str) -> bool:
    """Whether the paragraph ``text`` opens with a clause long enough to hold a heading line
    glued in front of its first words (more than eight characters before a mark)."""
    return len(_CLAUSE.split(text, maxsplit=1)[0]) > 8


def heading_over_text(line: str, following: str, blocks: Sequence[dict]) -> bool:
    """Whether ``line``, printed right under a backward marker over the longer line
    ``following``, reads as a heading over that text: heading-like, no comma, no sentence's end,
    the text not going on from it (:func:`~articles.parsing.layout.cut_across`), and ``blocks``
    open with it glued in front of their paragraph (:func:`take_off`)."""
    if not is_heading_like(line) or COMMA_RE.search(line) or ends_sentence(line):
        return False
    return not cut_across(line, following) and bool(take_off([line], blocks))


def texts_before(parts: Sequence[ArticlePart]) -> dict[int, str]:
    """The last paragraph printed before the jump (the story's part before each of ``parts``,
    when it ends with a paragraph) by part id. One query; none when ``parts`` is empty."""
    if not parts:
        return {}
    wanted = {(p.article_id, p.sequence - 1): p.pk for p in parts}
    found = {}
    for article_id, sequence, blocks in parts_blocks({p.article_id for p in parts}):
        pk = wanted.get((article_id, sequence))
        if pk is not None and blocks and blocks[-1].get("kind") == "paragraph":
            found[pk] = blocks[-1].get("text", "")
    return found
