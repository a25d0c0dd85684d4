"""Photos given their image from the page PDF.

A text dump carries no picture; a page PDF does. When a page's zones are matched on its PDF
(:mod:`articles.importing.pdfs`: a PDF attached, the same PDF with changed text, 重新匹配热区,
a re-parse), each photo whose zone took an image of the page (its caption near an image object:
:func:`articles.pdfpages.match_parts`, ``PartZone.image``) gets that image's box of the page,
rendered as printed (:func:`articles.pdfpages.cut_photos`, which says why rendered rather than
extracted) and encoded as the page image is (``NEWSROOM_PDF_IMAGE_FORMAT``, ``_QUALITY``), as
``Photo.image``.

* Files go through Django's storage under ``photos/pdf/``, named by the PDF's SHA-256, its page
  and the image's number on that page (``photos/pdf/ab/<sha256>-0-3.webp``): the name says
  what is in the file, so the same PDF again writes nothing and renders nothing, and a changed
  PDF gets new names (no cache serves a stale picture).
* What an editor did is never overwritten: a photo with hand edits (``edited_at``) or with an
  image of another name (an upload, under ``photos/<year>/<month>/``) is left as it is.
* A photo whose caption is found with no image near it keeps no picture from the PDF: one cut
  before from an earlier PDF is taken off, and the file removed once no photo uses it. A photo
  whose caption is not found on the PDF (a page without a text layer, another page's PDF
  attached all the same: :mod:`articles.importing.pdfmismatch`) keeps the picture it has: the
  PDF says nothing of it.
* A photo the text links to a story but the PDF prints apart from it, a picture item of its own
  (its caption under or beside its image, other text nearer than the story's:
  :mod:`articles.pdfpages.pictureitems`), is linked to no story (:func:`photos_apart`), and
  the page's report names it, the story it left and why (an editor links it again where the
  layout misled the rule); one with hand edits keeps its link.
* A picture printed with its credit and no caption is a photo of the PDF alone
  (:mod:`articles.importing.pdfcredited`); the order these steps are written in:
  :mod:`articles.importing.pdfmatch`.
"""

from __future__ import annotations

import logging

from django.core.files.storage import default_storage
from django.db import transaction
from PIL import Image

from articles import pdfpages
from articles.changes import content_changed, row_scope
from articles.mediastore import looks_whole, store_whole
from articles.models import Photo
from articles.models.photos import PDF_PHOTOS
from articles.pdfpages.rendering import image_options
from articles.sharedjpeg import shared_jpeg_record
from articles.storynames import quoted

logger = logging.getLogger(__name__)


def is_pdf_cut(name: str) -> bool:
    """Whether an image file name (``Photo.image.name``) is a photo cut from a page PDF."""
    return bool(name) and name.startswith(PDF_PHOTOS)


def photo_name(page_key: str, number: int, suffix: str) -> str:
    """The storage name of image ``number`` (0-based, in the page's ``images``) of a PDF's
    page; ``page_key`` is ``<the PDF's SHA-256>-<the page's index>``."""
    return f"{PDF_PHOTOS}{page_key[:2]}/{page_key}-{number}{suffix}"


def photos_wanted(items: list, found: list, images: list, page_key: str, suffix: str):
    """The photos among ``items`` that may take a picture from the PDF (not those with hand
    edits or an upload), each with the name of the picture its zone took ("" for none), read
    again from the database; and each name's image number."""
    ids = [obj.pk for obj in items if isinstance(obj, Photo)]
    photos = {p.pk: p for p in Photo.objects.filter(pk__in=ids)}  # as they are now
    wanted: dict[Photo, str] = {}
    numbers: dict[str, int] = {}
    for obj, zone in zip(items, found, strict=True):
        photo = photos.get(obj.pk) if isinstance(obj, Photo) else None
        if photo is None or photo.edited_at or photo.uploaded:
            continue  # not a photo, or what an editor did: kept
        if zone is None or not zone.found:
            continue  # its caption not found on this PDF (another page's, a scan): kept as it is
        box = zone.image
        if box is None or box not in images:
            wanted[photo] = ""
            continue
        name = photo_name(page_key, images.index(box), suffix)
        numbers[name] = images.index(box)
        wanted[photo] = name
    return wanted, numbers


def photos_cut(
    items: list,
    found: list,
    images: list,
    *,
    data: bytes,
    index: int,
    checksum: str,
    limits: pdfpages.PdfLimits,
    written: list[str] | None = None,
    ready: tuple = (),
) -> int:
    """Give each photo among ``items`` (a page's parts and photos without a hand zone, as
    :func:`~articles.importing.pagezones.zone_items` gives them) the image its zone took in
    ``found`` (:class:`~articles.pdfpages.PartZone`, or None) cut from page ``index`` of the PDF
    in ``data`` (SHA-256 ``checksum``); ``images`` are the page's image boxes (its layout's), in
    order. Call it inside the transaction that writes the zones: files written are added to
    ``written`` (the caller removes them if the transaction fails); files of pictures replaced
    are removed after the commit when no photo uses them any more; each photo's shared JPEG's
    length is kept (:func:`~articles.sharedjpeg.shared_jpeg_record`: the feeds enclose it from
    the first publish). Returns how many photos
    have a picture from this PDF. ``ready``: the page's images cut from the page as rendered
    for its page image (``RenderedPage.photos``), when the import has them: the PDF is then not
    opened again. Raises ``PdfPageError`` (a PDF that cannot be rendered) or
    ``OSError`` (storage)."""
    images = list(images)
    _, suffix, _ = image_options(limits)
    wanted, numbers = photos_wanted(items, found, images, f"{checksum}-{index}", suffix)
    stored = _stored(
        numbers, images, data, index, limits, written if written is not None else [], ready
    )
    replaced: set[str] = set()
    changed: list[Photo] = []
    for photo, name in wanted.items():
        name = stored.get(name, "")  # a box too small to cut: no picture
        current = photo.image.name or ""
        if current != name:
            Photo.objects.filter(pk=photo.pk).update(image=name)
            changed.append(photo)
            if current:
                replaced.add(current)
        photo.image.name = name  # its shared JPEG's length kept now, as an upload's copies do
        shared_jpeg_record(photo)  # (the feeds' enclosure; nothing when already current)
    if changed:  # an update sends no post_save: the pages and stories that show them, stale
        content_changed(tags=set().union(*map(row_scope, changed)))
    if replaced:
        transaction.on_commit(lambda: remove_unused_cuts(replaced))
    return sum(1 for name in wanted.values() if stored.get(name))


