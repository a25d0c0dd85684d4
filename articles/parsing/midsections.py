"""A section's name printed mid-page between a box and the next story's deck (``本週天氣`` /
``東寧　多雲　14-21℃`` / ``國際要聞`` / ``北洲聯邦大選`` / ``執政黨險勝`` / text), as an e-paper's text
layer runs a page's frames together: the name heads the part of the page it opens, as a
section name at the top of a page heads the page (INPUT.md, "Encoding and layout": a section
name printed alone is the page's section, not the first story's headline), never a line of the
deck under it.
"""

from __future__ import annotations

import re

from articles.parsing.datelines import dateline_match
from articles.parsing.patterns import is_heading_like
from articles.parsing.results import SetAside
from articles.text import HAN, fold

# A section's name by its last word (folded): 国际要闻, 两岸新闻, 社会新闻, 要闻.
_MID_SECTION_RE = re.compile(rf"^[{HAN}]{{0,4}}(?:要闻|新闻)$")
_MARKS = frozenset({"item-mark", "caption-mark"})  # set aside with a story's line: no box
_TITLE = 4  # characters of the title line under the name, at least


def section_over_deck(lines: list[str], number: int, text: str, set_aside: list[SetAside]) -> bool:
    """Line ``number`` (1-based; ``text`` as printed) is a section's name (:data:`_MID_SECTION_RE`)
    right under a line set aside as furniture (a box's last line: the weather, a page's header)
    and right over a title line (:data:`_TITLE` characters or more, no dateline): it is set aside as ``page-section`` and True
    returned; else False, nothing changed. Constant time (the cheap test first: mid-page lines
    all come here)."""
    name = fold(text).strip()
    if len(name) > 6 or not name.endswith(("要闻", "新闻")) or not _MID_SECTION_RE.match(name):
        return False
    last = set_aside[-1] if set_aside else None
    if last is None or last.line != number - 1 or last.reason in _MARKS:
        return False
    following = lines[number].strip() if number < len(lines) else ""
    if len(following) < _TITLE or not is_heading_like(following) or dateline_match(following):
        return False  # (综合新闻 / 2: a header frame's section over its page's number)
    set_aside.append(SetAside(number, text, "page-section"))
    return True
