"""Editors' notes opening a feature (``编者按：…``), told by their opening words.

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
