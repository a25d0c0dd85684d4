"""How a story is named to an editor: by its headline, or, without one, by what it says first.

README (Importing): "**Reports name every story**: one without a headline by its first 12
characters (dateline and credit left out): ``“城西污水处理厂二期工程本…”``". Every report,
check and desk list that names a story says it so (``Article.name_for_editors``), never a bare
``无标题``: two untitled continuations on one page must read apart. Pure text: no Django.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# An untitled story is named by this many characters of what it says first.
OPENING_CHARS = 12
# A credit in brackets right after the dateline (本报讯（记者 …）): not what the story says.
_CREDIT = re.compile(r"^\s*[（(][^）)]{0,40}[）)]\s*")
# What a story with neither a headline nor any text is called.
UNTITLED = "（无标题）"


def story_label(title: str, *, opening: str = "", dateline: str = "") -> str:
    """A story's name, unquoted: its ``title``; without one the first :data:`OPENING_CHARS`
    characters of its ``opening`` text (its first paragraph, whitespace folded, the
    ``dateline`` and the credit in brackets after it left out: every story of a page opens
    alike with them), ``…`` when cut: ``县图书馆从本月起延长开放时…``; :data:`UNTITLED` with
    neither."""
    if title:
        return title
    text = " ".join(opening.split())
    if dateline and text.startswith(dateline):
        text = _CREDIT.sub("", text[len(dateline) :], count=1)
    if not text:
        return UNTITLED
    cut = text[:OPENING_CHARS]
    return f"{cut}…" if len(text) > OPENING_CHARS else cut


def quoted(text: str) -> str:
    """``text`` in double quotes, as a message names a story: ``“…”``, the quotes it prints
    inside made single (the house rule for nested quotes, GB/T 15834), so that
    ``快递进村打通“最后一公里”`` reads ``“快递进村打通‘最后一公里’”``, not ``“…“最后一公里””``."""
    return "“" + text.replace("“", "‘").replace("”", "’") + "”"


def story_name(title: str, *, opening: str = "", dateline: str = "") -> str:
    """:func:`story_label` quoted (:func:`quoted`), as the reports say it: ``“title”``,
    ``“县图书馆从本月起延长开放时…”``, ``“（无标题）”``."""
    return quoted(story_label(title, opening=opening, dateline=dateline))


def opening_text(blocks: Iterable[Mapping] | None) -> str:
    """The first text a part's ``blocks`` (``ArticlePart.blocks``: ``{"kind", "text"}`` dicts)
    print that is not blank; ``""`` when none."""
    return next((b.get("text") or "" for b in blocks or () if (b.get("text") or "").strip()), "")
