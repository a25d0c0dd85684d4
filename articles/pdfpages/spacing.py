"""Where a page's text layer prints a space that the PDF wrote as a gap, one rule per script.

Prepress writes no space characters between words: Founder PDFGenerator places each run of
glyphs where it is printed, an OCR layer places each word. PDFium *generates* a space where it
sees a gap wider than the font's own space allows, between Latin words and, as often, between
Han characters a justified Chinese line spreads apart. So:

* **Latin runs** (:func:`word_spaces`): a space PDFium generated between two half-width
  characters (:func:`is_latin`: Latin, Greek or Cyrillic letters, digits, ASCII punctuation;
  one of them a letter or digit) is kept as a character of the page: ``NEW SANMEN``,
  ``Member of the Associated Press``, ``est, 84 at 4 p.m.``; a paragraph's lines are joined
  with a space between two words (:func:`space_between`).
* **Han characters** (:func:`set_apart`): PDFium's spaces are never kept, and a gap reads as a
  space only where it stands out on its line (a byline's quarter-em space, ``记者 陈晓辉``).
  Nothing is put between a Han character and a Latin one either, so Chinese text reads as
  before.

A space character the PDF itself wrote is a character of the page, as it always was. Pure: boxes
and code points only.
"""

from __future__ import annotations

import statistics
from bisect import bisect_left

from articles.pdfpages.document import Box, Char

# A gap between two Han characters is a space when it is at least this share of their size and
# this many times the line's usual gap between Han characters (a justified or letter-spaced line
# spreads them all alike, so none stands out).
SPACE_SHARE = 0.2
SPACE_OVER_USUAL = 3.0


def is_han(text: str) -> bool:
    """Whether ``text`` is one CJK unified ideograph (the basic block or extension A)."""
    return len(text) == 1 and ("\u4e00" <= text <= "\u9fff" or "\u3400" <= text <= "\u4dbf")


def is_latin(text: str) -> bool:
    """Whether ``text`` is one half-width character of a Latin-script run: a letter or digit of
    the alphabetic scripts (Latin, Greek, Cyrillic: below U+2000) or ASCII punctuation; not a
    space, not a Han character, not a full-width form (``Ａ``, ``１``, set in Chinese text)."""
    return len(text) == 1 and not text.isspace() and text.isprintable() and ord(text) < 0x2000


def _in_words(before: str, after: str) -> bool:
    """Two half-width characters of a Latin run, one of them a letter or digit."""
    return is_latin(before) and is_latin(after) and (before.isalnum() or after.isalnum())


def word_spaces(chars: list[Char], where: list[int], generated: frozenset[int]) -> list[Char]:
    """``chars`` (a page's printed characters in PDFium's order; ``where``: the index of each in
    PDFium's text page) with a space put back where PDFium generated one (``generated``, the
    text page's indexes) right between two of them in a Latin run (:func:`_in_words`). The
    space's box is where the first one ends, on its line, with no width (a space that spanned
    the gap would join into one line two columns a gap apart), its size the first one's. A space PDFium
    generated next to a Han character, or anything else, stays left out. No PDFium."""
    at = []  # where in ``chars`` a space goes, in order
    for g in sorted(generated):
        n = bisect_left(where, g + 1)
        if (
            0 < n < len(where)
            and where[n] == g + 1
            and where[n - 1] == g - 1
            and _in_words(chars[n - 1].text, chars[n].text)
        ):
            at.append(n)
    if not at:
        return chars
    out: list[Char] = []
    start = 0
    for n in at:
        out.extend(chars[start:n])
        box, size = chars[n - 1].box, chars[n - 1].size  # no width: lines read as before
        out.append(Char(" ", Box(box.x1, box.y0, box.x1, box.y1), size))
        start = n
    out.extend(chars[start:])
    return out


def set_apart(chars: list[Char]) -> set[int]:
    """Indexes ``i`` where ``chars[i]`` and ``chars[i + 1]`` are Han characters with a space's
    gap between them (:data:`SPACE_SHARE` of their size, :data:`SPACE_OVER_USUAL` times the
    line's median gap between Han neighbours; page-relative boxes, compared within the line)."""
    gaps = [
        (i, chars[i + 1].box.x0 - chars[i].box.x1)
        for i in range(len(chars) - 1)
        if is_han(chars[i].text) and is_han(chars[i + 1].text)
    ]
    if len(gaps) < 3:
        return set()
    usual = max(statistics.median(g for _, g in gaps), 0.0)
    width = statistics.median(c.box.x1 - c.box.x0 for c in chars if is_han(c.text))
    return {
        i
        for i, gap in gaps
        if gap >= SPACE_SHARE * width and gap >= SPACE_OVER_USUAL * max(usual, 0.01 * width)
    }


def space_between(left: str, right: str) -> bool:
    """Whether a space stands between text ``left`` and text ``right`` where one line of a
    paragraph (or a title) ends and the next begins: two ASCII letters or digits, or a Latin word
    after a Latin word's punctuation (``tomorrow;`` / ``moderate``, ``p.m.`` / ``Yesterday``);
    but a digit after a digit and its comma (``3,`` / ``500``) is one number, a lower-case word
    after a point (``www.`` / ``example.cn``) one address, and punctuation after a Han character
    (``网址:`` / ``www…``) is Chinese text's. Never at a Han character or a full-width form."""
    if not left or not right:
        return False
    last, first = left[-1], right[0]
    if last.isascii() and last.isalnum() and first.isascii() and first.isalnum():
        return True
    word = left[-2] if len(left) > 1 else ""
    if last not in ",;:!?." or not (is_latin(word) and word.isalnum()):
        return False
    if not (is_latin(first) and first.isalnum()):
        return False
    if last == ".":
        return first.isupper()
    return not (first.isdigit() and word.isdigit())
