"""A drawing's credit under its caption (INPUT.md, "Bylines, datelines, credits": the caption is
the paragraph before the credit): a paper without photographs prints a drawing, its caption
sentence, then its artist alone on a line, names spaced out, a space, then 画 (``朱　平　画``, also
``绘``, ``插图``, ``木刻``: :data:`~articles.parsing.credits.DRAWN_CREDIT_RE`). The credit closes
that picture, as ``李明　摄`` closes a photograph's caption; it is never a story's headline nor the
next item's kicker. :class:`DrawnCreditsMixin` is part of
:class:`~articles.parsing.pictures.PicturesMixin`.
"""

from __future__ import annotations

from articles.parsing.credits import DRAWN_CREDIT_RE
from articles.parsing.names import names_only
from articles.parsing.patterns import ends_sentence
from articles.parsing.units import Para

_CREDIT_LINE = 20  # characters: a drawing's credit line is at most this long
_CAPTION = 80  # characters: a drawing's caption (one sentence) is at most this long
_ENDS = frozenset("画绘图刻")  # what such a credit ends with (the cheap test)


class DrawnCreditsMixin:
    """The reader's step for a drawing's credit line (uses ``lines``, ``flow`` and the photo
    steps of :class:`~articles.parsing.pictures.PicturesMixin`)."""

    def _drawn_credit(self, number: int, text: str, folded: str) -> bool:
        """Line ``number`` (``text``; ``folded`` its fold) as a drawing's credit: names then 画
        (:data:`~articles.parsing.credits.DRAWN_CREDIT_RE`), right under a one-sentence
        paragraph (no blank line, or one, between) that ends its sentence and carries no jump
        marker, the caption it closes. True when the picture was taken."""
        if len(text) > _CREDIT_LINE or folded.rstrip()[-1:] not in _ENDS:
            return False
        match = DRAWN_CREDIT_RE.match(folded.strip())
        if match is None or not names_only(text.strip()[slice(*match.span("who"))]):
            return False
        last = self.flow[-1] if self.flow else None
        if not isinstance(last, Para) or last.markers or len(last.text) > _CAPTION:
            return False
        caption = last.text.strip()
        if not ends_sentence(caption) or sum(caption.count(mark) for mark in "。！？!?") != 1:
            return False
        gap = number - last.line
        if gap not in (1, 2) or (gap == 2 and self.lines[number - 2].strip()):
            return False
        self._photo(number, text.strip())
        return True
