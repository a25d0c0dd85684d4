"""What the parser was unsure of on a page, as stored with it (``Page.parser_flags``) and said
to editors: :func:`stored_flags` makes the entries from a parse and the page's raw text,
:func:`flag_line` says one as the desk does, :func:`set_aside_reason` names why a line was set
aside. Moved out of :mod:`articles.importing.reports` (which still offers these names).
"""

from __future__ import annotations

import re

from articles.importing.lostchars import lost_flags
from articles.importing.ocrheads import ocr_head_flags
from articles.parsing import find_markers
from articles.parsing.lineends import single_line_ends
from articles.parsing.page import UNPRINTED_RE

# Flags kept per page at most (an archive sets aside thousands of lines); one more counts the rest.
MAX_FLAGS = 100
_PRINTED_LENGTH = 200
# A set-aside line "looks like text" when it has this many Han characters and sentence or clause
# punctuation: furniture (stamps, staff lines, navigation) rarely has both.
_TEXT_HAN = 16
_MARKER_LINE = 30  # characters: a marker alone on its line is short
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CLAUSE = re.compile(r"[。！？；，]")


def _marker_alone(text: str) -> bool:
    """Whether ``text`` is one continuation marker and nothing else (``（下转第3版）``): a stray
    marker the parser set aside and warned about at its line (``转版标记…前面没有正文``,
    ``接续标记…后面没有正文``), not a line of text that no story took."""
    found = find_markers(text) if len(text) <= _MARKER_LINE else []
    return len(found) == 1 and found[0][0] == 0 and found[0][1] == len(text)


#: The kind of a stored flag for a continuation marker alone on its line that no story took
#: (``（下转A2版）`` before any text): the desk's 请先核对 lists it and counts it on its home;
#: ``import_pages`` says it once, as the parser's warning at its line, not again as a flag.
STRAY_MARKER = "stray-marker"
_STRAY_MESSAGE = (
    "转版标记没有接上任何稿件（前后没有它的正文，已放在一边）：请核对这一版的文字是否完整"
)


def flags_beside_warnings(flags: list[dict]) -> list[dict]:
    """The stored ``flags`` an import report lists beside its warnings: all but a stray
    marker's (:data:`STRAY_MARKER`), which the parser's warning at its line says already
    (``第7行：接续标记“（上接第1版）”后面没有正文（请核对）``). What ``import_pages`` prints and the
    desk's upload preview lists; the page's own 请先核对 (no warnings beside it) lists them all."""
    return [flag for flag in flags if flag.get("kind") != STRAY_MARKER]


#: What a set-aside line of HTML tags is called (:func:`set_aside_reason`).
WEB_CODE = "网页代码（HTML 标签，已原样存档，不进稿件）"
_HTML_TAG = re.compile(r"<\s*/?\s*[A-Za-z!][^<>]*>")

# Why the parser set a line aside (``SetAside.reason``, a slug from articles/parsing/), in Chinese.
SET_ASIDE_REASONS = {
    "unplaced": "放不进任何稿件的行",
    "photo-label": "图片标注",
    "picture-placeholder": "图片占位（[图片]）",
    "caption-mark": "图片说明的标记",
    "item-mark": "简讯条目的标记（■本报讯）",
    "archive-separator": "存档分隔线",
    "repeated-title": "重复印出的标题",
    "original-title": "原标题说明",
    "masthead": "报头",
    "page-header": "版头",
    "page-section": "版名",
    "page-label": "版次",
    "page-stamp": "报眉（日期、版次）",
    "page-list": "版面目录",
    "navigation": "导航",
    "website": "网址",
    "english-date": "英文日期",
    "copyright": "版权声明",
    "source": "稿件来源",
    "staff": "编辑人员署名（责任编辑等）",
    "weather": "天气预报",
    "briefs-label": "简讯栏目名",
    "box-label": "栏目框名（如【城事速览】）",
    "contents": "导读要目（未注明版次的条目）",
    "teaser-untitled": "导读的版次（上下没有它的标题）",
    "own-page-teaser": "指向本版自己的导读或版头（不是导读，不作链接）",
    "data-box": "数据框",
    "language-box": "民族语文小栏目（每日一句等）",
    "advert": "广告",
    "personals": "征婚交友栏（鹊桥等）",
    "family-notice": "家属鸣谢启事（丧事致谢）",
    "scan-noise": "扫描杂点",
    "slogan": "标语",
    "contributions-call": "本版征稿说明（欢迎投稿）",
    "disclaimer": "免责声明（仅供参考、风险自担）",
    "pinyin": "拼音注音行（印在汉字行下的拼音）",
}
_OLD_REASON = re.compile(r"解析时作为“([a-z-]+)”放在一边")


