"""The headline a continued text repeats under its backward marker (a reader mixin).

INPUT.md, "Continuations (jumps)": the continuation part on the other page often repeats the
headline, or a shortened one, and a backward marker may stand on its own line or be glued to the
first words of the continued text. A title-like line read right after a backward marker (glued to
it, on the next line, or after a blank line) is usually those first words, cut by the column;
:meth:`JumpTitlesMixin._jump_text` keeps it text unless the page sets it apart as a title
line (:func:`jump_title`): then :class:`~articles.parsing.reader.Reader` reads it as a heading
and the marker goes on the paragraph under it, as when the headline is printed over the marker.
"""

from __future__ import annotations

from articles.parsing.datelines import dateline_match
from articles.parsing.layout import CONTINUING_MARKS, cut_across, is_indented, next_text
from articles.parsing.patterns import ends_sentence, is_heading_like
from articles.parsing.results import Marker

# Characters that go on a sentence and never open a headline: a text line opening with one was
# cut from the sentence before it (``（上接A1版）的发展``).
_GOES_ON = frozenset("的地得了着过们之等") | CONTINUING_MARKS
_PARAGRAPH_OVER_TITLE = 1.5  # a paragraph's line is this many times the title's line, at least
_HEADLINE_MAX = 40  # characters: a longer line is no title line (patterns.is_heading_like)
_TITLE_LINES = 3  # title lines a continuation repeats under its marker, at most


class JumpTitlesMixin:
    """Reader method for the line under a backward marker (see the module docstring)."""

    lines: list[str]
    width: int | None
    pending_backward: Marker | None

    def _jump_text(self, number: int, text: str) -> bool:
        """True when ``text`` (on line ``number``, 1-based) comes after a backward marker that
        has no paragraph yet and is the continued text, not its repeated headline (a title-like
        line that :func:`jump_title` accepts): then it is never a heading."""
        return self.pending_backward is not None and not (
            is_heading_like(text) and jump_title(self.lines, self.width, number, text)
        )


def jump_title(lines: list[str], width: int | None, number: int, text: str, depth: int = 1) -> bool:
    """True when title-like ``text`` on line ``number`` (1-based; the whole line, or what follows
    a backward marker glued to it) under a backward marker is a title line the continuation
    repeats, not its first words. ``lines`` are the page's lines, ``width`` its column width
    (:func:`~articles.parsing.layout.column_width`, None when its lines are not cut short). The
    line opens with no mark or particle that goes on a sentence (``的``, ``，``), no word runs on
    from it into the next text (:func:`~articles.parsing.layout.cut_across`), its printed line
    is not a full-width line of a page of cut lines, and text follows it that starts a
    paragraph: after a blank line, or on the next line when that is a dateline, is indented
    when this line is not, or is a paragraph's line (ends a sentence or is longer than a
    headline) at least :data:`_PARAGRAPH_OVER_TITLE` times as long as this line (the lines of
    one cut column are about as long as each other), or is one more such title line (a
    headline and its subheadline: :data:`_TITLE_LINES` lines at most; ``depth`` counts them).
    Raises nothing; jieba only through ``cut_across``."""
    stripped = text.strip()
    raw = lines[number - 1] if 0 < number <= len(lines) else text
    printed = raw.strip()
    if not stripped or stripped[0] in _GOES_ON:
        return False
    if width and len(raw.rstrip()) >= width - 1:
        return False
    if number >= len(lines):
        return False
    following = lines[number]
    after = next_text(lines, number)
    if after is None or cut_across(stripped, after):
        return False  # (a word runs on across the break: the column cut a sentence)
    if not following.strip():
        return True
    if dateline_match(after) is not None:
        return True
    if is_indented(following) and not is_indented(raw):
        return True
    if depth < _TITLE_LINES and is_heading_like(after):
        return jump_title(lines, width, number + 1, after, depth + 1)
    return len(after) >= _PARAGRAPH_OVER_TITLE * len(printed) and (
        ends_sentence(after) or len(after) > _HEADLINE_MAX
    )
