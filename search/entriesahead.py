"""Search entries made ahead by an import's worker processes, for the stories whose text is
final when their page is parsed (``bench/import_bench.py``: the importing process's share).

A story's entry and keywords (:func:`search.entries.entry_made`) depend on its texts alone, as
the indexer reads them (:data:`EntryKey`: its deck, its paragraphs, its byline and dateline
printed apart and its photos' texts) and on jieba's dictionary. A worker makes them for each
story of its pages that no jump can change, and for each stitch two of its pages' stories may
make (a guess: :mod:`articles.importing.stitchahead`), keyed by those texts
(:func:`entries_ahead`); the indexer uses one only when the story's texts as stored are the
same key (a re-import that kept an editor's text, a story stitched otherwise or merged: another
key, made here), no word the two dictionaries differ on can be read in them
(:func:`entries_take`, as for the analyses made ahead: :func:`search.indexing.use_prefetched`)
and the dictionary is still the one they were taken under. What is used is what this process would make of the same texts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Iterable

from articles.text import get_jieba
from search import dictionary
from search.entries import MadeEntry, entry_made
from search.text import Analysis, analyse, index_form

#: A story's texts as the indexer reads them: its title deck as printed (引题, 主题, 副题, one
#: a line), its paragraphs (its parts' blocks joined: :func:`articles.storytext.joined_blocks`)
#: and the texts indexed after them (:func:`search.storycredits.printed_credits`, then
#: :func:`search.storyphotos.entry_texts`), all as printed.
EntryKey = tuple[str, tuple[str, ...], tuple[str, ...]]


def entry_forms(key: EntryKey) -> tuple[str, list[str], list[str], str]:
    """The normalised title, paragraphs and texts after them (:func:`search.text.index_form`)
    of a story's texts ``key``, and its body as its entry holds it."""
    title, texts, shown = key
    paragraphs = [index_form(text) for text in texts]
    after = [index_form(text) for text in shown]
    return index_form(title), paragraphs, after, "\n\n".join(paragraphs + after)


def made_of(forms: tuple, analysis: Callable[[str], Analysis]) -> MadeEntry:
    """The entry of a story's texts as :func:`entry_forms` gives them, with ``analysis`` of each
    normalised text: each paragraph (and text after them: the keywords are drawn from the
    paragraphs) analysed on its own, the body's analysis theirs joined."""
    title, paragraphs, after, body = forms
    text_analysis = Analysis.joining(analysis(t) for t in paragraphs if t)
    body_analysis = (
        Analysis.joining([text_analysis, *(analysis(t) for t in after if t)])
        if after
        else text_analysis
    )
    return entry_made(title, body, analysis(title), body_analysis, text_analysis)


def entries_ahead(
    keys: Iterable[EntryKey], analyses: dict[str, Analysis]
) -> dict[EntryKey, MadeEntry]:
    """In a worker: the entry of each story's texts ``keys``, with the ``analyses`` made of its
    normalised texts already (the others analysed here)."""

    def analysis(text: str) -> Analysis:
        found = analyses.get(text)
        return analyse(text, normalised=True) if found is None else found

    return {key: made_of(entry_forms(key), analysis) for key in set(keys)}


_lock = threading.Lock()
_taken: dict[EntryKey, MadeEntry] = {}
_taken_at: tuple | None = None


def _dictionary_now() -> tuple:
    """What tells the dictionary apart from itself once it changed: the words learned
    (:data:`search.dictionary.generation`), and jieba's table, its size and total frequency
    (a word added any other way, or the dictionary loaded again)."""
    tokenizer = get_jieba().dt
    return dictionary.generation, id(tokenizer.FREQ), len(tokenizer.FREQ), tokenizer.total


def entries_take(made: dict[EntryKey, MadeEntry] | None, differ: Collection[str] = ()) -> None:
    """Use ``made`` (None: nothing) for the entries built from now until the dictionary changes
    or the next call; ``differ``: the words the workers' dictionaries and this process's may
    disagree on (an entry whose title or body holds one is left out, made here)."""
    global _taken, _taken_at
    kept = {
        key: entry
        for key, entry in (made or {}).items()
        if not any(word in entry[0] or word in entry[1] for word in differ)
    }
    with _lock:
        _taken, _taken_at = kept, _dictionary_now() if kept else None


def entry_taken(key: EntryKey) -> MadeEntry | None:
    """The entry made ahead of a story's texts ``key``, if taken (:func:`entries_take`) under
    the dictionary as it is now."""
    taken, at = _taken, _taken_at
    if at is None or at != _dictionary_now():
        return None
    return taken.get(key)
