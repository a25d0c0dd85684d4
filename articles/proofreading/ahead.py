"""Proofreading's dictionary-bound checks of imported stories, made ahead by the import's worker
processes so that the importing process need not make them again (``bench/import_bench.py``:
its share of an import with workers).

Made ahead, for each text of a parsed story (its deck lines, dateline, byline and paragraphs):
what depends on the text and jieba's dictionary alone, the doubled characters
(:func:`~articles.proofreading.doubled.check_doubled`: it segments), the half-width marks and the
mixed digits (:func:`~articles.proofreading.marks.check_half_width`,
:func:`~articles.proofreading.marks.check_digits`); and each byline's reporters as the importer
reads them (:func:`articles.bylines.reporters_read`: jieba's part-of-speech tagger, which the
importing process then never loads). Made ahead too, though they need no dictionary: the paired
marks and the digits' widths of each story's paragraphs as printed on its page, and of each text
alone (:func:`marks_of`; a story stitched across a jump is checked where the checks run). What depends on database rows (the desk's word list, the
names the archive knows, the issue's other spellings) is always checked where the checks run.

A worker's dictionary may lack a name the importing process learned, or know one it has not
(:class:`search.indexing.Prefetched`): :func:`ahead_take` drops each text in which such a word
may be read (a paragraph whose matching copy holds one, the copy the checks segment; a byline
sharing a character with one), and what is taken is used only while jieba's dictionary stays as it
was when taken (a word learned since: none of it is used).
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterable, Iterator, Sequence

from articles.bylines import reporters_read
from articles.proofreading.doubled import check_doubled
from articles.proofreading.findings import Finding
from articles.proofreading.marks import (
    check_digit_forms,
    check_digits,
    check_half_width,
    check_pairs,
)
from articles.proofreading.segmenting import Segmented, matching_copy
from articles.text import get_jieba

#: One text's checks made ahead: its doubled characters, half-width marks and mixed digits.
TextChecks = tuple[list[Finding], list[Finding], list[Finding]]
#: The paired marks and the digits' widths of a story's paragraphs (or of one text), one list
#: of findings per text each: :func:`marks_of`.
Marks = tuple[list[list[Finding]], list[list[Finding]]]
#: What a worker makes ahead: {text: its checks}, {byline: its reporters} and, optionally,
#: {(the texts, the indexes continued from a jump): their marks} and whole stories' findings
#: (the word list they were made with, {the story's texts: what ``articles.proofingahead``
#: made of them}, held here as they are).
Ahead = (
    tuple[dict[str, TextChecks], dict[str, tuple[str, ...]]]
    | tuple[dict[str, TextChecks], dict[str, tuple[str, ...]], dict[tuple, Marks]]
    | tuple[dict[str, TextChecks], dict[str, tuple[str, ...]], dict[tuple, Marks], tuple]
)


def text_checks(seg: Segmented) -> TextChecks:
    """The checks of ``seg``'s text that depend on it and jieba's dictionary alone."""
    return check_doubled(seg), check_half_width(seg.text), check_digits(seg.text)


def made_ahead(
    texts: Iterable[str], bylines: Iterable[str], stories: Iterable[tuple[str, ...]] = ()
) -> Ahead:
    """In a worker: :func:`text_checks` of each of ``texts`` (those with more than whitespace),
    :func:`~articles.bylines.reporters_read` of each byline, and the marks of each of ``texts``
    alone and of each story's paragraphs ``stories`` (:func:`marks_of`)."""
    unique = set(texts)
    checks = {text: text_checks(Segmented(text)) for text in unique if text.strip()}
    marks = {(key, frozenset()): _marks(key, ()) for key in {(t,) for t in unique if t}}
    marks.update(((key, frozenset()), _marks(key, ())) for key in set(stories))
    return checks, {byline: reporters_read(byline) for byline in set(bylines) if byline}, marks


#: What :func:`ahead_packed` sends of a worker's :data:`Ahead` (its first three parts): the checks
#: that found something and the texts whose checks found nothing, the bylines' reporters, and the
#: marks that found something and the stories' texts whose marks found nothing.
Packed = tuple[dict[str, TextChecks], list[str], dict, dict[tuple, Marks], list[tuple[str, ...]]]

# A text's checks or a story's marks that found nothing, one object for all of them (read only:
# the checks unpack them, articles.proofreading.checker).
_NOTHING: TextChecks = ((), (), ())  # type: ignore[assignment]
_UNCONTINUED: frozenset[int] = frozenset()


