"""Continuation markers (INPUT.md "Continuations (jumps)"): ``（下转A2版）``, ``（上接第一版）``,
and those naming only the next or previous page (``（转下版）``, ``（接上版）``).

Matched on the folded copy (:func:`articles.text.fold`, same length as the printed text), so the
offsets found there cut the printed text; traditional forms (轉, 續) fold to the simplified ones.
"""

from __future__ import annotations

import re

from articles.labels import LabelError, normalize_label
from articles.parsing.results import Marker
from articles.text import fold, folding_to

_PAGE_NUM = r"[A-Za-zＡ-Ｚａ-ｚ]{0,2}\s*[0-9０-９〇零一二两三四五六七八九十百]{1,6}"
_OPEN = r"[（(〔【\[]"
_CLOSE = r"[）)〕】\]]"
# The page word: 版 or 面, or 页 as some papers print it (（下转第二页）, （上接第1页）); and 板, OCR's
# commonest misreading of 版 (（上接第一板）), only where the rest says it is a marker (a
# table-tennis stroke, （接第三板）, is none: :func:`_misread_ban_marker`).
_PAGE_WORD = r"版|面|页|頁"
_MISREAD_BAN = "板"
# 第, or 笫, OCR's commonest misreading of it (（下轉笫四版）): 笫 is no word of running text.
_DI = r"[第笫]"
# Where on the page, or under which page name, the story goes on or came from, after the page
# (（下转A2版左下）, （下转第二版中栏）, （下转第2版·要闻）): a corner or a column, or
# a short page name after a separating dot, colon, dash or space. Papers print it so a reader
# finds the part quickly; it changes nothing about the page.
# (Spaces only, never a line break: a bare marker's line, _BARE_LINE_RE, ends before it.)
_PLACE = (
    r"(?:[左右中][上下]?[方侧部角栏边]?|[上下][方部角]|[上下]半[版部]|中间|中央|头条|底部|顶部"
    r"|(?:第[ \t　]*)?[0-9０-９一二三四五六七八九十]{1,2}[ \t　]*栏)"
)
_TAIL = rf"(?:[ \t　]*{_PLACE}|[ \t　]*(?:[·•・．.:：\-—]|[ \t　])[ \t　]*[\u4e00-\u9fff]{{1,8}})?"
_FORWARD_RE = re.compile(
    rf"{_OPEN}\s*(?P<pre>下\s*)?[转轉]\s*(?P<di>{_DI}\s*)?(?P<page>{_PAGE_NUM})\s*"
    rf"(?P<ban>{_PAGE_WORD}|{_MISREAD_BAN})?{_TAIL}\s*{_CLOSE}"
)
# Backward: 上接 / 接, also as some papers print it: 紧接 (（紧接第一版）), 续 (（续第二版）).
_BACKWARD_RE = re.compile(
    rf"{_OPEN}\s*(?:(?P<pre>[上紧]\s*)?接|续)\s*(?P<di>{_DI}\s*)?(?P<page>{_PAGE_NUM})\s*"
    rf"(?P<ban>{_PAGE_WORD}|{_MISREAD_BAN})?\s*{_CLOSE}"
)
# A marker that names no page but the next or previous one (INPUT.md "Continuations"; some papers
# print it instead of a page label): （转下版）, （下转下版）, （转下页）, （下转次版）; （接上版）,
# （上接上版）, （接上页）, （续上版）, （紧接上版）. The page word is required.
_NEXT_RE = re.compile(rf"{_OPEN}\s*(?:下\s*)?[转轉]\s*[下次]\s*(?:{_PAGE_WORD})\s*{_CLOSE}")
_PREVIOUS_RE = re.compile(rf"{_OPEN}\s*(?:(?:[上紧]\s*)?接|续)\s*上\s*(?:{_PAGE_WORD})\s*{_CLOSE}")
# A page label with its section letter (A2, B12, Ａ３) is a page's own name: enough for a marker
# without 下/上, 第 or 版 (（转A2）, （接B3）), where a bare number (（转3）) is not. Sections run
# A to F; a road's or a train's name (（转G15）, S38, K8) is no page.
_LETTERED_LABEL_RE = re.compile(r"[A-Fa-fＡ-Ｆａ-ｆ]\s*[0-9０-９]{1,2}")
# Such a marker must also stand where a marker stands (a bus line （转B11） inside a sentence is
# none): a forward one ends its line (sentence punctuation may follow), a backward one opens it.
_LINE_END_RE = re.compile(r"[\s。，、；：！？…．.,;:!?”’」』]*(?:\n|$)")
_OPEN_BRACKET_AT_END_RE = re.compile(r"[（(〔【\[][^）)〕】\]]*$")
# A marker printed without round or square brackets, as the whole of its line (INPUT.md
# "Continuations": a marker may stand on its own line): ``上接第一版``, ``〈上接第一版〉``, ``▲下转第二版``,
# ``接第1版``, ``续第一版``, ``——下转第二版``, ``下转第二版。``, ``上接第一版▲``. The whole line must be
# the marker — 下转/上接/紧接 or 转/接/续 with 第, then the page, its page word and where on it
# (_TAIL: ``下转A2版左下``) — with at most one lead ornament or dash, angle brackets, one closing
# stop and one trailing ornament, so prose (``上接第一版的报道…``, ``续写第一版…``) is none.
_BARE_LEAD = r"(?:[▲△▼▽■□●○◆◇★☆◎※→]|——|—|--)"
_BARE_TAIL = r"[。．.]?[ \t　]*[▲△▼▽■□●○◆◇★☆◎※←]?"
_BARE_LINE_RE = re.compile(
    rf"^[ \t　]*{_BARE_LEAD}?[ \t　]*[〈<《]?[ \t　]*"
    rf"(?:(?P<forward>下[ \t　]*转|转(?=[ \t　]*{_DI}))"
    rf"|(?P<backward>[上紧][ \t　]*接|[接续](?=[ \t　]*{_DI})))"
    rf"[ \t　]*(?P<page>(?:{_DI}[ \t　]*)?{_PAGE_NUM})[ \t　]*(?P<ban>{_PAGE_WORD}|{_MISREAD_BAN})"
    rf"{_TAIL}[ \t　]*[〉>》]?"
    rf"[ \t　]*{_BARE_TAIL}[ \t　]*$",
    re.M,
)
# Every character that folds to 转, 接 or 续 (轉 too): a text whose fold holds a marker holds one.
_VERBS = {"forward": "转", "backward": "接续"}
_VERB_CHARS = sorted({c for verb in "转接续" for c in folding_to(verb)})
_MARKER_VERB_RE = re.compile("[" + "".join(map(re.escape, _VERB_CHARS)) + "]")


