"""The pictures a re-import's PDF will give a published page's photos, for the desk's preview
(:func:`articles.importing.visibility.page_visibility`'s ``pictures``: 读者将看到改动：1 张图片).

A photo's picture is cut from its page's PDF (:mod:`articles.importing.pdfphotos`) and named by
the PDF's SHA-256, so every re-exported PDF gives new names, the same picture or not; and a
preview attaches nothing. So pictures are compared by what is in them: the SHA-256 of the
stored file against that of the picture the new PDF will give (its box cut as the import cuts
it, :func:`articles.pdfpages.cut_photos`: the same pixels as the page image has there). The
same PDF again gives nothing to compare (attaching it changes nothing); a photo the import
leaves as it is (hand edits, an upload, its caption not found) keeps its picture.
"""

from __future__ import annotations

import hashlib

from django.core.files.storage import default_storage

from articles import pdfpages
from articles.importing.pagezones import zone_items
from articles.importing.pdfphotos import photos_wanted
from articles.importing.pdfs import PDF_ERRORS
from articles.models import Page


def picture_digest(name: str) -> str:
    """The SHA-256 of stored image file ``name`` ("" for none); the name itself when the file
    cannot be read (then only the same name is the same picture)."""
    if not name:
        return ""
    try:
        with default_storage.open(name, "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except OSError:
        return name


def pictures_to_come(
    page: Page, data: bytes, layout, limits: pdfpages.PdfLimits, *, index: int = 0
) -> dict[int, str]:
    """{photo id: the SHA-256 of the picture ("" for none)} that page ``index`` of the PDF in
    ``data`` (read as ``layout``) will give ``page``'s photos when attached, for those it gives
    one (:func:`~articles.importing.pdfphotos.photos_wanted`); {} when the PDF cannot be read."""
    items, texts = zone_items(page)
    images = list(layout.images)
    try:
        found = pdfpages.match_parts(layout, texts)
        wanted, numbers = photos_wanted(items, found, images, "preview", ".cut")
        if not numbers:
            return {photo.pk: "" for photo in wanted}
        names = list(numbers)
        with pdfpages.open_pdf(data, limits) as document:
            cut = pdfpages.cut_photos(document, index, [images[numbers[n]] for n in names], limits)
    except PDF_ERRORS:
        return {}
    digests = {
        name: hashlib.sha256(piece.image).hexdigest() if piece is not None else ""
        for name, piece in zip(names, cut, strict=True)
    }
    return {photo.pk: digests.get(name, "") for photo, name in wanted.items()}
