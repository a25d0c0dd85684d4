"""Characters lost to a narrower encoding: ``?`` where a Han character was.

A simplified-Chinese page saved as Big5 (or a traditional one saved as GB2312/GBK) has
characters that encoding lacks, and the saving program writes an ASCII ``?`` for each: the file
decodes cleanly (``城南新建社?公??放``) and nothing else tells it. Chinese prints the full-width
``？``; an ASCII ``?`` with a Han character on either side of it (a run of them too) is almost never
printed, while one after Latin text (``Why?``), in a URL (``?id=3``) or an English quote
(``??``) has no Han on both sides and is left alone.

:func:`lost_characters` finds them; the import warns about the page (:func:`lost_warning`,
the lines and the text around them, what probably happened and how to fix it), flags each line
for the editors (:func:`lost_flags`, among 请先核对), and refuses a page with many, as a page
full of replacement characters (``�``) is refused (:func:`lost_refusal`, the same threshold).
Standard library only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from articles.parsing.lineends import single_line_ends

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A run of ASCII question marks with a Han character right before and right after it.
_LOST_RE = re.compile(f"(?<=[{_HAN}])\\?+(?=[{_HAN}])")
# Lines quoted in the warning at most, and characters of text either side of a run.
_QUOTED_LINES = 3
_AROUND = 8
#: A page is refused past this many lost characters: more than 3, or more than one in a hundred
#: characters of its text, as a page of replacement characters is
#: (:func:`articles.parsing.decode_page`).
LOST_FEW = 3


@dataclass(frozen=True)
class LostLine:
    """A line (1-based, as the parser counts lines) with ``count`` question marks where
    characters were, and its text around the first of them (``shown``)."""

    line: int
    count: int
    shown: str
    text: str


def lost_characters(text: str) -> list[LostLine]:
    """The lines of ``text`` (a page's decoded text) with ASCII ``?`` between Han characters,
    in order; ``[]`` for a page with none (one regex scan when there is no ``?``)."""
    if "?" not in text or _LOST_RE.search(text) is None:
        return []
    found = []
    for number, line in enumerate(single_line_ends(text).splitlines(), start=1):
        runs = list(_LOST_RE.finditer(line))
        if runs:
            first = runs[0]
            start, end = max(0, first.start() - _AROUND), first.end() + _AROUND
            shown = (
                ("…" if start else "") + line[start:end].strip() + ("…" if end < len(line) else "")
            )
            count = sum(len(run.group()) for run in runs)
            found.append(LostLine(number, count, shown, line.strip()[:200]))
    return found


_WHAT_HAPPENED = (
    "中文排版只用全角问号“？”，汉字之间的半角“?”多半是文件另存为不含这些字的编码时，缺的字被换成了"
    "“?”（简体稿存成 Big5，或繁体稿存成 GB2312/GBK），原字已经丢失，靠这个文件找不回来"
)
_HOW_TO_FIX = "请从原稿（排版或采编系统）把这一版重新导出为 UTF-8 再导入"


def lost_warning(lost: list[LostLine], encoding: str) -> str:
    """The page's warning for ``lost`` (:func:`lost_characters`; ``encoding``: the one the page
    was read in), else ``""``: how many, the first lines with the text around them, what
    probably happened and how to fix it."""
    if not lost:
        return ""
    total = sum(item.count for item in lost)
    quoted = "；".join(f"第{item.line}行“{item.shown}”" for item in lost[:_QUOTED_LINES])
    more = f"等 {len(lost)} 行" if len(lost) > _QUOTED_LINES else ""
    read = f"（按 {encoding} 读入）" if encoding else ""
    return (
        f"版面文本{read}有 {total} 处汉字之间是半角问号“?”：{quoted}{more}。{_WHAT_HAPPENED}。"
        f"{_HOW_TO_FIX}；已导入的稿件发布前请逐处核对改正"
    )


def lost_flags(text: str) -> list[dict]:
    """Each line of ``text`` with lost characters as a stored flag (``Page.parser_flags``:
    ``{"line", "kind": "lost-characters", "message", "text"}``), for the editors' 请先核对."""
    return [
        {
            "line": item.line,
            "kind": "lost-characters",
            "message": f"汉字之间有 {item.count} 个半角问号“?”（“{item.shown}”）：多半是文件另存为"
            "不含这些字的编码时丢了字，请对照原稿改正",
            "text": item.text,
        }
        for item in lost_characters(text)
    ]


def lost_refusal(lost: list[LostLine], text: str, encoding: str) -> str:
    """Why a page with many lost characters (more than :data:`LOST_FEW`, and more than one in
    a hundred characters of ``text``, as a page of replacement characters) is refused, else
    ``""``."""
    total = sum(item.count for item in lost)
    if total <= max(LOST_FEW, len(text) // 100):
        return ""
    first = lost[0]
    read = f"按 {encoding} 读入，" if encoding else ""
    return (
        f"版面文本里满是汉字之间的半角问号“?”（{read}{total} 处，第{first.line}行起：“{first.shown}”）："
        f"{_WHAT_HAPPENED}。{_HOW_TO_FIX}；本版什么都没有写入"
    )
