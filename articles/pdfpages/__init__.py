"""Page PDFs: what the prepress system writes for each printed page, turned into a page image,
the page's text and where each printed part is on it.

A pure package (pypdfium2 and Pillow, no Django), one module per step:

* :mod:`~articles.pdfpages.document`: open a PDF within :class:`PdfLimits` (refusing encrypted,
  damaged, empty, oversized files and decompression bombs with a :class:`PdfPageError`), find a
  page's images and fonts (:class:`PageObjects`), where its picture is in the PDF's own
  coordinates (:class:`PageFrame`: a page box off the origin, ``/Rotate``);
* :mod:`~articles.pdfpages.characters`: read a page's characters with their boxes
  (:class:`PageLayout`), PDFium's part and the Python part apart (:class:`RawChars`); a
  character PDFium gives only its ink for (a browser PDF's ``/ActualText`` spans) given its
  advance box back by :mod:`~articles.pdfpages.emboxes`;
* :mod:`~articles.pdfpages.rendering`: render a page to WebP or JPEG with a thumbnail
  (:class:`RenderedPage`);
* :mod:`~articles.pdfpages.photos`: a page's photos cut from it, each image box rendered as
  printed (:func:`cut_photos`);
* :mod:`~articles.pdfpages.layout`: the text layer in reading order (XY-cut, headlines by font
  size, column-wrapped lines rejoined) as page text for the parser (:func:`page_text`);
* :mod:`~articles.pdfpages.zones`: each printed part's region on the page (:func:`match_parts`),
  a few page-relative rectangles, or none when its text is not found;
* :mod:`~articles.pdfpages.creditedpictures`: the pictures printed with a credit and no caption,
  which no part's zone took (:func:`credited_pictures`).

Coordinates are page-relative (0–1 from the left and from the top of the page as rendered: its
visible box, turned as the PDF asks).
"""

from articles.pdfpages.characters import RawChars, build_chars, layout_of, read_page, read_raw_chars
from articles.pdfpages.creditedpictures import CreditedPicture, credited_pictures
from articles.pdfpages.document import (
    Box,
    Char,
    PageFrame,
    PageLayout,
    PageObjects,
    PdfLimits,
    PdfPageError,
    RenderedPage,
    check_page,
    loaded_page,
    open_pdf,
    page_frame,
)
from articles.pdfpages.layout import page_text, page_text_sizes
from articles.pdfpages.photos import CutPhoto, crop_photos, cut_photos
from articles.pdfpages.rendering import (
    BuffersInTurn,
    RenderBuffer,
    encode_image,
    render_image,
    render_page,
)
from articles.pdfpages.textlayer import UNREADABLE
from articles.pdfpages.zones import PartText, PartZone, match_parts, merge_boxes

__all__ = [
    "UNREADABLE",
    "Box",
    "BuffersInTurn",
    "Char",
    "CreditedPicture",
    "CutPhoto",
    "PageFrame",
    "PageLayout",
    "PageObjects",
    "PartText",
    "PartZone",
    "PdfLimits",
    "PdfPageError",
    "RawChars",
    "RenderBuffer",
    "RenderedPage",
    "build_chars",
    "check_page",
    "credited_pictures",
    "crop_photos",
    "cut_photos",
    "encode_image",
    "layout_of",
    "loaded_page",
    "match_parts",
    "merge_boxes",
    "open_pdf",
    "page_frame",
    "page_text",
    "page_text_sizes",
    "read_page",
    "read_raw_chars",
    "render_image",
    "render_page",
]
