"""Emoji on a page pasted from a phone or a WeChat post: the editor's decoration (``🔸3版｜标题``,
``👆点击上方蓝字…``, ``🏆喜报！``, ``🌸🌸🌸 END 🌸🌸🌸``), never words of the text. A line's
rules read past the emoji opening it the way they read past a bullet (``■``, ``●``): the emoji is
the line's mark.

This module imports nothing of the parser's.
"""

from __future__ import annotations

import re

# The emoji blocks: pictographs, emoticons, transport, the supplemental symbols (U+1F000 on),
# the miscellaneous symbols and dingbats (☀ ✅ ✈ ❤ ➡), the arrows and stars of U+2B00 (⬆ ⭐),
# clocks and media keys (⌚ ⏰ ⏩); with what joins and styles them (the variation selector,
# the zero-width joiner, the keycap's enclosing mark, the tag characters).
EMOJI = (
    "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u231a\u231b\u23e9-\u23fa"
    "\ufe0f\u200d\u20e3\U000e0020-\U000e007f"
)
_LEADING_RE = re.compile(f"^[{EMOJI}]+")


def leading_emoji_as_mark(text: str, mark: str = "■") -> str:
    """``text`` with the emoji opening it (``🔸``, ``▶️``: a run of them, with their joiners and
    variation selectors) written as ``mark``, one for each character, so that a rule reading a
    bulleted line reads it and its offsets are still the printed line's (``🔸3版｜标题`` →
    ``■3版｜标题``). ``text`` itself when it opens with no emoji."""
    match = _LEADING_RE.match(text)
    if match is None:
        return text
    return mark * match.end() + text[match.end() :]
