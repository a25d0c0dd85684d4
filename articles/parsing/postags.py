"""What jieba's part-of-speech tagger surely reads in a text, found without its HMM.

``jieba.posseg.cut(text)`` cuts each run of Han characters along the dictionary's best route;
only where two or more single characters stand together in that route (a word the dictionary
lacks: a name, a traditional-script phrase) does it run its hidden Markov model, a Viterbi over
every part of speech, about 1–2 ms a run (the slowest part of reading a page's decks). The same
cut with ``HMM=False`` takes the same route and tags every other word the same way, so the
words of that cut that no such run touches are words the full cut yields too, with the same
tags, in the same order before the first run and after the last. A rule that is decided by
those words alone (a dictionary verb ends the line, a noun opens it) need not run the model;
when no run is found at all the cut without it *is* the full cut.

A word of the cut without the model is *unsure* when it is Latin letters and digits (that cut
puts them together as ``eng``; the full cut reads 2022 as ``m``), or one character next to
another such word or one-character word: the full cut may join or tag those differently.
Every other word is *sure*. This reads only jieba's public
``posseg.cut``; nothing of jieba is replaced.

Also here: the phrase kinds the deck rules (:mod:`~articles.parsing.deck_pairs`) read from the
tags (:func:`noun_phrase`, :func:`subject_and_verb`, :func:`bare_noun_phrase`), each deciding
first by the sure tags where they suffice.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from articles.text import fold, get_posseg


@dataclass(frozen=True)
class SureTags:
    """The tags ``posseg.cut(text)`` (HMM on) surely yields (see the module's docstring).

    ``head``: the tags of the words before the first unsure one, in order (all of them when
    ``whole``); ``tail``: those after the last unsure one, in order; ``anywhere``: every sure
    word's tag (the full cut yields each, in this order, perhaps with others between);
    ``whole``: no word is unsure, so the full cut's tags are exactly ``anywhere``;
    ``first``: the first word and its tag when it is sure (``None`` otherwise)."""

    head: tuple[str, ...]
    tail: tuple[str, ...]
    anywhere: tuple[str, ...]
    whole: bool
    first: tuple[str, str] | None


def sure_tags(text: str) -> SureTags:
    """The tags of ``text`` (as given: fold it first if the caller tags it folded) that jieba's
    full part-of-speech cut surely yields, read from its cut without the HMM."""
    words = [(token.word, token.flag) for token in get_posseg().cut(text, HMM=False)]
    loose = [len(word) == 1 or flag == "eng" for word, flag in words]
    last = len(words) - 1
    unsure = [
        flag == "eng" or (loose[i] and ((i > 0 and loose[i - 1]) or (i < last and loose[i + 1])))
        for i, (_, flag) in enumerate(words)
    ]
    sure = tuple(flag for (_, flag), u in zip(words, unsure, strict=True) if not u)
    if not any(unsure):
        first = words[0] if words else None
        return SureTags(sure, sure, sure, True, first)
    first_unsure = unsure.index(True)
    last_unsure = last - unsure[::-1].index(True)
    head = tuple(flag for _, flag in words[:first_unsure])
    tail = tuple(flag for _, flag in words[last_unsure + 1 :])
    return SureTags(head, tail, sure, False, words[0] if first_unsure else None)


@lru_cache(maxsize=512)
def folded_sure_tags(text: str) -> SureTags:
    """:func:`sure_tags` of ``text`` folded (:func:`~articles.text.fold`); remembered, as
    :func:`folded_tags` is."""
    return sure_tags(fold(text))


@lru_cache(maxsize=512)
def folded_tags(text: str) -> tuple[str, ...]:
    """jieba's part-of-speech tags of ``text`` folded, one per word, in order: the full cut
    (HMM on), which runs only when :func:`sure_tags` found a word it is unsure of (else the
    cut without the HMM is the same cut). Remembered: a deck's lines are asked about by several
    rules."""
    sure = folded_sure_tags(text)
    if sure.whole:
        return sure.anywhere
    return tuple(token.flag for token in get_posseg().cut(fold(text)))


def first_word_tag(tags: tuple[str, ...]) -> str | None:
    """The first tag in ``tags`` that is not ``x`` (punctuation, spaces), ``None`` when none is."""
    return next((tag for tag in tags if tag != "x"), None)


def last_word_tag(tags: tuple[str, ...]) -> str | None:
    """The last tag in ``tags`` that is not ``x``, ``None`` when none is."""
    return next((tag for tag in reversed(tags) if tag != "x"), None)


# jieba tags a noun phrase is made of: nouns and names (n…), verbal nouns (vn), abbreviations (j),
# set phrases (l), numerals and measures (m, q, mq), attributes (a, b, z), places (f, s) and bound
# morphemes (zg, ng); a time word, an adverb or a preposition (t, d, p) belongs to a predicate.
NOUN_PHRASE_TAGS = frozenset(
    {"vn", "j", "l", "m", "q", "mq", "a", "an", "b", "z", "f", "s", "zg", "eng"}
)


def noun_phrase(text: str) -> bool:
    """Whether jieba reads ``text`` as a noun phrase (:data:`NOUN_PHRASE_TAGS`), with at most
    one verb: last (an activity named with its object before it, ``森林草原防火``, ``无人机送药``)
    or right before the verbal noun it modifies, the last word (``精神宣讲活动``); a verb before a
    plain noun is a verb and its object, a statement (``县委常委会召开会议``)."""
    if _surely_no_noun_phrase(text):
        return False
    tags = [tag for tag in folded_tags(text) if tag != "x"]
    verbs = [index for index, tag in enumerate(tags) if tag.startswith("v") and tag != "vn"]
    if len(verbs) > 1 or not tags:
        return False
    if verbs and (tags[verbs[0]] != "v" or verbs[0] < len(tags) - 2 or verbs[0] == 0):
        return False
    if verbs and verbs[0] == len(tags) - 2 and tags[-1] != "vn":
        return False
    return all(
        tag in NOUN_PHRASE_TAGS or tag.startswith("n") or index in verbs
        for index, tag in enumerate(tags)
    )


def _surely_no_noun_phrase(text: str) -> bool:
    """:func:`noun_phrase` is false for ``text`` by the words jieba surely reads in it, read
    without its HMM (:func:`sure_tags`): a word of no noun phrase's
    kind, two verbs, a verb other than ``v``, or a verb opening it."""
    sure = folded_sure_tags(text)
    tags = [tag for tag in sure.anywhere if tag != "x"]
    verbs = [tag for tag in tags if tag.startswith("v") and tag != "vn"]
    opener = first_word_tag(sure.head)
    return (
        len(verbs) > 1
        or any(tag != "v" for tag in verbs)
        or (opener is not None and opener.startswith("v") and opener != "vn")
        or any(tag not in NOUN_PHRASE_TAGS and not tag.startswith(("n", "v")) for tag in tags)
    )


# jieba tags no subject opens with: prepositions, adverbs, conjunctions, particles.
NO_SUBJECT_TAGS = frozenset({"p", "d", "ad", "c", "u", "uj", "ul", "y"})


def subject_and_verb(head: str) -> bool:
    """Whether jieba reads ``head`` as a subject and the verb it ends with, nothing said before
    the verb (:func:`~articles.parsing.deck_pairs.unfinished_over`)."""
    sure = folded_sure_tags(head)  # (what is known without jieba's HMM decides first)
    verbs = sum(tag.startswith("v") for tag in sure.anywhere)
    if last_word_tag(sure.tail) not in (None, "v") or verbs > 1:
        return False  # the line ends in no verb, or says something before its last word
    if first_word_tag(sure.head) in NO_SUBJECT_TAGS:
        return False
    tags = [tag for tag in folded_tags(head) if tag != "x"]
    return (
        len(tags) >= 2
        and tags[-1] == "v"
        and tags[0] not in NO_SUBJECT_TAGS  # a subject opens the line
        and not any(tag.startswith("v") for tag in tags[:-1])
    )


def bare_noun_phrase(tail: str) -> bool:
    """Whether jieba reads ``tail`` as a noun phrase opening with a noun or a numeral, or with
    an adjective that qualifies the noun it ends with (``先进生产者代表会议``), no verb in it
    (:func:`~articles.parsing.deck_pairs.unfinished_over`)."""
    sure = folded_sure_tags(tail)  # (what is known without jieba's HMM decides first)
    opener = first_word_tag(sure.head)
    if opener is not None and opener[:1] != "n" and opener not in _NOUN_PHRASE_OPENERS:
        return False
    if any(tag not in NOUN_PHRASE_TAGS and tag[:1] not in "nx" for tag in sure.anywhere):
        return False
    tags = [tag for tag in folded_tags(tail) if tag != "x"]
    return (
        bool(tags)
        and (
            tags[0][:1] == "n"
            or tags[0] in ("m", "mq")
            or (tags[0] in ("a", "b") and len(tags) >= 2 and tags[-1][:1] == "n")
        )
        and all(tag in NOUN_PHRASE_TAGS or tag.startswith("n") for tag in tags)
    )


# What a bare noun phrase may open with besides a noun: a numeral, or an adjective or a
# distinguishing word before its noun (先进/生产者, 大型/设备).
_NOUN_PHRASE_OPENERS = frozenset({"m", "mq", "a", "b"})
