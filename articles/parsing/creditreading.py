"""Credit lines met while reading a page's lines (a reader mixin).

A picture's credit line usually closes its caption, the paragraph above it
(:meth:`~articles.parsing.pictures.PicturesMixin._photo`). :class:`CreditReadingMixin` holds the
two places where a credit stands otherwise: printed first, over its caption, and bare (a name and
摄) under a dated caption.
"""

from __future__ import annotations

from articles.parsing.credits import CREDIT_RE
from articles.parsing.datelines import dateline_match
from articles.parsing.names import parse_names
from articles.parsing.patterns import ends_sentence
from articles.parsing.pictures import dated_scene
from articles.parsing.units import Para
from articles.text import fold

_CAPTION_UNDER = 120  # characters: a caption under its credit is at most this long


class CreditReadingMixin:
    """Reader methods for credit lines (see the module docstring)."""

    def _caption_under(self, number: int, block_start: bool) -> tuple[str | None, int]:
        """The caption printed under its credit: a credit line ``number`` that opens a block (a
        blank line above it) and one sentence line right under it that ends the block is that
        picture's caption, credit first (（图：主办单位提供） / 筹委会成员在宣传。), never the
        text above the blank line. ``(None, 0)`` when not so (the credit takes the paragraph
        above it, :meth:`~articles.parsing.pictures.PicturesMixin._photo`)."""
        lines = self.lines
        if not block_start or number >= len(lines):
            return None, 0
        below = lines[number].strip()
        after = lines[number + 1].strip() if number + 1 < len(lines) else ""
        if (
            after
            or not below
            or len(below) > _CAPTION_UNDER
            or not ends_sentence(below)
            or dateline_match(below)
        ):
            return None, 0
        self.taken_to = number + 1
        return below, number + 1

    def _bare_credit_under_caption(self, text: str) -> bool:
        """A bare credit (``谢子杰摄``: one name and 摄, no role word) right under a picture's
        dated one-sentence caption (``7月30日，官兵在训练场演练。``) is the photo's credit, not a
        short title (INPUT.md, "Bylines, datelines, credits")."""
        last = self.flow[-1] if self.flow else None
        if not isinstance(last, Para) or last.markers or not dated_scene(last.text):
            return False
        match = CREDIT_RE.match(fold(text))
        who = match.group("who") if match and "who" in match.re.groupindex else None
        if not who:
            return False
        names = parse_names(text[slice(*match.span("who"))])
        return len(names) == 1 and 2 <= len(names[0]) <= 4
