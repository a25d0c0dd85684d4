"""Names: a space inside a person's name, and the same reporter spelt two ways in one issue.

* In running text a name is never spaced (徐 惠民): a space between characters that, without
  it, make a name of three or four characters the desk knows (reporters and photographers, the
  story's own byline) is flagged. A two-character name spaced out (``邵  林``, ``何　平``) is
  the print convention for lining it up with three-character names, in bylines and in the
  reporter credits of datelines alike (``本报讯（记者 邵  林）``), and is never flagged.
* In a byline, a two-character name spaced out to the width of a three-character one (``彭  波``)
  is the print convention (the parser joins it, ``articles/parsing/names.py``); a space that
  splits a longer name unevenly (``朱文 君``, ``卢 兆欣``) is flagged.
* Across an issue, two printed names that are the same person spelt two ways: the same after
  folding (陳/陈, full-width) or, three characters or more, the same surname and one other
  character different (卢兆欣 / 卢兆新).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator

from articles.bylines import credit_pieces, reporters_read
from articles.proofreading.findings import NAME_SPACE, NAME_VARIANT, Finding
from articles.proofreading.segmenting import matching_copy
from articles.text import HAN, folding_to

_GAP_RE = re.compile(rf"(?<=[{HAN}])[ \u3000\t]+(?=[{HAN}])")
#: Every character whose matching copy is (or holds) a character of ``_GAP_RE``'s gap: a text
#: without any of them has no gap in its copy (the copy folds and lower-cases character for
#: character, and neither makes a space or a tab of anything else).
_SPACE_RE = re.compile(
    "["
    + "".join(
        re.escape(c) for c in sorted({*folding_to(" "), *folding_to("\u3000"), *folding_to("\t")})
    )
    + "]"
)
_RUN_RE = re.compile(rf"[{HAN}]+")


def check_name_spaces(
    text: str, names: frozenset[str] | set[str], folded: str | None = None
) -> list[Finding]:
    """Spaces inside a name of ``names`` (matching copies: see ``matching_copy``; ``folded``:
    the text's matching copy when the caller has it)."""
    found: list[Finding] = []
    if not names:
        return found
    folded = matching_copy(text) if folded is None else folded
    for gap in _GAP_RE.finditer(folded):
        hit = _name_across(folded, gap.start(), gap.end(), names)
        if hit:
            start, end, name = hit
            found.append(_space_finding(text, start, end, name))
    return found


def may_hold_gap(text: str) -> bool:
    """False when :func:`check_name_spaces` can find nothing in ``text`` whatever the names:
    it holds no character whose matching copy is a space or a tab (most paragraphs), told
    without making the copy."""
    return _SPACE_RE.search(text) is not None


def gap_names(text: str) -> set[str]:
    """Every name :func:`check_name_spaces` could find spaced in ``text``: whatever the names
    given, its findings are those it makes with the ones among these alone."""
    if not may_hold_gap(text):
        return set()
    folded = matching_copy(text)
    return {
        name
        for gap in _GAP_RE.finditer(folded)
        for _, _, name in _names_across(folded, gap.start(), gap.end())
    }


def _name_across(folded: str, gap_start: int, gap_end: int, names) -> tuple | None:
    for hit in _names_across(folded, gap_start, gap_end):
        if hit[2] in names:
            return hit
    return None


def _names_across(folded: str, gap_start: int, gap_end: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each name the gap may split, longest first."""
    left = _RUN_RE.search(folded[max(0, gap_start - 3) : gap_start][::-1])
    right = _RUN_RE.match(folded, gap_end)
    if not left or not right:
        return
    before = left.group()[::-1]  # the Han characters just before the gap (up to 3)
    after = right.group()[:3]
    for take_left in range(len(before), 0, -1):
        for take_right in range(len(after), 0, -1):
            name = before[-take_left:] + after[:take_right]
            if len(name) == 2:  # 彭  波: the print convention, never a slip we can tell
                continue
            if len(name) <= 4:
                yield gap_start - take_left, gap_end + take_right, name


def _space_finding(text: str, start: int, end: int, name: str) -> Finding:
    return Finding(
        NAME_SPACE,
        start,
        end,
        text[start:end],
        f"人名「{name}」中间有空格：应为「{name}」",
        name,
    )


_BYLINE_TOKEN_RE = re.compile(rf"[{HAN}]+")
_ROLES = ("本报记者", "本报通讯员", "记者", "通讯员", "实习生", "特约记者", "摄影", "本报")
#: Credit labels of a byline that gives the writer and the photographer (or artist) each their
#: own credit (``文/唐宁　图/许川``, ``文/唐宁 摄影/许川``, ``唐宁 文/图``, ``文·唐宁 图·许川``):
#: a label, not a piece of a name. None but 文 is a surname or a name's last character often
#: enough to be read so when it stands alone between spaces.
_CREDIT_LABELS = frozenset(
    ("图", "摄", "绘", "绘图", "制图", "供图", "插图", "漫画", "图文", "文图", "撰文", "设计")
)
#: 文 (a surname, and a common last character: ``朱文 君``) is a label only where a credit mark
#: joins it to a name or to another label (``文/唐宁``, ``唐宁 文/图``, ``文·唐宁``, ``图/文``),
#: or at the head of a byline that holds another label (``文　唐宁　图　许川``).
_WRITER_LABEL = "文"
_CREDIT_MARKS = "/／·•・：:"


def check_byline(byline: str, surnames: frozenset[str]) -> list[Finding]:
    """A name in a byline split unevenly by a space (``朱文 君``); ``彭  波`` is fine, and so is
    the space between two credits (``文/唐宁　图/许川``: 唐宁 and the label 图, not 唐宁图)."""
    folded = matching_copy(byline)
    tokens = [m for m in _BYLINE_TOKEN_RE.finditer(folded) if m.group() not in _ROLES]
    labelled = any(m.group() in _CREDIT_LABELS for m in tokens)
    tokens = [
        m
        for i, m in enumerate(tokens)
        if not _credit_label(folded, m, first=i == 0, labelled=labelled)
    ]
    found: list[Finding] = []
    for first, second in itertools.pairwise(tokens):
        if not folded[first.end() : second.start()].isspace():
            continue
        lengths = (len(first.group()), len(second.group()))
        if sorted(lengths) == [1, 2] and first.group()[0] in surnames:
            name = first.group() + second.group()
            found.append(_space_finding(byline, first.start(), second.end(), name))
    return found


def _credit_label(folded: str, token: re.Match, *, first: bool, labelled: bool) -> bool:
    """Is the byline's Han run ``token`` a credit label (``_CREDIT_LABELS``, ``_WRITER_LABEL``)?"""
    word = token.group()
    if word in _CREDIT_LABELS:
        return True
    if word != _WRITER_LABEL:
        return False
    after = folded[token.end() :].lstrip(" \u3000\t")[:1]
    before = folded[: token.start()].rstrip(" \u3000\t")[-1:]
    return (
        (after != "" and after in _CREDIT_MARKS)
        or (before != "" and before in _CREDIT_MARKS)
        or (first and labelled)
    )


def name_variants(names: Iterable[str]) -> dict[str, set[str]]:
    """{printed name: other printed names in the same set that look like the same person}."""
    distinct = sorted({n for n in names if n})
    folded = [matching_copy(n).replace(" ", "") for n in distinct]  # once per name, not per pair
    variants: dict[str, set[str]] = {}
    for i, one in enumerate(distinct):
        for j in range(i + 1, len(distinct)):
            if _same_person(folded[i], folded[j]):
                other = distinct[j]
                variants.setdefault(one, set()).add(other)
                variants.setdefault(other, set()).add(one)
    return variants


def same_person(a: str, b: str) -> bool:
    """Do two printed names look like one person's spelt two ways (:func:`name_variants`'s
    rule, on their matching copies without spaces)?"""
    return _same_person(matching_copy(a).replace(" ", ""), matching_copy(b).replace(" ", ""))


def _same_person(a: str, b: str) -> bool:
    """Two folded names without spaces: the same, or one character apart (three or more)."""
    if a == b:
        return True
    if len(a) != len(b) or len(a) < 3 or a[0] != b[0]:
        return False
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1


def variant_finding(text: str, start: int, end: int, others: Iterable[str]) -> Finding:
    """A name printed at ``text[start:end]`` that the same issue also prints as ``others``."""
    name = text[start:end]
    also = "」「".join(sorted(others))
    return Finding(
        NAME_VARIANT,
        start,
        end,
        name,
        f"本期还有稿件署名「{also}」，与「{name}」只差一字（或繁简、全半角不同）："
        "请核对是不是同一个人，统一写法",
    )


def byline_variants(byline: str, variants: dict[str, set[str]], reporters=None) -> list[Finding]:
    """A finding on each name of ``byline`` (its ``reporters`` as the importer reads them, read
    here unless given: :func:`~articles.bylines.reporters_read`, ``陈玲玲林娟`` is 陈玲玲 and 林娟)
    that the issue also prints another way (``variants``: :func:`name_variants` of the issue's credited names,
    ``articles.proofing.issue_variants``), where it is
    printed (``彭  波`` for 彭波)."""
    # A piece's name is a reporter or "" (credit_pieces): none in ``variants``, nothing found.
    reporters = reporters_read(byline) if reporters is None and variants else reporters or ()
    if not variants or ("" not in variants and not any(n in variants for n in reporters)):
        return []
    found: list[Finding] = []
    at = 0
    for text, name in credit_pieces(byline, reporters):
        end = at + len(text)
        if name in variants and byline[at:end] == text:
            found.append(variant_finding(byline, at, end, variants[name]))
        at = end
    return found
