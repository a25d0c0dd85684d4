"""Whole stories' proofreading findings, made ahead by an import's parsing worker so that the
importing process need not make them again at commit (``bench/import_bench.py``: its share of an
import with workers). The worker already makes each text's dictionary-bound checks
(:mod:`articles.proofreading.ahead`); here it also runs :func:`articles.proofing.story_findings`
on each story no jump marker can stitch, as it will be stored (its deck, dateline, byline and one
part's paragraphs on its page), and on each stitch two of its stories may make (a guess, as for
their search entries: :func:`articles.importing.stitchahead.stitched_stories`), with the desk's
word list the importing process sent with the batch, no known names but the byline's reporters,
and no other spelling in its issue.

Where the checks run (:func:`findings_ahead`), a story's findings made ahead are used only when
nothing they depend on can differ there: the story as stored has those very texts in those very
parts (a guessed stitch the jumps did not make, or made otherwise, is another key: checked there);
the word list is the very one sent (the desk's list changed since: none used); jieba's dictionary
is as it was when they were taken, and no text of the story holds a word the worker's dictionary
and this process's may differ on (:func:`articles.proofreading.ahead.ahead_take`); the byline's
reporters read here are the worker's; no name the archive knows is one a space in the story may
split, but those reporters (:func:`articles.proofreading.names.gap_names`); and the issue prints
none of the byline's names another way. Else the story is checked here, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from articles.proofreading import WordList
from articles.proofreading.ahead import reporters_of, stories_taken
from articles.proofreading.names import byline_variants, gap_names

#: A story's texts as the checks read them: its 引题, 主题, 副题 and 电头 (``articles.proofing.
#: FIELDS``), its byline, then each part's page label and paragraphs, in the story's order (one
#: part: 7 items; a story stitched from two: 9).
StoryKey = tuple
#: What the worker made of a story: its findings (``articles.proofing.StoryFinding``; a body
#: finding's ``part_id`` its part's place in the story, 0 for the first), the names a space in it
#: may split, and its byline's reporters as the worker read them.
Made = tuple[tuple, frozenset[str], tuple[str, ...]]


def story_key(story) -> StoryKey | None:
    """The :data:`StoryKey` of ``story`` (an ``articles.proofing.StoryText``); None for a story
    without a part."""
    if not story.parts:
        return None
    key = [story.kicker, story.headline, story.subheadline, story.dateline, story.byline]
    for part in story.parts:
        key += (part.page_label, tuple(b.get("text", "") for b in part.blocks))
    return tuple(key)


def stories_ahead(stories: Iterable, check: Callable[[object], list]) -> dict[StoryKey, Made]:
    """In a worker: :data:`Made` of each story (an ``articles.proofing.StoryText``, its parts'
    ids told apart), its findings those ``check`` gives (``story_findings`` with the word list
    sent, ``articles.proofing.word_list_in_hand``, no names known and no other spellings), each
    body finding's part given by its place in the story."""
    made: dict[StoryKey, Made] = {}
    for story in stories:
        key = story_key(story)
        if key is None or key in made:
            continue
        texts = [*key[:5], *(text for paragraphs in key[6::2] for text in paragraphs)]
        spaced = frozenset(name for text in texts if text for name in gap_names(text))
        reporters = tuple(reporters_of(story.byline)) if story.byline else ()
        places = {part.pk: place for place, part in enumerate(story.parts)}
        found = (
            f if f.part_id is None else replace(f, part_id=places[f.part_id]) for f in check(story)
        )
        made[key] = (tuple(found), spaced, reporters)
    return made


def findings_ahead(
    story, words: WordList, names: frozenset[str], variants: dict[str, set[str]]
) -> list | None:
    """``story``'s findings (an ``articles.proofing.StoryText``) as
    ``articles.proofing.story_findings`` makes them with these arguments, when a worker made
    them ahead and nothing they depend on differs (see the module docstring); else None."""
    taken = stories_taken()
    if taken is None:
        return None
    made_with, stories = taken
    key = story_key(story) if words is made_with else None
    made = stories.get(key) if key is not None else None
    if made is None:
        return None
    found, spaced, reporters = made
    if story.byline and tuple(reporters_of(story.byline)) != reporters:
        return None
    if not spaced.isdisjoint(names) and not (spaced & names).issubset(reporters):
        return None
    if story.byline and variants and byline_variants(story.byline, variants, reporters):
        return None
    parts = [part.pk for part in story.parts]
    return [f if f.part_id is None else replace(f, part_id=parts[f.part_id]) for f in found]
