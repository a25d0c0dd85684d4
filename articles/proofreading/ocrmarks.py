"""Half-width marks from OCR: told once per story, not once per comma.

An unreviewed OCR pass writes every Chinese comma as a half-width ``,`` (and colons, question
marks…): a story of such text gets dozens of :data:`~articles.proofreading.findings.HALF_WIDTH`
findings, one per mark, that bury its real ones (a reviewer's two OCR pages gave 176 findings
on 7 stories). :func:`fold_half_width` keeps a story's few half-width marks as they are (a typo
in typed text) and turns :data:`OCR_MARKS` or more into one finding, listed after the story's
others: how many, of which marks, the first places, and one fix for them all.

Pure (the standard library): it works on any items with ``finding`` (a
:class:`~articles.proofreading.Finding`), ``where`` (in Chinese) and ``source`` (the text the
finding is in), dataclasses such as :class:`articles.proofing.StoryFinding`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TypeVar

from articles.proofreading.findings import HALF_WIDTH, Finding

#: Half-width marks in one story, at least, told as one finding.
OCR_MARKS = 3
_SHOWN = 3  # places quoted in the one finding
_AROUND = 6  # characters quoted either side of a place
_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
#: Where the one finding is, as the desk lists it.
WHERE = "全文"

Item = TypeVar("Item")


def fold_half_width(items: list[Item]) -> list[Item]:
    """``items`` with their half-width findings, when there are :data:`OCR_MARKS` or more,
    replaced by one (the first's place, a message saying how many, which marks, the first
    :data:`_SHOWN` places with the text around them and how to fix them all), listed last;
    ``items`` as they are otherwise (the same list)."""
    marks = [item for item in items if item.finding.kind == HALF_WIDTH]
    if len(marks) < OCR_MARKS:
        return items
    first = marks[0]
    one = replace(first, finding=_summary(marks), where=f"{WHERE}（{len(marks)} 处）")
    return [item for item in items if item.finding.kind != HALF_WIDTH] + [one]


def _summary(marks: list) -> Finding:
    counted = Counter(item.finding.text for item in marks)
    kinds = "、".join(f"“{mark}”{count} 处" for mark, count in counted.most_common())
    places = "；".join(f"{item.where}“{_around(item)}”" for item in marks[:_SHOWN])
    more = f"等 {len(marks)} 处" if len(marks) > _SHOWN else ""
    fixes = "，".join(f"“{mark}”改为“{_FULL.get(mark, mark)}”" for mark in counted)
    f = marks[0].finding
    return Finding(
        HALF_WIDTH,
        f.start,
        f.end,
        f.text,
        f"中文里用了 {len(marks)} 处半角标点（{kinds}），多半是文字识别（OCR）留下的："
        f"{places}{more}。请在这篇稿件里把汉字之间的半角标点一并改为全角（{fixes}），"
        "改完再核对其余提示",
        "",
    )


def _around(item) -> str:
    f, source = item.finding, item.source
    start, end = max(0, f.start - _AROUND), min(len(source), f.end + _AROUND)
    return ("…" if start else "") + source[start:end] + ("…" if end < len(source) else "")
