"""A page's layout kept small between reading it and using it again.

The importer reads each page PDF's characters once, before the text import, to refuse a bad PDF
before anything is written (and, for a PDF without a ``.txt``, to take the page's text from
it); the zones need the same characters after the text import. Kept as :class:`PageLayout`
(a tuple and a box per character) a broadsheet page of 5,000 characters takes about 1.5 MB;
packed here, about 0.2 MB (five floats and one code point a character), so a batch of pages
can wait for their text import without reading every PDF a second time.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field

from articles.pdfpages.document import Box, Char, PageLayout
from articles.pdfpages.furniture import furniture_chars
from articles.pdfpages.textlayer import READABLE, text_layer
from articles.pdfpages.zones import fold_page


@dataclass(frozen=True)
class PackedLayout:
    """A :class:`PageLayout` packed: ``text`` (one code point per character, in the layout's
    order), ``boxes`` (four page-relative floats per character: x0, y0, x1, y1, 0–1 from the
    left and from the top), ``sizes`` (font size in points per character), the image boxes, the
    page size in points and the warnings; and the text folded for matching zones (``folded``,
    ``where``: :func:`articles.pdfpages.zones.fold_page`) and its furniture characters' indexes
    (``furniture``: :func:`~articles.pdfpages.furniture.furniture_chars`), so that
    :func:`~articles.pdfpages.zones.match_parts` takes the page as it is packed. :meth:`unpack`
    gives the same layout back, exactly (64-bit floats, as read)."""

    width: float
    height: float
    text: str
    boxes: array
    sizes: array
    images: tuple[Box, ...]
    warnings: tuple[str, ...]
    folded: str = ""
    where: array = field(default_factory=lambda: array("i"))
    furniture: array = field(default_factory=lambda: array("i"))

    @classmethod
    def pack(cls, layout: PageLayout) -> PackedLayout:
        """``layout`` packed. Raises ``ValueError`` when a character's text is not one code
        point (PDFium gives one per character; anything else is a bug upstream)."""
        boxes, sizes = array("d"), array("d")
        for char in layout.chars:
            if len(char.text) != 1:
                raise ValueError(f"a character of the layout is {char.text!r}, not one code point")
            boxes.extend(char.box)
            sizes.append(char.size)
        text = "".join(char.text for char in layout.chars)
        folded, where = fold_page(text)
        return cls(
            width=layout.width,
            height=layout.height,
            text=text,
            folded=folded,
            where=where,
            furniture=array("i", sorted(furniture_chars(layout))),
            boxes=boxes,
            sizes=sizes,
            images=tuple(layout.images),
            warnings=tuple(layout.warnings),
        )

    @property
    def has_text(self) -> bool:
        """Whether the page has a text layer that can be read (:attr:`PageLayout.has_text`)."""
        return self.text_layer == READABLE

    @property
    def text_layer(self) -> str:
        """What its text layer is (:attr:`PageLayout.text_layer`)."""
        return text_layer(self.text)

    def unpack(self) -> PageLayout:
        """A new :class:`PageLayout` equal to the one packed (its lists are the caller's)."""
        corners = iter(self.boxes)  # four at a time: x0, y0, x1, y1
        boxes = map(Box._make, zip(corners, corners, corners, corners, strict=True))
        chars = list(map(Char, self.text, boxes, self.sizes))
        return PageLayout(
            width=self.width,
            height=self.height,
            chars=chars,
            images=list(self.images),
            warnings=list(self.warnings),
        )