def photos_apart(items: list, found: list) -> list[str]:
    """Unlink from their story the photos among ``items`` whose zone in ``found`` says they are
    printed apart from it (``PartZone.apart``), but those with hand edits (``edited_at``): the
    page shows them as picture items of their own. Saved one by one (a photo or two a page), so
    the pages and stories that showed them are told and the change is in the photo's history.
    Returns a report line (Chinese) for each photo unlinked, naming it and the story it left,
    so that an editor can link it again by hand where the page's layout misled the rule."""
    ids = [
        obj.pk
        for obj, zone in zip(items, found, strict=True)
        if isinstance(obj, Photo) and zone is not None and zone.apart and obj.article_id
    ]
    lines = []
    for photo in Photo.objects.filter(
        pk__in=ids, edited_at__isnull=True, article__isnull=False
    ).select_related("article", "page"):
        lines.append(apart_line(photo))
        photo.article = None
        photo.save(update_fields=["article"])
    return lines


#: How many characters of a photo's caption name it in a report line.
CAPTION_WORDS = 16


def apart_line(photo: Photo) -> str:
    """The report line (Chinese) of ``photo`` (with its page and its story) unlinked from its
    story as printed apart from it (:func:`photos_apart`): its page, its caption's first words
    (:data:`CAPTION_WORDS`; its credit without a caption), the story and why."""
    caption = " ".join(photo.caption.split())
    words = caption[:CAPTION_WORDS] + ("…" if len(caption) > CAPTION_WORDS else "")
    named = f"图片“{words}”" if words else f"署名“{photo.credit_line}”的图片"
    return (
        f"{photo.page.label}版的{named}在版面上离稿件{quoted(photo.article.name_for_editors())}较远，"
        "别的文字离它更近，已作为单独的图片，不再归入这篇稿件；如果它就是这篇稿件的图片，"
        "请在编辑台把它归回去"
    )


def _stored(
    numbers: dict[str, int],
    images: list,
    data: bytes,
    index: int,
    limits,
    written: list[str],
    ready: tuple,
) -> dict[str, str]:
    """Each wanted picture's name → the name it is stored under ("" when its box is too small
    to cut); cut only for those not in storage yet: taken from ``ready`` (one for each of
    ``images``) or rendered (the PDF opened once for them all)."""
    stored = {name: name for name in numbers if _kept(name)}
    missing = [name for name in numbers if name not in stored]
    if not missing:
        return stored
    if len(ready) == len(images):
        cut = [ready[numbers[name]] for name in missing]
    else:
        with pdfpages.open_pdf(data, limits) as document:
            boxes = [images[numbers[name]] for name in missing]
            cut = pdfpages.cut_photos(document, index, boxes, limits)
    for name, picture in zip(missing, cut, strict=True):
        if picture is None:
            stored[name] = ""
            continue
        stored[name] = store_whole(name, picture.image, written=written)
    return stored


def _kept(name: str) -> bool:
    """Whether the picture ``name`` is stored already, and whole (one left cut short by a full
    disk is not: it is cut and written again; :func:`articles.mediastore.looks_whole`)."""
    if name.endswith(".webp"):
        return looks_whole(name)
    if not default_storage.exists(name):
        return False
    try:  # (a JPEG, NEWSROOM_PDF_IMAGE_FORMAT: decoded to know)
        with default_storage.open(name, "rb") as handle, Image.open(handle) as image:
            image.load()
    except (OSError, SyntaxError, ValueError):  # (Pillow's errors for a broken file)
        return False
    return True


def page_files_whole(image, data: bytes) -> bool:
    """Whether the files stored for a page (``image``: its ``PageImage``, whose PDF's bytes are
    ``data``) are whole: the PDF of that size, its image and thumbnail and the pictures cut from
    it for its photos not cut short (:func:`_kept`). A page whose PDF is unchanged but one of
    whose files is not whole (a full disk's stub stored before this check) is attached again."""
    if not looks_whole(image.pdf.name, size=len(data)):
        return False
    cut = Photo.objects.filter(page_id=image.page_id, image__startswith=PDF_PHOTOS)
    names = [image.image.name, image.thumbnail.name, *cut.values_list("image", flat=True)]
    return all(_kept(name) for name in names)


def remove_unused_cuts(names: set[str]) -> None:
    """Remove the pictures cut from PDFs in ``names`` that no photo uses any more (run once the
    change is committed); one that cannot be removed is only logged. (A name of another kind,
    an editor's upload, is never removed here.)"""
    for name in sorted(names):
        if not is_pdf_cut(name) or Photo.objects.filter(image=name).exists():
            continue
        try:
            default_storage.delete(name)
        except OSError as error:
            logger.warning("版面 PDF：旧图片 %s 未能删除（%s）", name, error)
