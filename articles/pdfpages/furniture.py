"""The page's furniture on its PDF: the characters no story's zone may be placed on.

A page prints, besides its stories, its running head (page label, section, date, weekday), the
desk's staff line (``责任编辑：王芳``) and a folio at its foot. A story whose text shares a piece
with one of them (``11月22日`` in a story, ``2026年11月22日`` in the running head) had a
rectangle over that piece of the head, and a reader hovering the date was sent to the story (a
layout editor's find on an A2). These characters are the page's, never a story's:

* the lines of the page's header band (:func:`~articles.pdfpages.layout.header_band`: the lines
  above the first blank band across the top of the page), which the text read from the PDF
  gives the parser one by one, as furniture;
* a line in the top or the bottom :data:`EDGE` of the page that the parser reads as furniture
  (:func:`articles.parsing.furniture.furniture_reason`, the same rule it applies to a page's
  text: a running head, a page label, a staff line, a date line), wherever the header band is
  not (a head without a rule under it, a staff line or folio at the page's foot).

Pure: characters in, indexes out.
"""

from __future__ import annotations

from articles.parsing.furniture import furniture_reason
from articles.pdfpages.document import PageLayout
from articles.pdfpages.layout import body_size, header_band, lines_of
from articles.pdfpages.upright import upright_layout
from articles.text import fold

#: How far from the page's top or foot (its height's share) a line the parser reads as
#: furniture is taken as the page's (the header band's own limit,
#: :func:`~articles.pdfpages.layout.header_band`'s ``within``).
EDGE = 0.08

#: What the parser says of a line that is furniture and not a story's line set apart (scan
#: noise is no printed text of the page; a line no story took, ``unplaced``, is no reason here).
_NOT_FURNITURE = frozenset({"scan-noise"})


def furniture_chars(layout: PageLayout) -> frozenset[int]:
    """The indexes (into ``layout.chars``) of the page's furniture characters (see the module
    docstring); none on a page without a text layer. A page shown turned is measured turned
    back upright, as it is read."""
    if not layout.chars:
        return frozenset()
    upright = upright_layout(layout)  # (the same characters, in the same order)
    index = {id(char): n for n, char in enumerate(upright.chars)}
    lines = lines_of(upright)
    height = upright.height
    band = header_band(lines, height, body_size(upright.chars))
    found: set[int] = set()
    for line in lines:
        top = line.y0 <= height * EDGE
        foot = line.y1 >= height * (1 - EDGE)
        if line.y1 <= band or ((top or foot) and _reads_as_furniture(line.text, top=top)):
            found.update(index[id(char)] for char in line.chars)
    return frozenset(found)


def _reads_as_furniture(text: str, *, top: bool) -> bool:
    """Whether the parser reads the line ``text`` as the page's furniture
    (:func:`~articles.parsing.furniture.furniture_reason`; ``top``: at the page's top, where
    labels and mastheads count)."""
    text = text.strip()
    if not text:
        return False
    reason = furniture_reason(text, fold(text), {}, top=top, first=top)
    return reason is not None and reason not in _NOT_FURNITURE
