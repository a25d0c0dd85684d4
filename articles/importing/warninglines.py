"""The parser's warnings as an import report says them, in Chinese: each one
(:func:`warning_in_chinese`), a report's list with alike ones said once
(:func:`warnings_in_chinese`), and a parse's stray forward markers counted in full though the
parser lists only its first warnings (:func:`strays_counted`). Pure text: no models."""

from __future__ import annotations

import re
from collections import Counter

# The parser's warnings (articles/parsing/reader.py, page.py: English in the report), in Chinese.
_WARNINGS = [
    (
        re.compile(r"^title lines with no story to attach to: (.*)$"),
        r"这些标题行找不到可归属的稿件，已放在一边：\1（请核对是否漏了正文）",
    ),
    (  # (a teaser's target with no title: set aside, not a teaser; teasers.py)
        re.compile(r"^line (\d+): teaser (.*) has no title lines above it; set aside$"),
        r"第\1行：导读“\2”上面没有标题行，不算导读，已放在一边（请核对）",
    ),
    (
        re.compile(r"^line (\d+): teaser (.*) has no title line; set aside$"),
        r"第\1行：导读“\2”下面没有它的标题行，不算导读，已放在一边（请核对）",
    ),
    (  # (as parser versions before 32 said them, the teaser kept: stored reports)
        re.compile(r"^line (\d+): teaser (.*) has no title lines above it$"),
        r"第\1行：导读“\2”上面没有标题行（请核对）",
    ),
    (  # (a target-first teaser, ``■A5 海港新区``, whose next line is no title: teasers.py)
        re.compile(r"^line (\d+): teaser (.*) has no title line$"),
        r"第\1行：导读“\2”下面没有它的标题行（请核对）",
    ),
    (
        re.compile(r"^line (\d+): (.*) follows no text; set aside$"),
        r"第\1行：转版标记“\2”前面没有正文，已放在一边（请核对）",
    ),
    (
        re.compile(r"^(\d+) more warnings not listed$"),
        r"还有 \1 条提示未列出",
    ),
    (
        re.compile(r"^line (\d+): a backward marker (.*) is followed by no text$"),
        r"第\1行：接续标记“\2”后面没有正文（请核对）",
    ),
    (  # (as parser versions before 29 said it, without its line: stored reports)
        re.compile(r"^a backward marker (.*) is followed by no text$"),
        r"接续标记“\1”后面没有正文（请核对）",
    ),
]


def warning_in_chinese(line: str) -> str:
    """A warning of an import report in Chinese (:data:`_WARNINGS`); a warning already in
    Chinese (the PDF's) as it is; one counting alike ones (``line 3 and 2998 more: …``,
    :func:`strays_counted`) as ``第3行等 2,999 处：…``."""
    counted = _AND_MORE.match(line)
    if counted:
        one = warning_in_chinese(f"line {counted[1]}: {counted[3]}")
        at = f"第{counted[1]}行："
        if one.startswith(at):
            return f"第{counted[1]}行等 {int(counted[2]) + 1:,} 处：{one.removeprefix(at)}"
    for pattern, chinese in _WARNINGS:
        if pattern.match(line):
            return pattern.sub(chinese, line)
    return line


_AT_LINE = re.compile(r"^第(\d+)行(?:等 ([\d,]+) 处)?：")
_STRAY = re.compile(r"^line (\d+): (.*) follows no text; set aside$")
_NOT_LISTED = re.compile(r"^(\d+) more warnings not listed$")
_AND_MORE = re.compile(r"^line (\d+) and (\d+) more: (.*)$")


def strays_counted(warnings: list[str], set_aside) -> list[str]:
    """A parse's ``warnings`` (English, as :attr:`ParsedPage.warnings`) with its stray forward
    markers counted in full: the parser lists its first fifty warnings and counts the rest
    (``2949 more warnings not listed``), but every stray marker (``line 3: （下转A2版） follows no
    text; set aside``) is also a set-aside line of its own (``set_aside``: the parse's
    ``SetAside`` entries; reason ``unplaced``, the marker's text). The strays of one marker
    listed become one warning at the first one's line, counting them all (``line 3 and 2998
    more: …``, :func:`warning_in_chinese` says ``第3行等 2,999 处：…``), and the count of those
    not listed drops by the ones now counted. Warnings not cut short are returned as given."""
    more = _NOT_LISTED.match(warnings[-1]) if warnings else None
    strays = [(found[1], found[2]) for w in warnings if (found := _STRAY.match(w))]
    if more is None or not strays:
        return warnings
    listed = Counter(text for _, text in strays)
    total = Counter(s.text for s in set_aside if s.reason == "unplaced" and s.text in listed)
    counted = {text: max(total[text], n) for text, n in listed.items()}
    said, seen = [], set()
    for line in warnings[:-1]:
        found = _STRAY.match(line)
        if found is None:
            said.append(line)
        elif found[2] not in seen:
            seen.add(found[2])
            rest = line.split(": ", 1)[1]
            said.append(f"line {found[1]} and {counted[found[2]] - 1} more: {rest}")
    left = int(more[1]) - sum(counted[text] - n for text, n in listed.items())
    return said + ([f"{left} more warnings not listed"] if left > 0 else [])


def warnings_in_chinese(warnings: list[str]) -> list[str]:
    """A report's ``warnings`` in Chinese (:func:`warning_in_chinese`), the same warning said
    once: those alike but for their line number (``第3行：…``) as one line at the first line,
    counted (``第3行等 2,999 处：转版标记“（下转A2版）”前面没有正文，已放在一边（请核对）``), and a
    warning given twice or more word for word once, counted (``…（共 3 处）``). In the order of
    each one's first; a page of thousands of stray markers then reads as one line, not the
    parser's first fifty. The parser's own count of those it did not list
    (``还有 2949 条提示未列出``) stays as it is."""
    groups: dict[str, list] = {}  # the warning without its line number: [first line, count]
    for line in warnings:
        chinese = warning_in_chinese(line)
        at = _AT_LINE.match(chinese)
        key = chinese[at.end() :] if at else chinese
        group = groups.setdefault(key, [at and at[1], 0, chinese])
        group[1] += int(at[2].replace(",", "")) if at and at[2] else 1
    said = []
    for key, (first, count, chinese) in groups.items():
        if count == 1 or (first and chinese.startswith(f"第{first}行等 {count:,} 处")):
            said.append(chinese)
        elif first:
            said.append(f"第{first}行等 {count:,} 处：{key}")
        else:
            said.append(f"{key}（共 {count:,} 处）")
    return said