def set_aside_reason(slug: str, text: str = "") -> str:
    """Why a line was set aside, in Chinese (:data:`SET_ASIDE_REASONS`); a reason not listed
    there (a new one the parser gained) as ``其他（slug）``. ``text``: the line set aside, when
    at hand: HTML pasted into a page (``<script>``, ``<img onerror>``), which the parser sets aside
    with the archive's separators, is named for what it is (:data:`WEB_CODE`)."""
    if slug == "archive-separator" and _HTML_TAG.search(text):
        return WEB_CODE
    return SET_ASIDE_REASONS.get(slug) or f"其他（{slug}）"


def flags_for_editors(flags: list[dict]) -> list[dict]:
    """Stored flags (``Page.parser_flags``) as the desk shows them: a flag stored before the
    set-aside reasons were said in Chinese names its reason in Chinese."""
    return [
        {
            **flag,
            "message": _OLD_REASON.sub(
                lambda m: f"解析时当作“{set_aside_reason(m[1])}”放在一边", flag.get("message", "")
            ),
        }
        for flag in flags
    ]


def flag_line(flag: dict) -> str:
    """A stored flag as one line, as the desk says it (no code: that is ``--json``'s): ``第12行：
    标题可能属于上下两篇稿件：“……”``; a line the message quotes already is not quoted again."""
    where = f"第{flag['line']}行：" if flag.get("line") else ""
    message, text = flag["message"], flag.get("text") or ""
    if not text or f"“{text}”" in message:  # the message already quotes its line
        return f"{where}{message}"
    return f"{where}{message.removesuffix('。')}：“{text}”"


def stored_flags(parsed, text: str) -> list[dict]:
    """What the parser was unsure of on a page, as stored with it (``Page.parser_flags``) and
    listed in its import report: ``[{"line", "kind", "message", "text"}]`` in line order.

    ``line`` is 1-based in ``text`` (the page's raw text, lines split as the parser splits them);
    ``text`` is that line as printed (control characters and a terminal's colour codes left out,
    as the parser leaves them out; cut to 200 characters). The entries are the parse's own
    flags (``parsed.flags``: ``Flag(line, kind, message)``; a parse without them has none) and
    every set-aside line that looks like text (``set-aside-text``): one the parser could not
    place, or one with 16 Han characters and sentence punctuation, whatever its reason; a
    continuation marker alone that no story took (:data:`STRAY_MARKER`); and each
    line with ``?`` between Han characters (``lost-characters``:
    :func:`~articles.importing.lostchars.lost_flags`); each story whose title reads as OCR debris
    (``ocr-headline``: :func:`~articles.importing.ocrheads.ocr_head_flags`). At most
    :data:`MAX_FLAGS` are kept; a last entry (``line`` 0, ``more``) says how many more there were.
    """
    lines = single_line_ends(text).splitlines()  # (as page_lines splits: CR, U+2028, CRCRLF)

    def printed(number: int) -> str:
        if not 0 < number <= len(lines):
            return ""
        # (without the control characters and terminal codes the parser read it without)
        return UNPRINTED_RE.sub("", lines[number - 1]).strip()[:_PRINTED_LENGTH]

    flags = [
        {"line": f.line, "kind": f.kind, "message": f.message, "text": printed(f.line)}
        for f in getattr(parsed, "flags", ()) or ()
    ]
    flagged = {flag["line"] for flag in flags}
    for line in parsed.set_aside:
        if line.line in flagged:
            continue
        if line.reason == "unplaced" and _marker_alone(line.text.strip()):
            kind, message = STRAY_MARKER, _STRAY_MESSAGE
        elif _looks_like_text(line.text, line.reason):
            kind = "set-aside-text"
            message = (
                "这一行像正文，却没有收入任何稿件（解析时当作“"
                f"{set_aside_reason(line.reason, line.text)}”放在一边）：请核对它是否属于某篇稿件"
            )
        else:
            continue
        flagged.add(line.line)
        text_printed = printed(line.line) or line.text.strip()[:_PRINTED_LENGTH]
        flags.append({"line": line.line, "kind": kind, "message": message, "text": text_printed})
    flags.extend(lost_flags(text))  # (characters lost to a narrower encoding: 社?公??放)
    flags.extend(ocr_head_flags(parsed, text))  # (titles that read as OCR debris: - 寢Eg 站尺)
    flags.sort(key=lambda flag: flag["line"])
    if len(flags) > MAX_FLAGS:
        more = len(flags) - MAX_FLAGS
        flags = flags[:MAX_FLAGS]
        flags.append(
            {"line": 0, "kind": "more", "message": f"还有 {more} 处存疑未列出", "text": ""}
        )
    return flags


def _looks_like_text(text: str, reason: str) -> bool:
    if reason == "unplaced":  # (a stray marker alone is flagged as such first: STRAY_MARKER)
        return bool(text.strip())
    return len(_HAN.findall(text)) >= _TEXT_HAN and bool(_CLAUSE.search(text))
