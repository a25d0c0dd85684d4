"""A page's zones and photos written from its PDF, in the order every path writes them: a PDF
attached (:class:`~articles.importing.pdfs.PdfAttacher`), the same PDF with new text, a
re-parse, 重新匹配热区 (:func:`zones_and_photos`).

1. the automatic zones of the text's parts and photos, the parts not found recorded
   (:func:`~articles.importing.pagezones.zones_write`);
2. the photos printed apart from the story the text links them to unlinked
   (:func:`~articles.importing.pdfphotos.photos_apart`);
3. the photos of the PDF alone, pictures printed with a credit and no caption
   (:func:`~articles.importing.pdfcredited.credited_write`), none when not one of the text's
   parts and photos, or fewer than half its stories, are found on the PDF (another page's PDF:
   its pictures are not this page's; :mod:`~articles.importing.pdfmismatch`);
4. each photo's picture cut from the page (:func:`~articles.importing.pdfphotos.photos_cut`).
"""

from __future__ import annotations

from django.core.files.storage import default_storage

from articles import pdfpages
from articles.importing.pagezones import zone_items, zones_write
from articles.importing.pdfcredited import credited_write, zones_matched
from articles.importing.pdfmismatch import is_mismatch, stories_found
from articles.importing.pdfphotos import photos_apart, photos_cut
from articles.importing.pdfrecheck import lock_page
from articles.models import Page, PageImage


def photos_written(
    page: Page,
    image: PageImage,
    items: list,
    found: list,
    pictures: list,
    *,
    images: list,
    data: bytes,
    limits: pdfpages.PdfLimits,
    written: list[str],
    ready: tuple = (),
) -> tuple[int, list[str], list[str]]:
    """Write what matching ``items`` (:func:`~articles.importing.pagezones.zone_items`) on the
    PDF of ``page`` (``image``: its ``PageImage``, whose PDF is ``data``) found: their zones
    ``found``, the ``pictures`` with a credit and no caption
    (:func:`~articles.importing.pdfcredited.zones_matched`), the photos' pictures cut from the
    page's ``images`` (boxes; ``ready``: cut already, as :func:`photos_cut` takes them). Call it
    in a transaction; the files it wrote are added to ``written`` (the caller removes them if
    it fails). Returns (zones made, the parts not found, report lines about photos, Chinese).
    Raises ``PdfPageError`` or ``OSError``."""
    zones, unmatched = zones_write(page, image, items, found)
    none = items and not any(zone is not None and zone.found for zone in found)
    if none or is_mismatch(*stories_found(items, found)[:2]):
        # Not one (or few) of the text's parts found on this PDF: most likely another page's or
        # another day's, attached all the same (pdfmismatch; the report says so:
        # pdfreport._NONE_FOUND). Its pictures are not this page's photos (a reviewer's wrong
        # PDF gave the page another paper's credited picture, and its zone hid the warning).
        pictures = []
    lines = photos_apart(items, found)
    credited = credited_write(page, items, found, pictures)
    photos_cut(
        items + credited.photos,
        found + credited.zones,
        images,
        data=data,
        index=image.pdf_page,
        checksum=image.pdf_checksum,
        limits=limits,
        written=written,
        ready=ready,
    )
    return zones + credited.zone_rows, unmatched, lines + credited.lines


def zones_and_photos(
    page: Page,
    layout: pdfpages.PageLayout,
    image: PageImage,
    data: bytes,
    limits: pdfpages.PdfLimits,
    printed: dict | None = None,
) -> tuple[int, list[str], list[str]]:
    """Match the zones of ``page`` on ``layout`` again (hand zones kept), give its photos the
    pictures their zones took and make the photos of the PDF alone (:func:`photos_written`),
    cut from ``data``, the page's PDF (``image``: its ``PageImage``). ``printed``: what the
    page printed of rows an editor changed, found by it
    (:func:`~articles.importing.storedparse.printed_texts`). Returns (zones made, the parts not
    found, report lines about photos). Call it in a transaction; the files it wrote are
    removed when it fails. Raises ``PdfPageError`` or ``OSError``. The page's row is locked
    first (:func:`~articles.importing.pdfrecheck.lock_page`): a desk save of its zones under
    way is waited for, and its hand zones read as that save left them."""
    lock_page(page.pk)
    items, texts = zone_items(page, printed)
    if layout.has_text:
        found, pictures = zones_matched(layout, texts, limits)
    else:
        found, pictures = [None] * len(items), []
    written: list[str] = []
    try:
        return photos_written(
            page,
            image,
            items,
            found,
            pictures,
            images=layout.images,
            data=data,
            limits=limits,
            written=written,
        )
    except BaseException:
        for name in written:
            default_storage.delete(name)
        raise
