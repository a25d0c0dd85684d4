"""A teaser printed on one line, its title then the page it points to (``本地新闻一览→A6``,
``▶ 侨校新学期招生火爆　详见第4版``), and what tells a teaser box's bulleted rows from a list in a
story's text that looks like them (INPUT.md, "Teasers" and "Headlines": a lead-in's list is the
story's text). Used by :class:`~articles.parsing.teasers.TeasersMixin` and the reader's rows of
data (:meth:`~articles.parsing.tables.TablesMixin._story_rows`). Pure; standard library only.
"""

from __future__ import annotations

import re

from articles.parsing.hinted import Hinted
from articles.parsing.layout import LIST_BULLETS_SET, bulleted
from articles.parsing.patterns import ends_sentence
from articles.parsing.units import Para
from articles.text import fold

ROW_MARKS = "".join(sorted(LIST_BULLETS_SET))  # a teaser row's bullet, a box's mark: no title's
_RUN_LOOK = 20  # lines: how far a run of bulleted rows is looked along, either way

# A teaser printed on one line, its title then the page it points to at the line's end, parted by
# an arrow (→A6, ▶A6, >>>A6), 见 or 详见 (见A6, 详见A2版, （见三版）), a wide gap or a tab (独家专访　A6,
# 江畔人家　三版), a space before a page with 版 (森林里的音乐会 3版), dot leaders (a table of
# contents: 母校召开校友大会……2), or in brackets (冬储蔬菜货足价稳（第四版）, as the 1950s dailies'
# 要目 printed it, or 流动书箱（3版）, where a title may be of two or three characters: 老屋（8版）); the title may end in a question or exclamation mark (早班车能否提前开？　四版)
# and holds none inside (no sentence). The page is named by a letter and number, as 第6版, 6版 or
# 三版 (the number with 版 after it), never a bare number (a results line ends with numbers) but
# after dot leaders, where a contents row prints its page so.
TRAILING_TARGET_RE = Hinted(
    re.compile(
        r"^(?=[^。！？!?→▶►>]{4}|[^。！？!?→▶►>（()\s]{2,3}[（(])(?P<title>[^。！？!?→▶►>]{2,30}?[？?！!]?)\s*(?:(?P<arrow>[→▶►]|>{2,}|[（(]?(?:详见|请看|参见|见))"
        r"|[ \u3000]*\u3000|  |\t|\s*[…⋯]{2,}|\s*[.．·]{3,}|[ \t](?=[A-Za-zＡ-Ｚａ-ｚ]{0,2}[0-9０-９]{1,3}\s*版$)"
        r"|[（(](?=\s*(?:第[^（）()]{1,4}版|[〇零一二两三四五六七八九十]{1,3}版|[0-9０-９]{1,3}\s*版"
        r"|[A-Za-zＡ-Ｚａ-ｚ]{1,2}\s*[0-9０-９]{1,3}\s*版?)\s*[)）]$))\s*"
        r"(?P<page>[A-Za-zＡ-Ｚａ-ｚ]{1,2}\s*[0-9０-９]{1,3}|第\s*[0-9０-９]{1,3}|第[〇零一二两三四五六七八九十]{1,4}"
        r"|[0-9０-９]{1,3}(?=\s*版)|[〇零一二两三四五六七八九十]{1,3}(?=\s*版)"
        r"|(?<=[…⋯.．·])[0-9０-９]{1,3}(?=$))"
        r"\s*版?\s*[)）]?$"
    ),
    "[A-Za-zＡ-Ｚａ-ｚ第版…⋯.．·]",  # (the page: a letter, 第, 版 after its number, or leaders)
)


