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
# (（下转A2版左下）, （下转第二版中栏）, （上接A1版左上）, （下转第2版·要闻）): a corner or a column, or
# a short page name after a separating dot, colon, dash or space. Papers print it so a reader
# finds the part quickly; it changes nothing about the page.
# (Spaces only, never a line break: a bare marker's line, _BARE_LINE_RE, ends before it.)
_PLACE = (
    r"(?:[左右中][上下]?[方侧部角栏边]?|[上下][方部角]|[上下]半[版部]|中间|中央|头条|底部|顶部"
    r"|(?:第[ \t　]*)?[0-9０-９一二三四五六七八九十]{1,2}[ \t　]*栏)"
)
_TAIL = rf"(?:[ \t　]*{_PLACE}|[ \t　]*(?:[·•・．.:：\-—]|[ \t　])[ \t　]*[\u4e00-\u9fff]{{1,8}})?"
# Forward: 下转 / 转, and as papers of other regions and decades word it: 紧转 (（紧转第2版）),
# 转见 / 续见 (（续见第2版）, （續見A2）), 下接 (（下接第2版）), after 未完 (（未完，下转第2版）);
# and 见 alone (（见第二版）), which also points a reader to another story (a cross-reference):
# read as a jump only where a jump stands (:func:`_see_marker`).
_FORWARD_VERB = r"(?:(?P<pre>[下紧]\s*)?转(?:\s*见)?|(?P<lead_verb>续\s*见|下\s*接)|(?P<see>见))"
_FORWARD_RE = re.compile(
    rf"{_OPEN}\s*(?P<unfinished>未完(?:待续)?\s*[,、;:]?\s*)?{_FORWARD_VERB}"
    rf"\s*(?P<di>{_DI}\s*)?(?P<page>{_PAGE_NUM})\s*"
    rf"(?P<ban>{_PAGE_WORD}|{_MISREAD_BAN})?{_TAIL}\s*{_CLOSE}"
)
# Backward: 上接 / 接, also as some papers print it: 紧接 (（紧接第一版）), 续 (（续第二版）), 承 /
# 上承 (（承第一版）). 续 alone says no direction: Taiwan's and Hong Kong's papers print it where the
# story is cut off (``…各級幹部應把握此一成果，（續第四版）``, then ``（接第一版）`` on page 4),
# mainland papers where the part goes on; its place in the text decides (:func:`_xu_forward`).
_BACKWARD_RE = re.compile(
    rf"{_OPEN}\s*(?:(?P<pre>[上紧]\s*)?接|(?P<cheng>上\s*)?承|(?P<xu>续))\s*(?P<di>{_DI}\s*)?"
    rf"(?P<page>{_PAGE_NUM})\s*(?P<ban>{_PAGE_WORD}|{_MISREAD_BAN})?{_TAIL}\s*{_CLOSE}"
)
# A marker that names no page but the next or previous one (INPUT.md "Continuations"; some papers
# print it instead of a page label): （转下版）, （下转下版）, （转下页）, （下转次版）, （续见下版）,
# （接下版）, （续下页） (as 接下页 / 续下页 at the foot of a table that goes on overleaf: on the
# next page); （接上版）, （上接上版）, （接上页）, （续上版）, （紧接上版）, （承上版）. The page word
# is required.
_NEXT_RE = re.compile(
    rf"{_OPEN}\s*(?:未完(?:待续)?\s*[,、;:]?\s*)?"
    rf"(?:(?:[下紧]\s*)?转(?:\s*见)?|续(?:\s*见)?|(?:下\s*)?接)\s*[下次]\s*(?:{_PAGE_WORD})\s*{_CLOSE}"
)
_PREVIOUS_RE = re.compile(
    rf"{_OPEN}\s*(?:(?:[上紧]\s*)?接|(?:上\s*)?承|续)\s*上\s*(?:{_PAGE_WORD})\s*{_CLOSE}"
)
# A page label with its section letter (A2, B12, Ａ３) is a page's own name: enough for a marker
# without 下/上, 第 or 版 (（转A2）, （接B3）), where a bare number (（转3）) is not. Sections run
# A to F; a road's or a train's name (（转G15）, S38, K8) is no page.
_LETTERED_LABEL_RE = re.compile(r"[A-Fa-fＡ-Ｆａ-ｆ]\s*[0-9０-９]{1,2}")
# Such a marker must also stand where a marker stands (a bus line （转B11） inside a sentence is
# none): a forward one ends its line (sentence punctuation may follow), a backward one opens it.
_LINE_END_RE = re.compile(r"[\s。，、；：！？…．.,;:!?”’」』]*(?:\n|$)")
# What a text cut off by a forward marker ends with before it: an unfinished sentence's comma, 、,
# semicolon or colon, or a finished sentence's stop, quote or bracket.
_CUT_OFF_PUNCTUATION = "，、；：,;:。！？!?…”’」』）)"
_OPEN_BRACKET_AT_END_RE = re.compile(r"[（(〔【\[][^）)〕】\]]*$")
# A marker printed without round or square brackets, as the whole of its line (INPUT.md
# "Continuations": a marker may stand on its own line): ``上接第一版``, ``〈上接第一版〉``, ``▲下转第二版``,
# ``接第1版``, ``续第一版``, ``——下转第二版``, ``下转第二版。``, ``上接第一版▲``. The whole line must be
# the marker — 下转/紧转/续见/下接, 上接/紧接/上承, or 转/接/续/承 with 第, then the page, its page
# word and where on it (_TAIL: ``下转A2版左下``) — with at most one lead ornament or dash, angle
# brackets, one closing stop and one trailing ornament, so prose (``上接第一版的报道…``,
# ``续写第一版…``) is none.
_BARE_LEAD = r"(?:[▲△▼▽■□●○◆◇★☆◎※→]|——|—|--)"
_BARE_TAIL = r"[。．.]?[ \t　]*[▲△▼▽■□●○◆◇★☆◎※←]?"
_BARE_LINE_RE = re.compile(
    rf"^[ \t　]*{_BARE_LEAD}?[ \t　]*[〈<《]?[ \t　]*"
    rf"(?:(?P<forward>[下紧][ \t　]*转|续[ \t　]*见|下[ \t　]*接|转(?=[ \t　]*{_DI}))"
    rf"|(?P<backward>[上紧][ \t　]*接|上[ \t　]*承|[接续承](?=[ \t　]*{_DI})))"
    rf"[ \t　]*(?P<page>(?:{_DI}[ \t　]*)?{_PAGE_NUM})[ \t　]*(?P<ban>{_PAGE_WORD}|{_MISREAD_BAN})"
    rf"{_TAIL}[ \t　]*[〉>》]?"
    rf"[ \t　]*{_BARE_TAIL}[ \t　]*$",
    re.M,
)
# The verbs a marker holds, by direction (forward: 转, 见 in 续见 / 见, 接 in 下接 / 接下版, 续 in
# 续下页; backward: 接, 续, 承), and every character that folds to one (轉, 見, 續 too): a text
# whose fold holds a marker holds one of these.
MARKER_VERBS = {"forward": "转见接续", "backward": "接续承"}
_VERB_CHARS = sorted({c for verbs in MARKER_VERBS.values() for v in verbs for c in folding_to(v)})
_MARKER_VERB_RE = re.compile("[" + "".join(map(re.escape, _VERB_CHARS)) + "]")


