"""Credit lines met while reading a page's lines (a reader mixin).

A picture's credit line usually closes its caption, the paragraph above it
(:meth:`~articles.parsing.pictures.PicturesMixin._photo`; a credit printed over its caption:
``_credit_above`` there). :class:`CreditReadingMixin` holds a bare credit (a name and 摄) under a
dated caption.
"""

from __future__ import annotations

from articles.parsing.credits import CREDIT_RE
from articles.parsing.names import parse_names
from articles.parsing.pictures import dated_scene
from articles.parsing.units import Para
from articles.text import fold


class CreditReadingMixin:
    """Reader methods for credit lines (see the module docstring)."""

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
