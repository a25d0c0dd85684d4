"""A photo's copies for readers, made from the image an editor uploaded (the original, 原图,
which the desk keeps): a reader's picture and a thumbnail, WebP
(:func:`articles.photorenditions.renditions`), stored beside the original and named after it
(``photos/2026/12/mid.jpg`` → ``photos/2026/12/mid-1200.webp``, ``…/mid-400.webp``).

Made when the desk saves a photo whose upload is new (:func:`photo_renditions_follow`, called
by the photo's form and the story's and page's photo rows), and for photos uploaded before
there were copies by ``manage.py photo_renditions`` (:func:`photos_renditions_fill`). A photo
without an upload (none yet, or a picture cut from its page PDF, already reader-sized WebP)
has no copies; one whose upload was cleared loses them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Q
from PIL import Image

from articles.changes import content_changed, row_scope
from articles.models import Photo
from articles.photorenditions import READER_WIDTH, THUMBNAIL_WIDTH, renditions

logger = logging.getLogger(__name__)


def rendition_names(photo: Photo) -> tuple[str, str]:
    """The storage names ``photo``'s thumbnail and reader's picture should have: after its
    uploaded image (``…/mid-400.webp``, ``…/mid-1200.webp``), or ``("", "")`` when it has no
    upload (:attr:`~articles.models.Photo.uploaded`)."""
    if not photo.uploaded:
        return "", ""
    stem = photo.image.name.rsplit(".", 1)[0]
    return f"{stem}-{THUMBNAIL_WIDTH}.webp", f"{stem}-{READER_WIDTH}.webp"


def photo_renditions_follow(photo: Photo) -> bool:
    """Make ``photo``'s copies for readers from its uploaded image when they are not those of
    that image (a new upload, or none made yet), or take them off when it has no upload any
    more; the old copies' files are removed once no photo uses them. Writes the row by an
    update (the photo's pages and stories are told). Returns whether anything changed.
    Raises ``OSError`` (storage) or Pillow's errors for a file it cannot decode (the desk's
    upload refuses those: :mod:`articles.forms.photoupload`)."""
    thumb_name, reader_name = rendition_names(photo)
    if photo.rendition.name == reader_name and photo.thumbnail.name == thumb_name:
        return False
    old = {photo.rendition.name, photo.thumbnail.name} - {"", thumb_name, reader_name}
    fields = {"rendition": "", "thumbnail": "", "width": None, "height": None}
    if reader_name:
        storage = photo.image.storage
        with photo.image.open("rb") as original:
            thumb, reader = renditions(original, (THUMBNAIL_WIDTH, READER_WIDTH))
        for name, copy in ((thumb_name, thumb), (reader_name, reader)):
            if storage.exists(name):  # a copy of an earlier file of the same name
                storage.delete(name)
            storage.save(name, ContentFile(copy.data))
        fields = {
            "rendition": reader_name,
            "thumbnail": thumb_name,
            "width": reader.width,
            "height": reader.height,
        }
    Photo.objects.filter(pk=photo.pk).update(**fields)
    for key, value in fields.items():
        setattr(photo, key, value)
    content_changed(tags=row_scope(photo))  # an update sends no post_save
    if old:
        transaction.on_commit(lambda: _remove_unused(old))
    return True


def photos_renditions_fill(photos: Iterable[Photo] | None = None) -> tuple[int, list[str]]:
    """:func:`photo_renditions_follow` for each of ``photos`` (every photo with an upload, or
    with copies, by default): how many got new copies, and a line (Chinese) for each whose
    image could not be read, naming it (the others are done all the same)."""
    if photos is None:
        photos = (
            Photo.objects.filter(~Q(image="") | ~Q(rendition=""))
            .select_related("page__issue__publication")
            .order_by("pk")
            .iterator(chunk_size=200)
        )
    made, failed = 0, []
    for photo in photos:
        try:
            with transaction.atomic():
                made += photo_renditions_follow(photo)
        except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
            failed.append(
                f"{photo.page} {photo.place}（{photo.image.name}）：图片文件读不出来（{error}），"
                "请在编辑台重新上传这张图片"
            )
    return made, failed


def _remove_unused(names: set[str]) -> None:
    """Remove the copies in ``names`` that no photo uses any more; one that cannot be removed
    is only logged."""
    for name in sorted(names):
        if (
            Photo.objects.filter(rendition=name).exists()
            or Photo.objects.filter(thumbnail=name).exists()
        ):
            continue
        try:
            default_storage.delete(name)
        except OSError as error:
            logger.warning("图片：旧的阅读用图 %s 未能删除（%s）", name, error)
