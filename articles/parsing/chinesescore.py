"""How much a decoding reads like real Chinese: the score that tells GB18030 from Big5 from
another language's bytes read as Chinese (:mod:`articles.parsing.decoding` decides with it).
Pure: jieba's dictionary and the standard library."""

from __future__ import annotations

import functools

from articles.text import get_jieba

# Below this :func:`chinese_score` a decoding other than UTF-8 is taken for another language's
# bytes read as Chinese (Shift-JIS read as GB18030 scores about 0.02); real pages in GB18030 or
# Big5 score 0.8 (traditional script, OCR) to 1.6 here.
MOJIBAKE_SCORE = 0.5

_SAMPLE = 6000  # characters scored: enough to tell, little time


def chinese_score(text: str) -> float:
    """How much ``text`` reads like real Chinese, 0 to 2: the share of neighbouring Han
    characters that make a word of jieba's dictionary, plus the share of Han characters common
    in its words. Text decoded with the wrong encoding scores far lower: its characters are
    rare ones and their pairs make no words."""
    sample = text[:_SAMPLE]
    han = [i for i, ch in enumerate(sample) if _is_han(ch)]
    if not han:
        return 0.0
    common = common_characters()
    usual = sum(1 for i in han if sample[i] in common)
    return _word_share(sample, han) + usual / len(han)


def _word_share(sample: str, han: list[int]) -> float:
    """The share of neighbouring Han characters in ``sample`` (``han``: their offsets) that make
    a word of jieba's dictionary (0.0 when no two stand together)."""
    freq = get_jieba().dt.FREQ
    pairs = [i for i in han if i + 1 < len(sample) and _is_han(sample[i + 1])]
    words = sum(1 for i in pairs if freq.get(sample[i : i + 2]))
    return words / len(pairs) if pairs else 0.0


def scores_at_least(text: str, floor: float) -> bool:
    """``chinese_score(text) >= floor``, told where it can be without the common characters'
    table (:func:`common_characters`: about 0.15 s to make, once a process): a Han character
    that is itself a word counted :data:`_COMMON_COUNT` times or more is a common one, so the
    score with only those counted is a lower bound, and a page that reaches ``floor`` with it
    (every real page in GB18030 or Big5 does) reaches it with the exact score. Below it, or once
    the table is made (it was made from jieba's words as they then were), the exact score
    decides."""
    sample = text[:_SAMPLE]
    han = [i for i, ch in enumerate(sample) if _is_han(ch)]
    if han and not common_characters.cache_info().currsize:
        freq = get_jieba().dt.FREQ
        surely = sum(1 for i in han if freq.get(sample[i], 0) >= _COMMON_COUNT)
        if _word_share(sample, han) + surely / len(han) >= floor:
            return True
    return chinese_score(text) >= floor


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


@functools.cache
def common_characters() -> frozenset[str]:
    """The Han characters of jieba's dictionary whose words occur :data:`_COMMON_COUNT` times or
    more in all."""
    totals: dict[str, int] = {}
    for word, count in get_jieba().dt.FREQ.items():
        if count:
            for ch in word:
                totals[ch] = totals.get(ch, 0) + count
    return frozenset(ch for ch, total in totals.items() if total >= _COMMON_COUNT and _is_han(ch))


_COMMON_COUNT = 1000  # times: a character jieba's words use this often is a common one
