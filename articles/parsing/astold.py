"""A piece told by one person and written down by another, signed under its title with both
parts named before the names (``口述　钱某某　整理　徐　某``, ``口述：某某　记录：某某``): an
as-told-to byline crediting both (INPUT.md, "Bylines, datelines, credits": the byline under the
headline names who wrote the story, spaces inside names allowed), never a subheadline. Used by
the reader through :func:`~articles.parsing.readshortcuts.labelled_byline`. Pure.
"""

from __future__ import annotations

import re

from articles.parsing.names import names_only

# 口述, the teller's name, then who wrote it down (整理, 记录, 执笔, 采写) and the writer's name; a
# colon after either part or not, names spaced out or not, the parts parted by spaces.
_AS_TOLD_RE = re.compile(
    r"^口述\s*[:：]?\s*(?P<teller>[\u4e00-\u9fff][\u4e00-\u9fff\s]{1,8}?)\s+"
    r"(?:整理|记录|执笔|采写)\s*[:：]?\s*(?P<writer>[\u4e00-\u9fff][\u4e00-\u9fff\s]{1,8})$"
)
_LINE = 30  # characters: an as-told-to byline is at most this long


def as_told_byline(text: str) -> bool:
    """Whether ``text`` (a line, stripped) is an as-told-to byline (:data:`_AS_TOLD_RE`): the
    teller and the writer each a person's name alone (:func:`~articles.parsing.names.
    names_only`)."""
    if len(text) > _LINE or not text.startswith("口述"):
        return False
    match = _AS_TOLD_RE.match(text)
    return (
        match is not None
        and len(names_only(match.group("teller"))) == 1
        and len(names_only(match.group("writer"))) == 1
    )