def _marker_label(match: re.Match) -> str | None:
    # "(转3)", "(续3)" alone are too weak to be a marker (a bracketed number is common in text);
    # want 下/上/紧 (or 续见, 下接, 上承, 未完), 第, the page word or a section letter (（转A2）).
    if not (
        match.group("di")
        or match.group("ban")
        or _worded_as_marker(match)
        or (_LETTERED_LABEL_RE.fullmatch(match.group("page")) and _placed(match))
    ):
        return None
    if match.groupdict().get("see") and not _see_marker(match):
        return None
    if match.group("ban") == _MISREAD_BAN and not _misread_ban_marker(match):
        return None
    try:
        return normalize_label(match.group("page"))
    except LabelError:
        return None


def _see_marker(match: re.Match) -> bool:
    """True when ``match``, a forward marker worded 见 alone (（见第二版）, （见A2）), is a jump
    and no cross-reference: it ends its line right after an unfinished sentence (a comma, 、,
    a semicolon or a colon before it: ``沿线设站十八个，（见第二版）``), where a paper cuts a story
    off; a cross-reference follows a finished sentence or stands inside one
    (``…全部完工。（见第二版）``, ``本报昨日报道（见第二版）后，…``), and 详见 / 参见 point to
    another story, never a part of this one. 板 for 版 is no 见 marker (too weak twice)."""
    if match.group("ban") == _MISREAD_BAN or not _placed(match):
        return False
    text, at = match.string, match.start()
    floor = max(0, at - 8)  # (a few spaces at most: bounded, so many markers stay linear)
    while at > floor and text[at - 1] in " \t\u3000":
        at -= 1
    return at > 0 and text[at - 1] in ",、;:，；："


