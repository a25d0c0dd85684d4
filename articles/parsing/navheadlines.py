"""A story's headline under an e-paper site's navigation: an e-paper's story page prints the
site's navigation (``上一版  下一版``, a breadcrumb ``首页 > 电子报 > …``), then the story's
headline, then its date (``2024-05-08``), then the story. The headline is the story's, never a
line of the masthead zone the navigation and the date would make (INPUT.md, "Encoding and
layout": navigation is furniture; the headline after it is the story's).
"""

from __future__ import annotations

from articles.parsing.furniture import MASTHEAD_REASONS, furniture_reason
from articles.parsing.header_lines import page_head
from articles.parsing.layout import next_text
from articles.parsing.patterns import SPACE_RUN_RE
from articles.parsing.results import SetAside
from articles.parsing.units import Heading
from articles.text import fold

_TAB_WORD = 4  # characters: a word of an app's tab bar, at most


def title_under_navigation(
    lines: list[str], flow: list, set_aside: list[SetAside], number: int
) -> bool:
    """Whether the date on line ``number`` (1-based; just set aside as a ``page-stamp``, the
    last of ``set_aside``) stands right under a one- or two-line heading (the last unit of
    ``flow``) that stands right under a line set aside as ``navigation``, no blank line
    between: then the heading is the story's headline, not the masthead's. Not when more
    masthead lines or a running head follow the date (``上一版 下一版`` / ``东江晚报`` / date /
    ``第A03版：要闻``: the paper's name in the page's header), nor when the heading is an app's
    tab bar (three or more words of :data:`_TAB_WORD` characters at most, parted by spaces:
    ``首页  数字报  视频  我的``)."""
    last = flow[-1] if flow else None
    if not isinstance(last, Heading) or len(last.lines) > 2:
        return False
    if last.line + len(last.lines) != number or len(set_aside) < 2:
        return False
    above = set_aside[-2]
    if above.reason != "navigation" or above.line != last.line - 1:
        return False
    words = SPACE_RUN_RE.split(last.lines[0].strip())
    if len(words) >= 3 and all(len(word) <= _TAB_WORD for word in words):
        return False
    following = next_text(lines, number)
    if following is None:
        return True
    folded = fold(following)
    return page_head(folded) is None and (
        furniture_reason(following, folded, {}, top=True) not in MASTHEAD_REASONS
    )
