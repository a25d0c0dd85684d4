"""One segmentation per text, shared by the checks that need words (doubled characters, the
word list): jieba's accurate mode with HMM on, over a same-length matching copy of the text —
the way search segments (``search/text.py``: the same jieba, dictionary and HMM setting; search
also folds full-width letters and traditional characters and lower-cases before it segments).
Being the same length, the copy's offsets are offsets in the printed text."""

from __future__ import annotations

from dataclasses import dataclass

from articles.text import fold, get_jieba

#: search.text.HMM: search segments with jieba's HMM on; so does the word list.
HMM = True


@dataclass(frozen=True)
class Token:
    word: str  # from the matching copy
    start: int
    end: int


@dataclass(frozen=True)
class Segmented:
    """A text, its matching copy (same length) and the copy's words with their offsets."""

    text: str
    folded: str
    tokens: tuple[Token, ...]

    def token_index(self) -> list[int]:
        """For each character, the index of the token it belongs to."""
        index = [0] * len(self.text)
        for number, token in enumerate(self.tokens):
            for at in range(token.start, token.end):
                index[at] = number
        return index


def matching_copy(text: str) -> str:
    """``fold`` (full-width ASCII, ideographic space, common traditional characters) and lower
    case, character for character."""
    folded = fold(text)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in folded)


def segment(text: str) -> Segmented:
    """``text`` segmented as search segments it (see the module docstring)."""
    folded = matching_copy(text)
    tokens = tuple(
        Token(word, start, end) for word, start, end in get_jieba().tokenize(folded, HMM=HMM)
    )
    return Segmented(text, folded, tokens)


def word_frequency(word: str) -> int:
    """How often jieba's dictionary (with the desk's words) has ``word``; 0 if it is no word."""
    return get_jieba().dt.FREQ.get(word) or 0