def _misread_ban_marker(match: re.Match) -> bool:
    """True when ``match``, a bracketed marker whose page word is 板 (OCR's misreading of 版),
    still says it is a marker: 下转/上接/紧接/上承 (（上接第一板）), 续见/下接, or 转 with 第
    (（转第3板）). A bare 接/续/承 with 第 and 板 (（接第三板）: a table-tennis stroke) is none."""
    if _worded_as_marker(match):
        return True
    return match.re is _FORWARD_RE and bool(match.group("di")) and not match.group("see")


def _worded_as_marker(match: re.Match) -> bool:
    """True when ``match``'s wording alone says it is a marker: 下转/紧转, 上接/紧接, 续见/下接,
    上承, or 未完 before the verb (the bare verb, 转/接/续/承/见, does not)."""
    groups = match.groupdict()
    return any(groups.get(name) for name in ("pre", "lead_verb", "cheng", "unfinished"))


def _placed(match: re.Match) -> bool:
    """True when ``match`` stands at a marker's place in its line: its end, or its start."""
    text = match.string
    if match.re is _FORWARD_RE:
        return _LINE_END_RE.match(text, match.end()) is not None
    at = match.start()  # (back over the spaces before it only: linear over many markers)
    while at > 0 and text[at - 1] != "\n" and text[at - 1].isspace():
        at -= 1
    return at == 0 or text[at - 1] == "\n"


def _xu_forward(match: re.Match) -> bool:
    """True when ``match``, a bracketed marker worded 续 alone (（續第四版）), is a forward one:
    it ends its line right after punctuation of a text on that line (``…把握此一成果，（續第四版）``,
    ``…全部完工。（續第二版）``), where a paper cuts a story off: a backward marker opens a text
    (INPUT.md "Continuations"). At a line's start (``（续第二版）繼續…``), alone on its line, or
    glued to a title's last word (``某師完成測驗（續第一版）``) it stays backward."""
    if match.re is not _BACKWARD_RE or not match.groupdict().get("xu"):
        return False
    text, at = match.string, match.start()
    if _LINE_END_RE.match(text, match.end()) is None:
        return False
    floor = max(0, at - 8)  # (a few spaces at most: bounded, so many markers stay linear)
    while at > floor and text[at - 1] in " \t\u3000":
        at -= 1
    return at > 0 and text[at - 1] in _CUT_OFF_PUNCTUATION


def find_markers(text: str) -> list[tuple[int, int, Marker]]:
    """Every continuation marker in ``text`` as ``(start, end, Marker)``, in order."""
    found = []
    if _MARKER_VERB_RE.search(text) is None:  # (most lines: no verb, nothing to fold)
        return found
    folded = fold(text)
    for direction, pattern in (("forward", _FORWARD_RE), ("backward", _BACKWARD_RE)):
        if not any(verb in folded for verb in MARKER_VERBS[direction]):
            continue
        for match in pattern.finditer(folded):
            label = _marker_label(match)
            if label:
                printed = text[match.start() : match.end()]
                way = "forward" if _xu_forward(match) else direction
                found.append((match.start(), match.end(), Marker(way, label, printed)))
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