def ahead_packed(ahead: Ahead) -> Packed:
    """In a worker: :func:`made_ahead`'s checks and marks as sent to the importing process, those
    that found nothing named by their texts alone, not each with its empty lists, which cost the
    importing process more to unpickle than the rest of the checks (nearly all found nothing: of
    ``bench/import_bench.py --editions``, 16,940 of the 16,964 texts' and stories' marks and
    14,583 of the 14,660 texts' checks); the same :data:`Ahead` again by
    :func:`ahead_unpacked`. Only marks made as :func:`made_ahead` makes them (no paragraph
    continued from a jump) are sent."""
    checks, bylines, marks = ahead[:3]
    found = {text: made for text, made in checks.items() if any(made)}
    marked = {
        key: made
        for key, made in marks.items()
        if not key[1] and any(any(per_text) for kind in made for per_text in kind)
    }
    return (
        found,
        [text for text in checks if text not in found],
        bylines,
        marked,
        [key[0] for key in marks if not key[1] and key not in marked],
    )


def ahead_unpacked(packed: Packed) -> Ahead:
    """In the importing process: the :data:`Ahead` (checks, bylines, marks) a worker's
    :func:`ahead_packed` sent, each text or story whose checks found nothing mapped to one
    shared result of empty tuples (the checks only unpack them)."""
    found, unfound, bylines, marked, unmarked = packed
    checks = dict.fromkeys(unfound, _NOTHING)
    checks.update(found)
    nothing: dict[int, tuple] = {}
    marks = {}
    for texts in unmarked:
        empty = nothing.get(len(texts))
        if empty is None:
            empty = nothing[len(texts)] = (((),) * len(texts),) * 2
        marks[texts, _UNCONTINUED] = empty
    marks.update(marked)
    return checks, bylines, marks


def _marks(texts: Sequence[str], continued: Collection[int]) -> Marks:
    return check_pairs(texts, continued=continued), check_digit_forms(texts)


def marks_of(texts: Sequence[str], continued: Collection[int] = ()) -> Marks:
    """:func:`~articles.proofreading.marks.check_pairs` and
    :func:`~articles.proofreading.marks.check_digit_forms` of ``texts`` (a story's paragraphs,
    those whose index is in ``continued`` continued from a jump; or one text), as made ahead
    when they were: they depend on the texts alone."""
    taken = _taken
    found = taken[2].get((tuple(texts), frozenset(continued))) if len(taken) > 2 else None
    return _marks(texts, continued) if found is None else found


_lock = threading.Lock()
_taken: Ahead = ({}, {}, {})
_taken_under: tuple | None = None


def _dictionary_now() -> tuple:
    """What tells jieba's dictionary apart from itself after a word was added (or it was loaded
    again): its table, the table's size and its total frequency."""
    tokenizer = get_jieba().dt
    return id(tokenizer.FREQ), len(tokenizer.FREQ), tokenizer.total


def ahead_take(ahead: Ahead | None, differ: Collection[str] = ()) -> None:
    """Use ``ahead`` (None: nothing) for the checks from now until the dictionary changes or the
    next call; ``differ``: the words the worker's dictionary and this process's may disagree on
    (texts in which one may be read are left out: see the module docstring)."""
    global _taken, _taken_under
    if ahead is None:
        with _lock:
            _taken, _taken_under = ({}, {}, {}), None
        return
    checks, bylines, *marks = ahead
    if differ and len(marks) > 1:  # a story holding such a word anywhere: checked here
        made_with, stories = marks[1]
        stories = {
            key: made
            for key, made in stories.items()
            if not any(word in matching_copy(text) for text in _texts(key) for word in differ)
        }
        marks = [marks[0], (made_with, stories)]
    if differ:
        checks = {
            text: found
            for text, found in checks.items()
            if not any(word in matching_copy(text) for word in differ)
        }
        characters = set("".join(differ))
        bylines = {
            byline: names
            for byline, names in bylines.items()
            if characters.isdisjoint(byline) and characters.isdisjoint(matching_copy(byline))
        }
    with _lock:
        _taken, _taken_under = (checks, bylines, *marks), _dictionary_now()


def _texts(key: tuple) -> Iterator[str]:
    """The strings of a story's key, however nested in tuples."""
    for item in key:
        if isinstance(item, str):
            yield item
        else:
            yield from _texts(item)


def stories_taken() -> tuple[object, dict] | None:
    """The stories' findings taken (:func:`ahead_take`) and the word list they were made with,
    None when none were or once the dictionary changed."""
    taken = _current()
    return taken[3] if taken is not None and len(taken) > 3 else None


def _current() -> Ahead | None:
    taken, under = _taken, _taken_under
    if under is None or under != _dictionary_now():
        return None
    return taken


def checks_of(seg: Segmented) -> TextChecks:
    """:func:`text_checks` of ``seg``, as made ahead when it was."""
    taken = _current()
    found = taken[0].get(seg.text) if taken else None
    return text_checks(seg) if found is None else found


def reporters_of(byline: str) -> tuple[str, ...]:
    """:func:`~articles.bylines.reporters_read` of ``byline`` (no dateline), as read ahead when
    it was."""
    taken = _current()
    found = taken[1].get(byline) if taken else None
    return reporters_read(byline) if found is None else found
