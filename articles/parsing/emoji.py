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


# A brief's run-in title opened by an emoji (``🔹农机购置补贴申报启动　3月5日起，…``): the emoji, a
# title of 2–24 characters without sentence punctuation, a gap (a full-width space or two spaces
# or more), then the text, which ends a sentence.
_RUN_IN_TITLE_RE = re.compile(
    f"^(?P<head>(?P<marks>(?:[{EMOJI}]|[▶►]\ufe0f|[0-9#*]\ufe0f?\u20e3)+)"
    f"[ \t\u3000]*[^\\s，。；：！？、,.;:!?{EMOJI}]{{2,24}})"
    "(?:\u3000|[ \t]{2,})[ \t\u3000]*\\S"
)
_ENDS = "。！？!?…”」）)"  # how the brief's text ends: a sentence


def emoji_marked_lines(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    """The page's ``lines`` as the reader reads them, each brief's run-in title line opened by an
    emoji (:data:`_RUN_IN_TITLE_RE`: ``🔹农机购置补贴申报启动　3月5日起，…。``, as a WeChat post sets
    a box of briefs; ``▶️``, a keycap ``1️⃣``) with its emoji written as ``■``, one for each
    character (as :func:`leading_emoji_as_mark` writes them: the rules
    reading ``■标题　正文`` read it), and ``{title as read: title as printed}`` for
    :func:`emoji_unmarked`, which puts the printed emoji back: stored text is what was printed.
    A teaser's row (``🔸3版｜春茶开采  茶农笑开颜``) ends with no sentence and is left as it is."""
    read: list[str] = []
    heads: dict[str, str] = {}
    for line in lines:
        stripped = line.strip()
        match = (
            _RUN_IN_TITLE_RE.match(stripped)
            if stripped[:1] > "\u2000" or stripped[1:2] in ("\ufe0f", "\u20e3")
            else None
        )
        if match is None or stripped[-1] not in _ENDS:
            read.append(line)
            continue
        marks = match.end("marks")  # (▶️, a keycap 1️⃣ too: each character a ■)
        marked = "■" * marks + stripped[marks:]
        heads[marked[: match.end("head")]] = stripped[: match.end("head")]
        read.append(line.replace(stripped, marked, 1))
    return read, heads


def emoji_unmarked(text: str, heads: dict[str, str]) -> str:
    """``text`` (a title line, crosshead or set-aside line read from a line
    :func:`emoji_marked_lines` marked) with the printed emoji put back where a ``■`` stands for
    them, at its start or where the marked line was joined to the line before it (a paragraph
    ``（■标题　　）`` read from ``（`` and ``🀀标题　　）``: a hostile-input property test's); ``text``
    itself otherwise."""
    if not heads or "■" not in text:
        return text
    for marked, printed in heads.items():
        if text.startswith(marked):
            return printed + text[len(marked) :]
    for marked, printed in heads.items():  # (a line joined to the one before it: （ / 🀀标题）
        if marked in text:
            return text.replace(marked, printed, 1)
    return text
