"""A one-line English headline between two English stories: a new story, not a crosshead.

INPUT.md ("Headlines"): a one-line headline before a story that opens without a dateline is
still a new story, not a crosshead of the story before. For Chinese text the parser weighs
jieba's words of the line against the story so far (:func:`~articles.parsing.bodies.
_lone_headline`); jieba weighs no English words, so on a page of English stories without
datelines or bylines every headline after the first was read as a crosshead of the first
story. Here the same question is asked of English words: a line set as a headline (Title
Case), none of whose words the story so far has used, over a text that opens without naming
what the story so far named (``The paths are lit…`` under ``Night lights`` goes on a story of
walking paths), heads a story of its own. Pure; linear in the text looked at.
"""

from __future__ import annotations

import re

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
# Words that say nothing of a story's subject (articles, pronouns, auxiliaries, prepositions).
_STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "into",
        "over",
        "under",
        "after",
        "before",
        "about",
        "than",
        "then",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "they",
        "them",
        "their",
        "there",
        "here",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "you",
        "your",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "shall",
        "should",
        "do",
        "does",
        "did",
        "not",
        "no",
        "new",
        "more",
        "most",
        "said",
        "says",
    ]
)
_CAPITALISED = 4  # letters: every word this long in a headline set in Title Case is capitalised
_TITLE_WORDS = 2  # such words in the line at least
_SUBJECT_WORDS = 6  # words: where the text under the line names its subject


def _words(text: str) -> set[str]:
    """The words of ``text`` worth matching on: three letters or more, lowercased, no stop
    word."""
    found = (word.lower() for word in _WORD_RE.findall(text))
    return {word for word in found if len(word) >= 3 and word not in _STOP_WORDS}


def title_case(line: str) -> bool:
    """``line`` is set in Title Case, as an English headline is (``New Bus Route Links Campus
    and Station``): at least :data:`_TITLE_WORDS` words of :data:`_CAPITALISED` letters or more,
    every one of them capitalised. A crosshead set in sentence case (``Night lights``) is not."""
    long = [word for word in _WORD_RE.findall(line) if len(word) >= _CAPITALISED]
    return len(long) >= _TITLE_WORDS and all(word[0].isupper() for word in long)


def english_headline(line: str, text: str, story: str) -> bool:
    """The one-line heading ``line`` over the English paragraph ``text``, inside an English
    story whose text so far is ``story``, heads a new story: it is in Title Case
    (:func:`title_case`), the story has used none of its words, and ``text`` does not open
    (its first :data:`_SUBJECT_WORDS` words) with a word the story has used. Linear in
    ``story``."""
    if not title_case(line):
        return False
    used = _words(story)
    if _words(line) & used:
        return False
    opening = " ".join(_WORD_RE.findall(text[:200])[:_SUBJECT_WORDS])
    return not (_words(opening) & used)
