"""A page whose text runs on one very long line: the report's warning that the page looks broken.

A printed page has many lines, and page text keeps them: a paragraph a line, or (web archives,
app pages: INPUT.md, "Encoding and layout") a whole story on one line with its paragraphs
parted by runs of spaces, which the parser splits. A line far longer than any of those is an
export that lost its line breaks (整版的文字连成了一行), a web page's or an app's data copied as
one line (its breaks written as the two characters ``\\n``), or several pages run together.
The parser still reads it (one story, or as many as the gaps part), so the page is imported, but
the report says what it found and how to get the page's text again
(:func:`long_line_warning`), in the command's output, its ``--json`` and the desk's upload as
any page warning (:meth:`~articles.importing.preparing.Prepared.parse_warnings`).

Line breaks are the parser's (:func:`str.splitlines`, as
:func:`~articles.parsing.page.page_lines` splits): a page of an old Mac's CR, of U+2028 or
U+2029 line separators is read line by line and is no long line, and a file whose line ends
were converted twice (CR CR LF: :func:`~articles.parsing.lineends.single_line_ends`) has the
parser's line numbers.

The thresholds come from the pages we have (measured 2026-12-04 on all 809 text pages of
tests/data, ../shared/realpages and ../shared/repros): the longest line is 901 characters (a
1949 paper's dispatch printed as one paragraph, 申报); app and e-paper pages that print a story
on one line have lines up to 673 characters, parted by gaps into paragraphs of at most 181; a
whole page holds at most 6,622 characters (a broadsheet page prints up to about 15,000).
"""

from __future__ import annotations

import re

from articles.parsing.lineends import single_line_ends

#: Characters on one line without a paragraph gap (a tab, a full-width space or two spaces):
#: more than three times the longest line of a real page (901); no printed paragraph is this long.
LONG_PARAGRAPH = 3_000
#: Characters on one line, gaps or not: more than a whole printed page holds (a story on one
#: line, its paragraphs parted by gaps, is at most a page).
LONG_LINE = 20_000
# A gap that parts a story's paragraphs on one line, as app pages print them.
_GAP_RE = re.compile(r"[\t\u3000]|  ")
# A line break written as text: what a JSON or JavaScript string makes of one.
_ESCAPED_BREAK = "\\n"


def long_line_warning(text: str) -> str:
    """The report's warning for a page (``text``: its decoded text) with a line longer than
    :data:`LONG_LINE` characters, or holding more than :data:`LONG_PARAGRAPH` characters without
    a paragraph gap; ``""`` for any other page. It names the first such line (1-based, as the
    parser counts lines), its length, the longest run without a gap, and the line breaks
    written as ``\\n`` on it when there are some, says that printed pages have many lines and
    how to export the page again. Linear in the page; a page of short lines costs one pass over
    its lines' lengths."""
    lines = single_line_ends(text).splitlines()
    if not lines or max(map(len, lines)) <= LONG_PARAGRAPH:
        return ""
    for number, line in enumerate(lines, start=1):
        if len(line) <= LONG_PARAGRAPH:
            continue
        run = max(map(len, _GAP_RE.split(line)))
        if len(line) > LONG_LINE or run > LONG_PARAGRAPH:
            return _warning(number, line, run, lines)
    return ""


def _warning(number: int, line: str, run: int, lines: list[str]) -> str:
    """:func:`long_line_warning`'s words for the line ``number`` (``line``, whose longest run
    without a gap is ``run`` characters) of the page's ``lines``."""
    alone = sum(1 for other in lines if other.strip()) == 1
    where = "版面文本只有一行，" if alone else f"版面文本第{number}行"
    joined = ""
    if run == len(line):
        joined = "，没有换行，也没有空格分段"
    elif run > LONG_PARAGRAPH:
        joined = f"，其中 {run:,} 个字符连成一段，没有换行，也没有空格分段"
    escaped = line.count(_ESCAPED_BREAK)
    copied = (
        f"；这一行里有 {escaped:,} 处写成文字的“\\n”，像是从网页代码或数据文件里复制出的文字"
        if escaped >= 2
        else ""
    )
    return (
        f"{where}长 {len(line):,} 个字符{joined}{copied}：印出来的版面有许多行，一段话很少超过"
        "一千字，这一版像是导出时丢了换行，或把几篇、几个版面的文字连成了一行；请重新导出这一版的"
        "文字（存为纯文本 .txt，保留换行）再导入；已导入的稿件发布前请核对分段"
    )
