"""The checks run together: on one text (a field), or on the paragraphs of one story."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from articles.proofreading.ahead import checks_of, marks_of
from articles.proofreading.doubled import _SURNAMES
from articles.proofreading.findings import HALF_WIDTH, Finding
from articles.proofreading.names import check_byline, check_name_spaces, may_hold_gap
from articles.proofreading.segmenting import segment
from articles.proofreading.wordlist import WordList

_EMPTY = WordList(())


def _sorted(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.start, f.end, f.kind))


def _per_text(text: str, words: WordList, names: frozenset[str]) -> list[Finding]:
    if not text.strip():
        return []
    seg = segment(text)
    doubled, half_width, digits = checks_of(seg)  # (made ahead by an import's worker: ahead.py)
    return [
        *doubled,
        *half_width,
        *digits,
        *(check_name_spaces(text, names, seg.folded) if names and may_hold_gap(text) else ()),
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
    pairs, forms = marks_of((text,))
    return _sorted([*_per_text(text, words or _EMPTY, names), *pairs[0], *forms[0]])


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
    pairs, forms = marks_of(paragraphs, continued)
    return [
        _sorted([*_per_text(text, words or _EMPTY, names), *pairs[i], *forms[i]])
        for i, text in enumerate(paragraphs)
    ]


#: A web archive's author field at the head of a byline: its label and the half-width colon
#: the archive's page sets after it (``作者:本报记者 冯海``, ``撰文:``, ``执笔:``).
_FIELD_LABEL_COLON_RE = re.compile(r"^\s*(?:作者|撰文|执笔)\s*(:)")


def check_byline_text(
    byline: str, *, words: WordList | None = None, names: Collection[str] = ()
) -> list[Finding]:
    """:func:`check_text` plus a name split unevenly by a space (``朱文 君``). The half-width
    colon after a web archive's author field label at the byline's head (``作者:新华社记者 X``)
    is the archive's meta line, not the paper's punctuation (INPUT.md: web-archive dumps carry
    meta lines, ``作者:``, ``版面:``): not flagged. A half-width mark after it still is."""
    label = _FIELD_LABEL_COLON_RE.match(byline)
    archive_colon = label.start(1) if label else -1
    found = [
        f
        for f in check_text(byline, words=words, names=names)
        if not (f.kind == HALF_WIDTH and f.start == archive_colon)
    ]
    spaced = {(f.start, f.end) for f in found}
    extra = [f for f in check_byline(byline, _SURNAMES) if (f.start, f.end) not in spaced]
    return _sorted([*found, *extra])
