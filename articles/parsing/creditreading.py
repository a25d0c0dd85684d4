"""Credit lines met while reading a page's lines (a reader mixin).

A picture's credit line usually closes its caption, the paragraph above it
(:meth:`~articles.parsing.pictures.PicturesMixin._photo`; a credit printed over its caption:
``_credit_above`` there). :class:`CreditReadingMixin` holds a bare credit (a name and 摄) under a
dated caption, and joins a caption cut over two lines before its credit takes it.
"""

from __future__ import annotations

from articles.parsing.credits import CAPTION_PHRASE_RE, CREDIT_RE
from articles.parsing.names import parse_names
from articles.parsing.patterns import COMMA_INSIDE_RE, ends_sentence
from articles.parsing.pictures import dated_scene, one_sentence
from articles.parsing.units import Heading, Para
from articles.text import fold

_CAPTION_SIZE = 80  # characters: a caption cut over two lines, both lines together, at most


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

    def _caption_cut_in_two(self) -> None:
        """Before a credit line takes the paragraph above it as its caption: a caption cut over
        two lines (``昨天，江城市民在滨江公园`` / ``观看新落成的音乐喷泉。``) has its first line read
        as a heading (no sentence end), the second as a paragraph (it ends one). A one-line
        heading after a blank line, with a comma inside (a clause of a sentence, which no deck
        line is cut at) or opening with the words a caption points at its picture with
        (``图为城东区红光农业社社员`` / ``在晒场上精选麦种。``: :data:`CAPTION_PHRASE_RE`), right above a one-sentence paragraph that the credit closes, is the
        caption's first line: both are joined into the caption (the whole block its credit
        closes)."""
        if len(self.flow) < 2:
            return
        head, para = self.flow[-2], self.flow[-1]
        if not (
            isinstance(head, Heading)
            and isinstance(para, Para)
            and len(head.lines) == 1
            and head.after_blank
            and head.line == para.line - 1
            and head.line not in self.headlines
            and len(para._parts) == 1
            and not para.markers
        ):
            return
        line = head.lines[0].strip()
        if (
            (COMMA_INSIDE_RE.search(line) is None and not _points_at_picture(line))
            or ends_sentence(line)
            or not (one_sentence(para.text) and ends_sentence(para.text))
            or len(line) + para.size > _CAPTION_SIZE
        ):
            return
        del self.flow[-2]
        para._parts[:0] = [line]
        para._text = None
        para.line = head.line


def _points_at_picture(line: str) -> bool:
    """``line`` opens with the words a caption points at its picture with (图为…, 上图：…):
    no headline opens so."""
    match = CAPTION_PHRASE_RE.match(fold(line))
    return match is not None
