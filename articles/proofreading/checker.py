"""The checks run together: on one text (a field), or on the paragraphs of one story."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from articles.proofreading.doubled import _SURNAMES, check_doubled
from articles.proofreading.findings import Finding
from articles.proofreading.marks import (
    check_digit_forms,
    check_digits,
    check_half_width,
    check_pairs,
)
from articles.proofreading.names import check_byline, check_name_spaces
from articles.proofreading.segmenting import segment
from articles.proofreading.wordlist import WordList

_EMPTY = WordList(())


def _sorted(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.start, f.end, f.kind))


def _per_text(text: str, words: WordList, names: frozenset[str]) -> list[Finding]:
    if not text.strip():
        return []
    seg = segment(text)
    return [
        *check_doubled(seg),
        *check_half_width(text),
        *check_digits(text),
        *check_name_spaces(text, names, seg.folded),
        *words.find(seg),
    ]


def check_text(
    text: str, *, words: WordList | None = None, names: Collection[str] = ()
) -> list[Finding]:
    """Every check on one text (a headline, a dateline, one paragraph): sorted findings with
    offsets into ``text``. ``words``: the desk's list; ``names``: people's names the desk knows
    (a space inside one is flagged)."""
    if not text:  # (most stories have no 引题 or 副题): nothing any check could find
        return []
    names = frozenset(names)
    return _sorted(
        [
            *_per_text(text, words or _EMPTY, names),
            *check_pairs([text])[0],
            *check_digit_forms([text])[0],
        ]
    )


def check_paragraphs(
    paragraphs: Sequence[str],
    *,
    words: WordList | None = None,
    names: Collection[str] = (),
    continued: Collection[int] = (),
) -> list[list[Finding]]:
    """Every check on a story's paragraphs, in order: one sorted list per paragraph. Paired
    marks are matched across paragraphs (a quotation over several paragraphs; into a paragraph
    whose index is in ``continued``, the same paragraph broken by a page jump)."""
    names = frozenset(names)
    pairs = check_pairs(paragraphs, continued=continued)
    forms = check_digit_forms(paragraphs)
    return [
        _sorted([*_per_text(text, words or _EMPTY, names), *pairs[i], *forms[i]])
        for i, text in enumerate(paragraphs)
    ]


def check_byline_text(
    byline: str, *, words: WordList | None = None, names: Collection[str] = ()
) -> list[Finding]:
    """:func:`check_text` plus a name split unevenly by a space (``朱文 君``)."""
    found = check_text(byline, words=words, names=names)
    spaced = {(f.start, f.end) for f in found}
    extra = [f for f in check_byline(byline, _SURNAMES) if (f.start, f.end) not in spaced]
    return _sorted([*found, *extra])
