"""A deleted photo's original (原图), kept out of readers' reach while its history can restore it.

The desk restores a deleted photo from its history (图片修改记录 → 恢复), so its original is kept
until that history is purged; kept in the media storage it stayed public at its old address (a
reviewer's ``/media/photos/2026/12/small.jpg`` answered 200 after 删除). So an original that no
photo uses any more is moved, once the deletion is committed, to the storage
:data:`WITHHELD` (``settings.STORAGES``: by default the folder ``NEWSROOM_WITHHELD_PHOTOS_DIR``,
``var/withheld-photos``, outside ``MEDIA_ROOT``: nothing serves it) under the same name
(:func:`original_withhold`); a history revert that names it copies it back before the photo's
copies are made again (:func:`original_back`). ``manage.py photo_renditions --remove-unused``
withholds the originals left public that only history names (a photo deleted before this
release, an original replaced by a new upload before this release: since, the save withholds it,
:func:`articles.photofiles.original_replaced`) and removes the withheld ones no history record
names any more, after ``manage.py clean_old_history`` (:func:`withheld_sweep`).

A picture cut from a page PDF (``photos/pdf/…``, named by the PDF: two photos may share it) is
withheld the same way once no photo uses it, its photo deleted or given an upload instead (a
retracted photo's picture answered 200 there), and a revert brings it back
(:func:`revert_picture`); one the import replaces is removed by the import.

A withheld name stays taken: a new upload that would get it is named otherwise
(:func:`upload_named_apart`), so a history record never names two pictures.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable

from django.core.files.storage import default_storage, storages
from django.db import transaction
from django.utils.crypto import get_random_string

from articles.mediastore import store_whole
from articles.models import Photo
from articles.models.photos import PDF_PHOTOS

logger = logging.getLogger(__name__)
#: The storage (``settings.STORAGES``) holding deleted photos' originals, out of readers' reach.
WITHHELD = "withheld-photos"


def withheld_storage():
    return storages[WITHHELD]


def original_withhold(name: str) -> bool:
    """Move the original ``name`` from the media storage to :data:`WITHHELD` when no photo uses
    it (its history may: it is kept, not removed); True when moved. Call after the deletion is
    committed. A storage error is logged and leaves the file where it was."""
    if not name or Photo.objects.filter(image=name).exists():
        return False
    withheld = withheld_storage()
    try:
        if not default_storage.exists(name):
            return False
        with default_storage.open(name, "rb") as original:
            # (withheld before, and back in the media since: the file there is replaced)
            store_whole(name, original.read(), storage=withheld)
        default_storage.delete(name)
    except OSError as error:
        logger.warning("图片：已删除图片的原图 %s 未能移出公开目录（%s）", name, error)
        return False
    return True


def original_back(photo: Photo) -> bool:
    """Before a history revert's copies are made: copy ``photo``'s original back from
    :data:`WITHHELD` to the media storage under its name, when it is withheld there and not in
    the media storage; the withheld file goes once the revert is committed. True when copied.
    Call in the revert's transaction."""
    name = photo.image.name if photo.image else ""
    withheld = withheld_storage()
    if not name or default_storage.exists(name) or not withheld.exists(name):
        return False
    with withheld.open(name, "rb") as original:
        stored = store_whole(name, original.read(), reuse=False)
    if stored != name:  # (the media storage gave another name: the photo names that one)
        photo.image.name = stored
        Photo.objects.filter(pk=photo.pk).update(image=stored)
    transaction.on_commit(lambda: withheld.delete(name), robust=True)
    return True


def revert_picture(version: str, current: str) -> str:
    """The picture (a stored name, "" for none) a history revert gives a photo whose picture is
    ``current`` now, reverted to a version that recorded ``version``: the version's when it is
    an upload (an editor's, brought back by :func:`original_back` if withheld) or a picture cut
    from the page PDF still stored; otherwise the current one. A revert restores what an editor
    changed (caption, credit, story, photographers), never a picture to an earlier empty state:
    a photo's first record is written when the import creates it, before its picture is cut
    from the PDF (an update, no record), and reverting to it emptied the picture for good
    (the photo, hand-edited since, is left alone by 重新匹配热区)."""
    if not version:
        return current
    if (
        version.startswith(PDF_PHOTOS)
        and not default_storage.exists(version)
        and not withheld_storage().exists(version)  # (a deleted photo's: original_back)
    ):
        return current  # (a cut replaced by a newer PDF's, its file removed)
    return version


def upload_named_apart(photo: Photo) -> None:
    """Before a new upload of ``photo`` is stored: rename it (``DSC_0001_AbC12xY.JPG``) when the
    name it would be stored under is withheld, so the history of the deleted photo that had that
    name restores its own picture, never this one."""
    upload = photo.image
    withheld = withheld_storage()
    base = os.path.basename(upload.name)
    stem, ext = os.path.splitext(base)
    name = base
    while withheld.exists(upload.field.generate_filename(photo, name)):
        name = f"{stem}_{get_random_string(7)}{ext}"
    upload.name = name


def withheld_sweep(public: Iterable[str], *, in_use, named) -> tuple[int, int]:
    """``manage.py photo_renditions --remove-unused``'s part: the originals of ``public`` (names
    in the media storage) that no photo uses (``in_use(names)``: those a photo holds) moved to
    :data:`WITHHELD`, and the withheld files no history record names any more
    (``named(names)``: those a photo or history record holds) removed. Returns (withheld,
    removed)."""
    public = set(public)
    moved = sum(original_withhold(name) for name in sorted(public - in_use(public)))
    withheld = withheld_storage()
    kept = set(stored_names(withheld, ""))
    removed = 0
    for name in sorted(kept - named(kept)):
        try:
            withheld.delete(name)
            removed += 1
        except OSError as error:
            logger.warning("图片：不再使用的原图 %s 未能删除（%s）", name, error)
    return moved, removed


def stored_names(storage, folder: str) -> Iterable[str]:
    """Every file's name under ``folder`` (``""``, or ending in ``/``) of ``storage``,
    recursively (none when it is not there)."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in files:
        yield f"{folder}{name}"
    for sub in folders:
        yield from stored_names(storage, f"{folder}{sub}/")
