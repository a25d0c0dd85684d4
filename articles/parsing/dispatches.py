"""Dispatches without a headline after a story's text: the same story continued, or a brief of
its own (:func:`merge_second_dispatches`, run on the bodies after decks are assigned).

INPUT.md: 申報 and agency copy print a second dispatch (``〔路透社倫敦十日電〕``) inside a story; a
foreign-news page also prints headline-less briefs from other agencies on other subjects, one
after another. What tells them apart is who sent it and what it says.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from articles.parsing.bodies import Body
from articles.parsing.datelines import dateline_match, dateline_sender
from articles.parsing.patterns import HAN_RUN_RE
from articles.parsing.results import Block, Flag
from articles.parsing.units import normalised_edges
from articles.text import content_words, fold, normalize_for_matching, overlap

_STORY_CONTEXT = 3000  # characters of the story before whose character pairs are compared
_SAME_SUBJECT = 0.1  # share of a dispatch's words (or character pairs) found in the story before
# …when the two datelines name different senders (共同社, then 法新社; a weather office, then
# 本报讯): another sender's copy continues a story only when it repeats more of the story's own
# words (制宪议会 after 制宪议会); briefs side by side share common words too (调查, 显示, 期间:
# 0.19 between two digest briefs), while 申報's second dispatches on the same talks share
# 0.23 and more (0.3 split a real 1949 page's lead story in three).
_SAME_SUBJECT_OTHER_SENDER = 0.2
# The paper's own desk and the home agencies of a Chinese paper open most of its stories, as
# 本报讯 does: their name alone does not make a second dispatch of the story before.
_HOME_SENDERS = frozenset({"本报", "新华社", "中新社", "人民日报", "人民网", "新华网", "中新网"})


def _first_paragraph(body: Body) -> str:
    return next((b.text for b in body.blocks if b.kind == "paragraph"), "")


def _han_pairs(text: str) -> set[str]:
    """The pairs of Han characters side by side in ``text`` (folded): those inside its runs of
    two or more (one regex pass, not a match per character)."""
    return {run[i : i + 2] for run in HAN_RUN_RE.findall(fold(text)) for i in range(len(run) - 1)}


def _story_head(blocks: Sequence[Block]) -> str:
    """The first :data:`_STORY_CONTEXT` characters of the blocks' text, one block a line, joined
    only as far as needed (a long story is not joined whole)."""
    texts: list[str] = []
    length = -1
    for block in blocks:
        texts.append(block.text)
        length += len(block.text) + 1
        if length >= _STORY_CONTEXT:
            break
    return "\n".join(texts)[:_STORY_CONTEXT]


@dataclass(frozen=True)
class Subject:
    """What a story speaks of, for telling whether a dispatch after it continues it: its deck
    and its own text (:func:`story_subject`), read once."""

    text: str  # the deck and the text's edges, normalised: where a dispatch's words are looked for
    pairs: frozenset[str]  # the Han pairs of the deck and the first _STORY_CONTEXT characters
    dateline: str = ""  # the dateline that opened the story (本报岚城三月九日讯), if any


def story_subject(story: Body, own_blocks: Sequence[Block]) -> Subject:
    """The :class:`Subject` of ``story``: its deck and ``own_blocks``, the text printed under its
    headline (the story's blocks before any second dispatch joined it)."""
    deck = " ".join(line for block in story.deck for line in block)
    return Subject(
        text=normalize_for_matching(deck) + "\n" + normalised_edges(own_blocks),
        pairs=frozenset(_han_pairs(deck + "\n" + _story_head(own_blocks))),
        dateline=_dateline_text(_first_paragraph(story)),
    )


def _dateline_text(paragraph: str) -> str:
    """The dateline that opens ``paragraph`` (``本报岚城三月九日讯``), else ``""``."""
    match = dateline_match(paragraph)
    return paragraph[: match.end()] if match else ""


def subject_shared(body: Body, subject: Subject) -> float:
    """How much of what ``body``'s opening says the story before says too (its ``subject``:
    its deck and its own text): the larger of the share of its jieba words and the share of its
    pairs of characters (traditional and OCR text cuts into words badly). 0 to 1.
    What the two datelines name (the place both were sent from: 岚城 in ``本报岚城三月九日讯``
    and ``本报岚城三月十日电``, whose items name their city again in their text) is where the news
    came from, not what it is about: words and pairs found in either dateline are not counted."""
    opening = _first_paragraph(body)
    dateline = _dateline_text(opening)
    opening = opening[len(dateline) :][:_DISPATCH_OPENING]
    datelines = dateline + "\n" + subject.dateline
    named = normalize_for_matching(datelines)
    words = overlap([w for w in content_words(opening) if w not in named], subject.text)
    pairs = _han_pairs(opening) - _han_pairs(datelines)
    if not pairs:
        return words
    return max(words, len(pairs & subject.pairs) / len(pairs))


_DISPATCH_OPENING = 300  # characters of a dispatch compared with the story before


def merge_second_dispatches(bodies: list[Body], flags: list[Flag]) -> list[Body]:
    """A story that opened with a dateline right after another story's text and got no headline
    at all (none before it, none after it) is a second dispatch of that story (申報 and agency
    copy print ``〔路透社倫敦十日電〕`` inside a story) when it is the same story continued: the
    same agency sent it (not merely the paper's own desk, 本报讯, which opens every local story), or
    it speaks of what the story before speaks of under its headline (:func:`subject_shared`
    with its :func:`story_subject`, its deck and its own text, never the dispatches merged into
    it before: one merged dispatch does not draw in the next brief that shares only its words;
    read once a story, so a story growing by dispatch after dispatch is not read again): a
    share of
    :data:`_SAME_SUBJECT`, or :data:`_SAME_SUBJECT_OTHER_SENDER` when both datelines name their
    sender and the senders differ). The paper's own desk and a Chinese paper's home agencies
    (:data:`_HOME_SENDERS`: 新华社 opens most stories of a Chinese daily) tell nothing by their
    name: only the subject does.
    It then goes on the story before. A brief from another agency on another subject is a story
    of its own, with no headline. Either way the decision is noted in ``flags``. (A headline
    printed after its body, as in the seed, keeps the story apart.)"""
    kept: list[Body] = []
    merged_into: dict[int, Body] = {}
    own_blocks: dict[int, int] = {}  # each kept story's own blocks (before dispatches joined it)
    subjects: dict[int, Subject] = {}  # read once a story, when a dispatch is first compared
    for body in bodies:
        before = body.follows_text_of
        if before is not None:
            before = merged_into.get(id(before), before)
        if before is None or body.deck or not kept or kept[-1] is not before:
            kept.append(body)
            own_blocks[id(body)] = len(body.blocks)
            continue
        # The paper's own desk (本报讯) opens every local story: only an agency's name tells.
        sender = dateline_sender(_first_paragraph(body))
        sender_before = dateline_sender(_first_paragraph(before))
        same_source = sender not in ("", *_HOME_SENDERS) and sender == sender_before
        other_sender = "" not in (sender, sender_before) and sender != sender_before
        needed = _SAME_SUBJECT_OTHER_SENDER if other_sender else _SAME_SUBJECT
        if not same_source:
            subject = subjects.get(id(before))
            if subject is None:
                subject = story_subject(before, before.blocks[: own_blocks[id(before)]])
                subjects[id(before)] = subject
        if not same_source and subject_shared(body, subject) < needed:
            kept.append(body)
            own_blocks[id(body)] = len(body.blocks)
            flags.append(
                Flag(
                    body.first_line,
                    "dispatch-own-story",
                    "这一段以另一家的电头开始，前后都没有标题，说的也不是上一篇的事，已作为一篇没有标题的"
                    "稿件；如果它是上一篇稿件的又一条电讯，请合并。",
                )
            )
            continue
        merged_into[id(body)] = before
        before.blocks.extend(body.blocks)
        before.markers.extend(body.markers)
        before.byline_lines.extend(body.byline_lines)
        before.end_lines.extend(body.end_lines)
        before.units |= body.units
        flags.append(
            Flag(
                body.first_line,
                "dateline-inside-story",
                "这一段以电头开始，前后都没有标题，已并入上一篇稿件（同一稿件里的又一条电讯）；"
                "如果它是一篇没有标题的新稿件，请拆开。",
            )
        )
    return kept
