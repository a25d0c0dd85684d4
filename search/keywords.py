"""A story's keywords: TF-IDF over the words the index's analysis of it found (:func:`keywords`).

The score ``jieba.analyse.extract_tags`` computes, from words already segmented
(:func:`search.text.analyse`), with jieba.analyse's IDF table (:func:`search.text.idf_table`).
A word's weight depends only on the word, so it is worked out once a process, or by an
importer's worker process and sent back with its analyses (:func:`weights_ahead`,
:func:`weights_take`).
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise

from articles.parsing.surnames import SURNAMES
from articles.tablecache import word_key
from search.text import STOP_WORDS, idf_table

# Keywords: how many per story, and words that are never shown as tags.
KEYWORDS_PER_STORY = 8
_KEYWORD_STOP = STOP_WORDS | frozenset(
    str.split(
        "记者 本报讯 本报 通讯员 日电 今年 去年 目前 同时 其中 方面 工作 我市 全市 要求 表示 指出 强调 "
        "开展 推进 推动 进一步 一步 相关 有关 一批 一大 以来 当前 今后 不断"
    )
)

_KEYWORD_HAN = "\u3400-\u9fff"  # the characters a keyword of Chinese is made of
_ALL_HAN = re.compile(f"[{_KEYWORD_HAN}]+")
_ANY_HAN = re.compile(f"[{_KEYWORD_HAN}]")


def _keyword_candidate(word: str) -> bool:
    """A word that may be shown as a keyword: two characters or more, not a stop word, and
    all Chinese (no 2020年, no 1.5万) or, with no Chinese at all, three letters or more. (Once
    per word: :func:`keywords` remembers each word's weight.)"""
    if len(word) < 2 or word in _KEYWORD_STOP:
        return False
    if _ALL_HAN.fullmatch(word):
        return True
    if _ANY_HAN.search(word):
        return False
    return word.isalpha() and len(word) >= 3


# Each keyword candidate's IDF, and the words that are never shown as keywords, remembered per word
# (the table and the rules never change while the process runs; both emptied past their size).
_WEIGHTS_SIZE = 50_000
_weights: dict[str, float] = {}
_not_keywords: set[str] = set()


def _weight(word: str) -> float | None:
    """The IDF of a keyword candidate, None for a word never shown as a keyword."""
    if not _keyword_candidate(word):
        return None
    idf, median = idf_table()
    return idf.get(word_key(word), median)


def _learn_weights(words) -> None:
    """Remember each of ``words`` in :data:`_weights` or :data:`_not_keywords`."""
    global _weights, _not_keywords
    if len(_weights) + len(_not_keywords) >= _WEIGHTS_SIZE:
        _weights, _not_keywords = {}, set()  # new ones: a concurrent reader keeps its own
    for word in words:
        weight = _weight(word)
        if weight is None:
            _not_keywords.add(word)
        else:
            _weights[word] = weight


def weights_ahead(words: Iterable[str]) -> dict[str, float | None]:
    """The keyword weight (:func:`_weight`: an IDF, None for a word never shown as a keyword) of
    each of ``words`` this process had not worked out yet, remembered here too: what an
    importer's worker process sends back with its analyses, so that the importing process need
    not weigh them again (:func:`weights_take`). A word's weight depends only on the word (the
    IDF table and the rules never change while a process runs)."""
    new = set(words).difference(_weights).difference(_not_keywords)
    found = {word: _weight(word) for word in new}
    weights_take(found)
    return found


def weights_take(found: dict[str, float | None]) -> None:
    """Remember the weights another process worked out (:func:`weights_ahead`), as
    :func:`_learn_weights` would have: the same values, so :func:`keywords` gives the same."""
    global _weights, _not_keywords
    if len(_weights) + len(_not_keywords) + len(found) >= _WEIGHTS_SIZE:
        _weights, _not_keywords = {}, set()  # new ones: a concurrent reader keeps its own
    for word, weight in found.items():
        if weight is None:
            _not_keywords.add(word)
        else:
            _weights[word] = weight


def split_names(words: list[str]) -> set[str]:
    """The people's names a story's accurate-mode ``words`` (in text order) print cut in two:
    a surname standing alone as a word, then a given name of one or two Han characters
    (副市长林海涛 is cut 林 / 海涛: 林海涛). jieba's dictionary holds many given names as
    words of their own (海涛, tagged ``nr``), so a name it does not know is read so."""
    return {
        before + word
        for before, word in pairwise(words)
        if len(before) == 1
        and before in SURNAMES
        and len(word) <= 2
        and word not in _KEYWORD_STOP
        and _ALL_HAN.fullmatch(word) is not None
    }


def name_fragment(word: str, names: set[str], text: str) -> bool:
    """Whether ``word`` is only ever printed in ``text`` as part of one of ``names`` (a name
    cut in two: :func:`split_names`), never a keyword of its own: 海涛 and 林海 of a story
    printing 林海涛 and neither alone. Counted in ``text``, the story's normalised title and
    body: every occurrence of ``word`` inside an occurrence of a longer name holding it."""
    holding = [name for name in names if word in name and word != name]
    if not holding:
        return False
    inside = sum(text.count(name) * name.count(word) for name in holding)
    return text.count(word) <= inside


def keywords(
    words: list[str], *, limit: int = KEYWORDS_PER_STORY, text: str | None = None
) -> list[tuple[str, float]]:
    """TF-IDF over the accurate-mode words of a story: [(word, weight)], best first.

    The same score jieba.analyse.extract_tags computes, from words already segmented. A story's
    distinct words are told apart into candidates and the rest by set operations (each word's
    weight worked out once a process), so only the candidates are scored one by one.

    ``text`` (the story's normalised title and body): a word printed there only as part of a
    person's name the words cut in two (海涛, 林海 of 林海涛: :func:`name_fragment`) is no
    keyword (tag pages of split names, review of stop 67); the next best take their places."""
    counts = Counter(words)
    # (A set's difference with a dict or a set walks the set, at C speed; with a dict's keys view
    # it would walk the whole table.)
    seen = set(counts)
    weights, rejected = _weights, _not_keywords
    new = seen.difference(weights).difference(rejected)
    if new:
        _learn_weights(new)
        weights, rejected = _weights, _not_keywords
        if seen.difference(weights).difference(rejected):  # emptied meanwhile: weigh them here
            weights = {w: x for w in seen if (x := _weight(w)) is not None}
            rejected = seen.difference(weights)
    candidates = seen.difference(rejected)
    total = sum(map(counts.__getitem__, candidates))
    if not total:
        return []
    scored = [(-counts[w] / total * weights[w], w) for w in candidates]
    best = heapq.nsmallest(limit, scored)
    names = split_names(words) if text else set()
    if names and any(name_fragment(w, names, text) for _, w in best):
        kept = (pair for pair in sorted(scored) if not name_fragment(pair[1], names, text))
        best = [pair for pair, _ in zip(kept, range(limit), strict=False)]
    return [(w, round(-s, 6)) for s, w in best if math.isfinite(s)]