def trailing_target(printed: str) -> re.Match | None:
    """:data:`TRAILING_TARGET_RE` matched on the stripped line ``printed``, or on its folded
    copy when the printed line does not match (``（見第三版）``: the traditional 見 is 见 folded;
    the printed line first, whose full-width gap, ``独家专访　A6``, folding makes a space). The
    match's offsets are the printed line's either way (:func:`fold` keeps them)."""
    match = TRAILING_TARGET_RE.match(printed)
    if match is None:
        folded = fold(printed)
        if folded != printed:
            match = TRAILING_TARGET_RE.match(folded)
    return match


def _points(text: str) -> bool:
    """Whether the bulleted line ``text`` (stripped) ends by naming a page
    (:data:`TRAILING_TARGET_RE`, past its bullet)."""
    return trailing_target(text.lstrip(ROW_MARKS).lstrip()) is not None


def pointed_bullet_row(text: str) -> bool:
    """Whether ``text`` (stripped) is a bulleted row that points at its page with 详见, 见 or an
    arrow (``▶ 县城新建三座口袋公园　详见第5版``): a teaser's row, never a row of data."""
    if not bulleted(text):
        return False
    match = trailing_target(text.lstrip(ROW_MARKS).lstrip())
    return match is not None and match.group("arrow") is not None


def _run(lines: list[str], number: int) -> tuple[int, int]:
    """The first and last line (1-based) of the run of bulleted lines (no blank line between)
    that line ``number`` of ``lines`` stands in, looked along at most :data:`_RUN_LOOK` lines
    either way."""
    start = number
    while start > max(1, number - _RUN_LOOK) and bulleted(lines[start - 2].strip()):
        start -= 1
    end = number
    while end < min(len(lines), number + _RUN_LOOK) and bulleted(lines[end].strip()):
        end += 1
    return start, end


def list_row(lines: list[str], number: int) -> bool:
    """Whether the bulleted line ``number`` (1-based) of ``lines`` is a line of a list in a
    story's text, not a teaser box's row, though it ends by pointing at a page (``▶ 收割后及时
    晾晒　详见第5版``): the run of bulleted lines it stands in (no blank line between them) is
    announced by a line ending with a colon above it (``县农业局提醒广大农户：``; blank lines
    between them and between its lines allowed, as a page that parts every paragraph prints
    them), or some line of the run names no page (a teaser box's rows, one under another, each
    point at theirs). The caller has ruled out a box's label above. The run is looked along at
    most :data:`_RUN_LOOK` lines either way."""
    above = number - 1
    while above >= max(1, number - _RUN_LOOK):
        text = lines[above - 1].strip()
        if text and not bulleted(text):
            if text.endswith(("：", ":")):
                return True
            break
        above -= 1
    start, end = _run(lines, number)
    return not all(_points(lines[row - 1].strip()) for row in range(start, end + 1))


def closing_list(lines: list[str], flow: list, number: int) -> bool:
    """Whether the bulleted line ``number`` (1-based) of ``lines`` is a line of a list that ends
    a story's text (``收购须知如下：`` or ``主要措施有三项。`` / ``■ 售粮须带身份证`` / ``■ 价格随行就市``
    / a blank line or the page's end), each line a paragraph of that story (INPUT.md,
    "Headlines": a lead-in's list is the story's text), never the next story's headline: the
    last unit of ``flow`` is an open paragraph, the run of two bulleted lines or more it stands
    in (no blank line between) starts right under a line of text ending a sentence or with a
    colon (under a box's label, ``城市快讯`` / ``●东湖游船恢复夜航  东湖景区…``, the rows are briefs)
    and ends at a blank line or the page's end, and it is no teaser box's rows
    (:func:`list_row`). The run is looked along at most :data:`_RUN_LOOK` lines either way."""
    last = flow[-1] if flow else None
    if not isinstance(last, Para) or last.closed or not bulleted(lines[number - 1].strip()):
        return False
    start, end = _run(lines, number)
    above = lines[start - 2].strip() if start > 1 else ""
    below = lines[end].strip() if end < len(lines) else ""
    return (
        end > start
        and bool(above)
        and ends_sentence(above)
        and not below
        and list_row(lines, number)
    )
