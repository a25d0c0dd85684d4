"""A photo's shared JPEG (``/photos/<id>.jpg``, :mod:`articles.views.sharedphoto`): the file it
is made from, making it, and its size in bytes kept on the photo row for the feeds' enclosures
(:mod:`articles.feedphotos`, RFC 4287's ``length``).

The JPEG is made from the photo's 1200-pixel WebP copy for readers, or, for a picture cut from
its page's PDF (which has no copy), from that picture when it decodes within
``NEWSROOM_PHOTO_INLINE_PIXELS`` (:func:`shared_jpeg_data`); never from an upload's original.
The same file always gives the same bytes (:func:`articles.photorenditions.jpeg_copy`), so its
length is known once it has been made once: it is kept as ``Photo.shared_jpeg_bytes`` with the
storage name it was made from (``shared_jpeg_from``), and a size is true only while that is
still the photo's source (:func:`shared_jpeg_known`): a new upload's copies or a picture cut from
a changed PDF have another name, and no size until it is made again.

Who makes it: the readers' copies of an upload (:func:`articles.photofiles.photo_copies_make`,
the task worker's :func:`articles.photofiles.photo_copies_job`) record it with them; an import
cutting a picture from its page's PDF (:func:`articles.importing.pdfphotos.photos_cut`) and a
history revert (the photo admin's save) record it too; photos made by any other path (data from
before) get it from ``manage.py photo_renditions`` (:func:`shared_jpegs_fill`).
"""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.db.models import Q

from articles.changes import content_changed, row_scope
from articles.models import Photo, RenditionState
from articles.models.photos import PDF_PHOTOS
from articles.photorenditions import UNREADABLE, decoded_pixels, jpeg_copy


def shared_jpeg_source(photo: Photo) -> str:
    """The storage name of the picture ``photo``'s JPEG is made from: its reader's copy, else a
    picture cut from its page's PDF; "" for none (no picture, or an upload whose copy is not
    made: its original is never decoded for a reader)."""
    if photo.rendition.name:
        return photo.rendition.name
    name = photo.image.name or ""
    return name if name.startswith(PDF_PHOTOS) else ""


def shared_jpeg_data(photo: Photo) -> bytes | None:
    """The bytes of ``photo``'s shared JPEG (:func:`~articles.photorenditions.jpeg_copy` of
    :func:`shared_jpeg_source`), or None: no source, or a picture cut from the PDF that decodes
    to more than ``NEWSROOM_PHOTO_INLINE_PIXELS``. Raises
    :data:`~articles.photorenditions.UNREADABLE` for a file that cannot be read."""
    source = shared_jpeg_source(photo)
    if not source:
        return None
    field = photo.rendition if photo.rendition.name else photo.image
    with field.storage.open(source, "rb") as file:
        if (
            not photo.rendition.name
            and decoded_pixels(file) > settings.NEWSROOM_PHOTO_INLINE_PIXELS
        ):
            return None
        return jpeg_copy(file).data


def shared_jpeg_known(photo: Photo) -> int | None:
    """The length (bytes) of ``photo``'s shared JPEG as made from its current source, or None
    when not known (never made from it: :func:`shared_jpeg_record`). No query, no storage."""
    source = shared_jpeg_source(photo)
    if not source or photo.shared_jpeg_from != source:
        return None
    return photo.shared_jpeg_bytes


def shared_jpeg_record(photo: Photo) -> bool:
    """Make ``photo``'s shared JPEG and keep its length on its row (an update: its pages' and
    story's tags bumped, so the feeds render with it), when the length kept is not that of its
    current source; a photo without one (or whose file cannot be read, or is over the pixel
    bound) keeps none. Returns whether the row changed."""
    source = shared_jpeg_source(photo)
    if source and shared_jpeg_known(photo) is not None:
        return False
    size = None
    if source and photo.rendition_state != RenditionState.FAILED:
        try:
            data = shared_jpeg_data(photo)
        except UNREADABLE:
            data = None
        size = None if data is None else len(data)
    fields = {"shared_jpeg_bytes": size, "shared_jpeg_from": source if size is not None else ""}
    if all(getattr(photo, key) == value for key, value in fields.items()):
        return False
    Photo.objects.filter(pk=photo.pk).update(**fields)
    for key, value in fields.items():
        setattr(photo, key, value)
    content_changed(tags=row_scope(photo))
    return True


def shared_jpegs_fill() -> int:
    """:func:`shared_jpeg_record` for every photo with a reader's copy or a picture cut from its
    page's PDF, each in its own transaction (``manage.py photo_renditions``): how many got
    their JPEG's length. A photo whose length is current is not read."""
    photos = (
        Photo.objects.filter(~Q(rendition="") | Q(image__startswith=PDF_PHOTOS))
        .order_by("pk")
        .iterator(chunk_size=200)
    )
    recorded = 0
    for photo in photos:
        if shared_jpeg_known(photo) is not None:
            continue
        with transaction.atomic():
            if shared_jpeg_record(photo) and photo.shared_jpeg_bytes is not None:
                recorded += 1
    return recorded
