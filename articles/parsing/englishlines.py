"""An English story's lines cut by the column (INPUT.md, "Encoding and layout": a short line is
not a headline because it is short; join such lines into paragraphs).

An English story on a Chinese or bilingual page, set in a narrow column, prints its sentences
over lines of a few words without sentence punctuation at their ends (``The city opened its new
riverside park`` / ``on Saturday, giving residents two``). A headline in letters opens with a
capital or a figure and is followed by its text or a blank line; a sentence goes on onto the
next line with a lower-case word. So a line of letters (no Han character) is the text's, never
a title, when it opens with a lower-case word (it goes on the sentence above), or when the line
right under it (no blank line between) does and it holds a few words
(:data:`_PROSE_WORDS`: a sentence's start, not a kicker). Pure; looks at two lines.
"""

from __future__ import annotations

import re

from articles.text import HAN

_HAN_RE = re.compile(f"[{HAN}]")
_LOWER_START_RE = re.compile(r"[a-z]")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_PROSE_WORDS = 4  # words: a line that a lower-case line goes on is a sentence's start


def english_text_line(lines: list[str], number: int, text: str) -> bool:
    """Line ``number`` (1-based, of ``lines``), ``text``, is a line of an English story's text
    cut by the column, not a heading (see the module docstring)."""
    stripped = text.strip()
    if not stripped or _HAN_RE.search(stripped) or not _WORD_RE.match(stripped):
        return False
    if _LOWER_START_RE.match(stripped):
        return True
    following = lines[number].strip() if number < len(lines) else ""
    return (
        bool(_LOWER_START_RE.match(following))
        and _HAN_RE.search(following) is None
        and len(_WORD_RE.findall(stripped)) >= _PROSE_WORDS
    )
