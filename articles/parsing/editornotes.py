"""Editors' notes opening a feature (``编者按：…``) and offices' replies to a letter
(``市电信局答复：…``), told by their opening words.

Moved out of :mod:`~articles.parsing.patterns` (which imports :func:`editor_note` from here, so
it is still asked of there); like it, a pure module that imports no other stage of the parser.
"""

from __future__ import annotations

import re

from articles.text import fold

# An editor's note opening a feature: 编者按：…, 【编者按】…, 编者的话：….
_EDITOR_NOTE_RE = re.compile(r"^[【\[〔（(]?\s*编者(?:按语?|的话)\s*[】\]〕）)]?\s*[:：]?")


def editor_note(text: str) -> bool:
    """``text`` (a paragraph) opens with an editor's note: ``编者按：``, ``【编者按】``, ``编者的话``."""
    head = text[:6]
    if "编" not in head and "編" not in head:
        return False  # (the cheap test first: every paragraph comes here)
    return _EDITOR_NOTE_RE.match(fold(text[:12])) is not None


# An office's answer printed under a reader's letter: who answers (a few characters, no
# punctuation), then 答复/回复/复函 and a colon: ``蓝桥市电信局答复：``, ``区房管所回复：``.
_LETTER_REPLY_RE = re.compile(
    r"^[^\s，。、；：:！？“”]{2,16}?(?:答[复覆]|回[复覆]|[复覆]函)\s*[:：]"
)


# The paper's own word under a reader's letter: 编者：…, 编辑部：… (no 按: what a desk answers).
_DESK_REPLY_RE = re.compile(r"^(?:编者|编辑部)\s*[:：]")


def letter_reply(text: str) -> bool:
    """``text`` (a paragraph) opens with an office's reply to a letter printed over it
    (``市电信局答复：``, ``区房管所回复：``; traditional forms fold to these), or the paper's own
    (``编者：``, ``编辑部：``: :data:`_DESK_REPLY_RE`). A bare ``答：`` is not one: it is a Q&A
    turn."""
    head = text[:24]
    if head[:1] in "编編" and _DESK_REPLY_RE.match(fold(head)):
        return True
    if "复" not in head and "覆" not in head and "復" not in head:
        return False  # (the cheap test first)
    return _LETTER_REPLY_RE.match(fold(head)) is not None