def _marker_label(match: re.Match) -> str | None:
    # "(转3)", "(续3)" alone are too weak to be a marker (a bracketed number is common in text);
    # want 下/上/紧, 第, the page word or a section letter (（转A2）).
    if not (
        match.group("pre")
        or match.group("di")
        or match.group("ban")
        or (_LETTERED_LABEL_RE.fullmatch(match.group("page")) and _placed(match))
    ):
        return None
    if match.group("ban") == _MISREAD_BAN and not _misread_ban_marker(match):
        return None
    try:
        return normalize_label(match.group("page"))
    except LabelError:
        return None


def _misread_ban_marker(match: re.Match) -> bool:
    """True when ``match``, a bracketed marker whose page word is 板 (OCR's misreading of 版),
    still says it is a marker: 下转/上接/紧接 (（上接第一板）), or 转 with 第 (（转第3板）). A bare
    接/续 with 第 and 板 (（接第三板）: a table-tennis stroke) is none."""
    return bool(match.group("pre")) or (match.re is _FORWARD_RE and bool(match.group("di")))


def _placed(match: re.Match) -> bool:
    """True when ``match`` stands at a marker's place in its line: its end, or its start."""
    text = match.string
    if match.re is _FORWARD_RE:
        return _LINE_END_RE.match(text, match.end()) is not None
    at = match.start()  # (back over the spaces before it only: linear over many markers)
    while at > 0 and text[at - 1] != "\n" and text[at - 1].isspace():
        at -= 1
    return at == 0 or text[at - 1] == "\n"


def find_markers(text: str) -> list[tuple[int, int, Marker]]:
    """Every continuation marker in ``text`` as ``(start, end, Marker)``, in order."""
    found = []
    if _MARKER_VERB_RE.search(text) is None:  # (most lines: no 转 or 接, nothing to fold)
        return found
    folded = fold(text)
    for direction, pattern in (("forward", _FORWARD_RE), ("backward", _BACKWARD_RE)):
        if not any(verb in folded for verb in _VERBS[direction]):
            continue
        for match in pattern.finditer(folded):
            label = _marker_label(match)
            if label:
                printed = text[match.start() : match.end()]
                found.append((match.start(), match.end(), Marker(direction, label, printed)))
        found.extend(_relative_markers(text, folded, direction))
    if "\n" in text or len(text) <= 16:  # (a bare marker line is short)
        found.extend(_bare_markers(text, folded, found))
    found.sort(key=lambda item: item[0])
    return found


def _bare_markers(
    text: str, folded: str, found: list[tuple[int, int, Marker]]
) -> list[tuple[int, int, Marker]]:
    """The markers of ``folded`` printed without brackets as a whole line (``_BARE_LINE_RE``),
    those overlapping none of ``found``; the marker's span is the whole stripped line."""
    bare = []
    for match in _BARE_LINE_RE.finditer(folded):
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        end = match.start() + len(match.group().rstrip())
        if any(s < end and start < e for s, e, _ in found):
            continue
        backward = match.group("backward")
        if match.group("ban") == _MISREAD_BAN and backward and backward[0] not in "上紧":
            continue  # 板 read for 版 (_misread_ban_marker): 接第三板 alone is a stroke
        try:
            label = normalize_label(match.group("page").lstrip("第笫 \t　"))
        except LabelError:
            continue
        direction = "forward" if match.group("forward") else "backward"
        bare.append((start, end, Marker(direction, label, text[start:end])))
    return bare


def _relative_markers(text: str, folded: str, direction: str) -> list[tuple[int, int, Marker]]:
    """The markers of ``folded`` naming the next (forward) or previous (backward) page, with
    label ``""`` and ``relative`` +1 / -1 (:class:`~articles.parsing.results.Marker`)."""
    pattern, step = (_NEXT_RE, 1) if direction == "forward" else (_PREVIOUS_RE, -1)
    return [
        (m.start(), m.end(), Marker(direction, "", text[m.start() : m.end()], relative=step))
        for m in pattern.finditer(folded)
    ]


def marker_cut_at_end(line: str, following: str) -> bool:
    """True when ``line`` ends with the first part of a marker that ``following`` completes."""
    if not following:
        return False
    tail = line[-12:]
    if not _OPEN_BRACKET_AT_END_RE.search(tail):
        return False  # no bracket left open at the end of the line
    joined = tail + following[:12]
    return any(start < len(tail) < end for start, end, _ in find_markers(joined))


def open_bracket_at_end(text: str) -> bool:
    """True when ``text`` ends inside a bracket (``本报讯（记者 何``): it goes on on the next line."""
    return _OPEN_BRACKET_AT_END_RE.search(text[-40:]) is not None
