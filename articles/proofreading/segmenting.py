"""One segmentation per text, shared by the checks that need words (doubled characters, the
word list): jieba's accurate mode with HMM on, over a same-length matching copy of the text —
the way search segments (``search/text.py``: the same jieba, dictionary and HMM setting; search
also folds full-width letters and traditional characters and lower-cases before it segments).
Being the same length, the copy's offsets are offsets in the printed text.

**Only what a check needs is segmented.** jieba cuts a text into runs of Chinese characters,
letters and digits (its ``re_han_default``) and segments each run on its own, so the words of
one run are the same whether the whole text is segmented or the run alone. A doubled character
needs only the run it stands in (:meth:`Segmented.tokens_near`), and the word list needs the
whole text only when an entry's characters occur in it (its own cheap test); most paragraphs
have neither and are never segmented (the checks run on every imported story:
``bench/import_bench.py`` measures the cost with and without them).
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from articles.text import fold, get_jieba

#: search.text.HMM: search segments with jieba's HMM on; so does the word list.
HMM = True


@dataclass(frozen=True, slots=True)
class Token:
    """One word of the matching copy, ``start``/``end`` offsets in the text."""

    word: str
    start: int
    end: int


class Segmented:
    """A text, its matching copy (same length), and its words, segmented when first asked:
    :attr:`tokens` (the whole text) or :meth:`tokens_near` (the run around one offset)."""

    def __init__(self, text: str, folded: str | None = None):
        self.text = text
        self._folded = folded
        self._tokens: tuple[Token, ...] | None = None
        self._runs: list[tuple[int, int]] | None = None
        self._run_tokens: dict[int, tuple[Token, ...]] = {}
        self._run_starts: dict[int, list[int]] = {}

    @property
    def folded(self) -> str:
        """The text's matching copy (:func:`matching_copy`), made when first asked: most texts
        an import checks need none (their checks were made ahead, and a text without a space
        can hold no spaced name: :func:`~articles.proofreading.names.may_hold_gap`)."""
        if self._folded is None:
            self._folded = matching_copy(self.text)
        return self._folded

    @property
    def tokens(self) -> tuple[Token, ...]:
        """Every word of the text, in order (whitespace and marks are words of their own)."""
        if self._tokens is None:
            self._tokens = tuple(
                Token(word, start, end)
                for word, start, end in get_jieba().tokenize(self.folded, HMM=HMM)
            )
        return self._tokens

    def token_at(self, at: int) -> Token | None:
        """The word of :meth:`tokens_near` holding offset ``at`` (None if ``at`` is in no run):
        found by bisection, so a run of any length costs ``log n`` a look-up (a page with a
        run of 600,000 characters, 长长长…, has as many doubled pairs to ask about)."""
        tokens = self.tokens_near(at)
        if not tokens:
            return None
        number = self._run_number(at)
        starts = self._run_starts.get(number)
        if starts is None:
            starts = self._run_starts[number] = [t.start for t in tokens]
        token = tokens[bisect.bisect_right(starts, at) - 1]
        return token if token.start <= at < token.end else None

    def _run_number(self, at: int) -> int:
        return bisect.bisect_right(self._runs, (at, len(self.folded) + 1)) - 1

    def tokens_near(self, at: int) -> tuple[Token, ...]:
        """The words of the run of Chinese characters, letters and digits holding offset
        ``at`` (empty if ``at`` is in none): the same words :attr:`tokens` has there."""
        if self._runs is None:
            self._runs = [m.span() for m in _jieba_run_re().finditer(self.folded)]
        number = self._run_number(at)
        if number < 0 or not self._runs[number][0] <= at < self._runs[number][1]:
            return ()
        if number not in self._run_tokens:
            start, end = self._runs[number]
            self._run_tokens[number] = tuple(
                Token(word, start + s, start + e)
                for word, s, e in get_jieba().tokenize(self.folded[start:end], HMM=HMM)
            )
        return self._run_tokens[number]

    @functools.cached_property
    def compact(self) -> str:
        """The matching copy without whitespace (a word-list entry can only be found where its
        characters stand next to each other here)."""
        return "".join(self.folded.split())


@functools.cache
def _jieba_run_re() -> re.Pattern:
    return get_jieba().re_han_default


def matching_copy(text: str) -> str:
    """``fold`` (full-width ASCII, ideographic space, common traditional characters) and lower
    case, character for character."""
    folded = fold(text)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in folded)


def segment(text: str) -> Segmented:
    """``text``, to be segmented as search segments it (see the module docstring); nothing is
    segmented until a check asks for words."""
    return Segmented(text)


def word_frequency(word: str) -> int:
    """How often jieba's dictionary (with the desk's words) has ``word``; 0 if it is no word."""
    return get_jieba().dt.FREQ.get(word) or 0
