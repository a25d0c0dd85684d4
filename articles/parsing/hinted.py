"""Patterns tried only on a text holding their hint: a character or word every match holds.

Some patterns see every short line of a page (the furniture searches, the credit pattern) and
cost most on the lines they do not match: an unanchored search tries the pattern at each
position, and a pattern with a lazy run tries it at each length. One pass of a character class
over the line tells most of those lines apart at once. A hint is written from the pattern's own
words, beside it; a text without the hint cannot match, so what matches is unchanged.
"""

from __future__ import annotations

import re


class Hinted:
    """``pattern``, tried only on a text where ``hint`` (a regular expression, compiled with
    ``flags``) finds something: a character or word every match of ``pattern`` holds."""

    def __init__(self, pattern: re.Pattern, hint: str, flags: int = 0):
        self.pattern = pattern
        self.hint = re.compile(hint, flags)

    def search(self, text: str) -> re.Match | None:
        """``pattern.search(text)``; None at once when the hint is not in ``text``."""
        return self.pattern.search(text) if self.hint.search(text) else None

    def match(self, text: str) -> re.Match | None:
        """``pattern.match(text)``; None at once when the hint is not in ``text``."""
        return self.pattern.match(text) if self.hint.search(text) else None
