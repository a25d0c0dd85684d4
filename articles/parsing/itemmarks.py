"""The bullets of a box's headless briefs (``■本报讯 …``, ``▲新华社北京6月1日电 …``), read off
the line before its text is read (a reader helper).

INPUT.md, "Headlines": a dateline starts a story. A box of briefs marks each headless brief with
a bullet before its dateline: the bullet is the item's mark, set aside, and the item after it is
a story of its own, never the second dispatch of the item before it (the items of a box speak of
different things in the same words: 今年, 本市, 市民).
"""

from __future__ import annotations

from articles.parsing.results import SetAside
from articles.parsing.runs import bullet_before_dateline
from articles.parsing.units import Para, Special


def dated_item_text(number: int, text: str, flow: list, set_aside: list[SetAside]) -> str:
    """``text`` (line ``number``, stripped) without the bullet opening it before a dateline
    (:func:`~articles.parsing.runs.bullet_before_dateline`); the bullet is set aside as
    ``item-mark``, and when text is right before it in ``flow`` (the box's item before) a break
    is put in the flow, so that the item is a story of its own. ``text`` unchanged when no
    bullet opens it before a dateline."""
    mark = bullet_before_dateline(text)
    if not mark:
        return text
    set_aside.append(SetAside(number, text[:mark].strip(), "item-mark"))
    if flow and isinstance(flow[-1], Para):
        flow.append(Special(number, "break", ""))
    return text[mark:]
