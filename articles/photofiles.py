"""A photo's copies for readers, made from the image an editor uploaded (the original, 原图,
which the desk keeps): a reader's picture and a thumbnail, WebP
(:func:`articles.photorenditions.renditions`), stored beside the original and named after its
stored name whole (``photos/2026/12/DSC_0001.JPG`` → ``…/DSC_0001.JPG-1200.webp``,
``…/DSC_0001.JPG-400.webp``), and what becomes of a photo's files when it goes. The storage gives
each upload a name of its own, so no two originals share copies and a new upload always gets
new ones (named after the name without its extension, ``DSC_0001.JPG`` and ``DSC_0001.png`` got
one pair: readers saw the later picture for both, and a corrected re-upload made none). A copy
never replaces a file already stored (another upload could bear its name): it takes the name
the storage gives (``…-1200_AbC12xY.webp``, :func:`copy_of`).

Made when the desk saves a photo whose upload is new (:mod:`articles.photouploads`: in the
save for a small picture, by the task worker for a large one, :func:`photo_copies_job`), and
for photos uploaded before there were copies, or whose copies failed, by ``manage.py
photo_renditions`` (:func:`photos_renditions_fill`). A photo without an upload (none yet, or a
picture cut from its page PDF, already reader-sized WebP) has no copies; one whose upload was
cleared or replaced loses them (their files are removed once the change is committed), and
its replaced original leaves readers' reach as a deleted photo's does (:func:`original_replaced`).

**A deleted photo** (the desk's delete, 撤销本版导入 or 删除本期, a page deleted with its photos):
its copies are removed once the deletion is committed (:func:`photo_deleted`, never when it
rolls back). Its original stays while a history record names it, out of readers' reach
(:mod:`articles.photowithheld`): the desk restores a deleted photo from its history (图片修改记录
→ 恢复), and a revert to an older version brings that version's image back, so an original goes
only when the history that names it is purged (``manage.py clean_old_history``) and ``manage.py
photo_renditions --remove-unused`` then finds it unused (:func:`photo_files_unused_remove`).
A picture cut from the page PDF is withheld the same way once no photo uses it (its name says
which PDF it was cut from, so two photos may share it): a retracted photo's picture answered
200 at ``/media/photos/pdf/…`` after its deletion. The page's own image and PDF still print it
(the page as printed): the desk's 删除 says so (:func:`articles.pagepictures.deleted_photos_note`).
"""

from __future__ import annotations

import io
import logging
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import partial

from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Count, Q
from PIL import Image, UnidentifiedImageError

from articles.changes import content_changed, row_scope
from articles.mediastore import MediaWriteError, store_whole
from articles.models import Photo, RenditionState
from articles.models.photos import PDF_PHOTOS
from articles.photorenditions import (
    READER_WIDTH,
    THUMBNAIL_WIDTH,
    UNREADABLE,
    jpeg_copy,
    renditions,
)
from articles.photowithheld import (
    original_withhold,
    stored_names,
    upload_named_apart,
    withheld_sweep,
)

logger = logging.getLogger(__name__)
#: Where editors' uploads and their copies are stored (``Photo.image``'s ``upload_to``).
PHOTOS = "photos/"


def rendition_names(photo: Photo) -> tuple[str, str]:
    """The storage names ``photo``'s thumbnail and reader's picture are made under: its
    uploaded image's stored name whole and the width (``…/DSC_0001.JPG-400.webp``,
    ``…/DSC_0001.JPG-1200.webp``), or ``("", "")`` when it has no upload
    (:attr:`~articles.models.Photo.uploaded`)."""
    if not photo.uploaded:
        return "", ""
    name = photo.image.name
    return f"{name}-{THUMBNAIL_WIDTH}.webp", f"{name}-{READER_WIDTH}.webp"


def copy_of(copy: str, name: str) -> bool:
    """Whether the stored ``copy`` is one made under ``name`` (:func:`rendition_names`):
    that name, or the one the storage gave when a file had it (``…-1200_AbC12xY.webp``)."""
    stem = re.escape(name.removesuffix(".webp"))
    return bool(name) and re.fullmatch(rf"{stem}(_[A-Za-z0-9]{{7}})?\.webp", copy) is not None


def copies_current(photo: Photo) -> bool:
    """Whether ``photo``'s copies are those of its image as it is now (or it rightly has
    none): nothing to make, nothing queued, nothing failed. Copies named otherwise (before
    this release, after the name without its extension: maybe another upload's) are not."""
    thumb_name, reader_name = rendition_names(photo)
    if photo.rendition_state != RenditionState.DONE:
        return False
    if not reader_name:
        return not photo.rendition.name and not photo.thumbnail.name
    return copy_of(photo.rendition.name, reader_name) and copy_of(photo.thumbnail.name, thumb_name)


def copies_shared() -> list[Photo]:
    """The photos whose copies another photo holds too (named, before this release, after the
    upload's name without its extension: ``DSC_0001.JPG`` and ``DSC_0001.png`` of one month
    showed readers one picture, the later upload's), by page; ``manage.py photo_renditions``
    names them and makes their copies again."""
    shared = (
        Photo.objects.exclude(rendition="")
        .values("rendition")
        .annotate(count=Count("pk"))
        .filter(count__gt=1)
        .values("rendition")
    )
    return list(
        Photo.objects.filter(rendition__in=shared)
        .select_related("page__issue__publication")
        .order_by("rendition", "pk")
    )


def unreadable_problem(error: BaseException, name: str = "") -> str:
    """What the desk is told when a photo's copies could not be made from its file ``name``
    (its stored name; said by its file name alone): why in Chinese words
    (:func:`unreadable_reason`), and what to do."""
    where = f"{os.path.basename(name)}：" if name else ""
    return (
        f"图片文件读不出来（{where}{unreadable_reason(error)}），无法生成阅读用图和缩略图；"
        "读者页面只显示图片说明，不显示这张图片。"
        "请在编辑台重新上传这张图片；文件没有问题时，点“重新生成图片副本”重做"
        "（或请管理员运行 manage.py photo_renditions）。"
    )


def write_problem(error: MediaWriteError) -> str:
    """What the desk is told when a photo's copies could not be written to the media storage
    (a full disk, a read-only folder): which file and why, and what to do."""
    return (
        f"阅读用图和缩略图没有生成：{error.said}读者页面暂不显示这张图片。"
        f"{error.fix}后点“重新生成图片副本”重做（或请管理员运行 manage.py photo_renditions）。"
    )


def unreadable_reason(error: BaseException) -> str:
    """Why a file could not be decoded, in the desk's words, for one of
    :data:`~articles.photorenditions.UNREADABLE`: Pillow's English (``cannot identify image
    file <ImageFieldFile: …>``, ``image file is truncated``) is never shown; a reason already
    in Chinese (:func:`articles.photorenditions.png_complete`'s) is kept."""
    text = str(error)
    if isinstance(error, UnidentifiedImageError):
        return "文件不是可识别的图片格式"
    if isinstance(error, Image.DecompressionBombError):
        return "图片像素太多，超过上限"
    if isinstance(error, FileNotFoundError):
        return "文件已不在存储里"
    if re.search(r"[\u4e00-\u9fff]", text):
        return text
    if "truncated" in text:
        return "图片数据不完整（文件被截断）"
    return "图片数据已损坏，无法解码"


def photo_copies_make(photo: Photo, *, keep_shown: bool = False) -> bool:
    """Make ``photo``'s copies for readers from its uploaded image now, when they are not those
    of that image (a new upload, none made yet, queued, failed), or take them off when it has
    no upload any more; the old copies' files are removed once no photo uses them, after
    commit. A file that cannot be decoded leaves the photo without copies and marked failed
    (``rendition_problem``: :func:`unreadable_problem`), and so does one whose copies cannot
    be written (:func:`write_problem`) — unless ``keep_shown`` and readers are shown copies of
    the photo's previous picture: then the :class:`~articles.mediastore.MediaWriteError` is
    raised, for the caller's transaction to roll back (the desk's change form: nothing saved,
    the old picture kept). Writes the row by an update (the photo's pages and stories are
    told). Returns whether anything changed."""
    if copies_current(photo):
        return False
    thumb_name, reader_name = rendition_names(photo)
    fields = _no_copies()
    if reader_name:
        try:
            fields = _copies_write(photo, thumb_name, reader_name)
        except MediaWriteError as error:  # (before UNREADABLE: it is an OSError too)
            if keep_shown and photo.rendition.name and photo.rendition_state == RenditionState.DONE:
                raise
            logger.warning("图片 %s：阅读用图未能写入（%s）", photo.image.name, error)
            fields = _no_copies(RenditionState.FAILED, write_problem(error))
        except UNREADABLE as error:
            logger.warning("图片 %s：阅读用图生成失败（%s）", photo.image.name, error)
            problem = unreadable_problem(error, photo.image.name)
            fields = _no_copies(RenditionState.FAILED, problem)
    photo_copies_set(photo, fields)
    return True


def photo_copies_set(photo: Photo, fields: dict) -> None:
    """Write ``fields`` (the copies' columns) on ``photo`` and its row by an update, tell its
    pages and stories, and remove the copies it no longer has once committed."""
    old = {photo.rendition.name, photo.thumbnail.name} - {"", fields.get("rendition", "")}
    old -= {fields.get("thumbnail", "")}
    Photo.objects.filter(pk=photo.pk).update(**fields)
    for key, value in fields.items():
        setattr(photo, key, value)
    content_changed(tags=row_scope(photo))  # an update sends no post_save
    if old:
        transaction.on_commit(lambda: remove_unused(old), robust=True)


def _no_copies(state: str = RenditionState.DONE, problem: str = "") -> dict:
    return {
        "rendition": "",
        "thumbnail": "",
        "width": None,
        "height": None,
        "rendition_state": state,
        "rendition_problem": problem,
        "shared_jpeg_bytes": None,
        "shared_jpeg_from": "",
    }


def _copies_write(photo: Photo, thumb_name: str, reader_name: str) -> dict:
    """Decode ``photo``'s image, store its two copies under their names (or those the storage
    gives when a file has one: no stored file is ever replaced, :func:`copy_of`) and return
    the columns that name them, with the length of the shared JPEG made from the reader's copy
    (:mod:`articles.sharedjpeg`: the feeds enclose it by that length)."""
    storage = photo.image.storage
    with photo.image.open("rb") as original:
        thumb, reader = renditions(original, (THUMBNAIL_WIDTH, READER_WIDTH))
    shared = jpeg_copy(io.BytesIO(reader.data))  # (as /photos/<id>.jpg makes it from the copy)
    thumb_name = store_whole(thumb_name, thumb.data, storage=storage, reuse=False)
    try:
        reader_name = store_whole(reader_name, reader.data, storage=storage, reuse=False)
    except OSError:  # (a full disk: the thumbnail alone would name no photo)
        remove_unused({thumb_name})
        raise
    return {
        "rendition": reader_name,
        "thumbnail": thumb_name,
        "width": reader.width,
        "height": reader.height,
        "rendition_state": RenditionState.DONE,
        "rendition_problem": "",
        "shared_jpeg_bytes": len(shared.data),
        "shared_jpeg_from": reader_name,
    }


def photo_copies_job(photo_id: int, image_name: str) -> dict:
    """The task worker's part (:func:`articles.tasks.photo_renditions_task`): make the copies
    of photo ``photo_id`` queued for its image ``image_name``. Decoding and storing happen
    outside any transaction (the write lock is not held for seconds); the row is then written
    only if the photo still has that image and is still waiting (a photo replaced, deleted or
    done by ``manage.py photo_renditions`` meanwhile is left alone, and the files just made
    are removed if unused). A file that cannot be decoded marks the photo failed. Returns
    ``{"photo", "done", "problem"}``."""
    photo = Photo.objects.filter(pk=photo_id).first()
    waiting = Q(pk=photo_id, image=image_name, rendition_state=RenditionState.QUEUED)
    if photo is None or not Photo.objects.filter(waiting).exists():
        return {"photo": photo_id, "done": False, "problem": "已不需要（图片已删除、换了或已生成）"}
    thumb_name, reader_name = rendition_names(photo)
    try:
        fields = _copies_write(photo, thumb_name, reader_name)
    except MediaWriteError as error:  # (before UNREADABLE: it is an OSError too)
        logger.warning("图片 %s：阅读用图未能写入（%s）", image_name, error)
        fields = _no_copies(RenditionState.FAILED, write_problem(error))
    except UNREADABLE as error:
        logger.warning("图片 %s：阅读用图生成失败（%s）", image_name, error)
        fields = _no_copies(RenditionState.FAILED, unreadable_problem(error, image_name))
    except Exception as error:  # a storage's own error, a bug: said on the photo, not lost
        logger.exception("图片 %s：阅读用图生成出错", image_name)
        fields = _no_copies(
            RenditionState.FAILED,
            f"生成阅读用图和缩略图时出错（{type(error).__name__}：{error}），读者页面暂不显示这张图片。"
            "请管理员查看任务日志，问题解决后点“重新生成图片副本”重做"
            "（或运行 manage.py photo_renditions）。",
        )
    with transaction.atomic():
        if Photo.objects.filter(waiting).update(**fields):
            content_changed(tags=row_scope(photo))
        else:
            made = {fields["rendition"], fields["thumbnail"]} - {""}
            transaction.on_commit(lambda: remove_unused(made), robust=True)
            return {"photo": photo_id, "done": False, "problem": "图片已在生成期间换了或删除"}
    return {
        "photo": photo_id,
        "done": fields["rendition_state"] == RenditionState.DONE,
        "problem": fields["rendition_problem"],
    }


def photos_renditions_fill(photos: Iterable[Photo] | None = None) -> tuple[int, list[str]]:
    """:func:`photo_copies_make` for each of ``photos`` (by default every photo with an upload,
    or with copies, or whose copies are queued or failed: the worker's queue need not run),
    each in its own transaction: how many got new copies, and a line (Chinese) for each whose
    image could not be read, naming it (the others are done all the same)."""
    if photos is None:
        photos = (
            Photo.objects.filter(
                ~Q(image="") | ~Q(rendition="") | ~Q(rendition_state=RenditionState.DONE)
            )
            .select_related("page__issue__publication")
            .order_by("pk")
            .iterator(chunk_size=200)
        )
    made, failed = 0, []
    for photo in photos:
        with transaction.atomic():
            changed = photo_copies_make(photo)
        if photo.rendition_state == RenditionState.FAILED:
            failed.append(
                f"{photo.page} {photo.place}（{photo.image.name}）：{photo.rendition_problem}"
            )
        elif changed:
            made += 1
    return made, failed


#: The uploads stored by the saves inside :func:`uploads_kept_only_if_saved` (their files).
_uploads_stored: ContextVar[list | None] = ContextVar("photo_uploads_stored", default=None)


def photo_saving(sender, instance: Photo, **kwargs) -> None:
    """The ``pre_save`` receiver for :class:`~articles.models.Photo`: a new upload this save
    stores is noted for :func:`uploads_kept_only_if_saved` (when one is open), and the original
    it replaces (a new upload, the image cleared, a revert to another) leaves readers' reach
    once the save is committed, as a deleted photo's does (:func:`original_replaced`)."""
    fields = kwargs.get("update_fields")
    if fields is None or "image" in fields:
        original_replaced(instance)
    if not instance.image or instance.image._committed:
        return
    upload_named_apart(instance)  # never a deleted photo's withheld name
    _upload_store(instance.image)
    noted = _uploads_stored.get()
    if noted is not None:
        noted.append(instance.image)


def _upload_store(upload) -> None:
    """Store a new upload (``photo.image``, not yet stored) whole or not at all
    (:func:`~articles.mediastore.store_whole`: Django's own save left a full disk's stub under a
    fresh name), under the name Django's save would give it; the field then stores it no more.
    Raises :class:`~articles.mediastore.MediaWriteError`."""
    name = upload.field.generate_filename(upload.instance, upload.name)
    upload.name = store_whole(name, upload.file, storage=upload.storage, reuse=False)
    upload._committed = True
    setattr(upload.instance, upload.field.attname, upload.name)  # (as FieldFile.save does)


def original_replaced(photo: Photo) -> None:
    """Before ``photo`` is saved: when its stored upload (原图) is no longer its image (another
    uploaded, cleared, a history revert to another), move it to the withheld folder once the
    save is committed (:func:`~articles.photowithheld.original_withhold`: its history still
    names it, a revert brings it back); it stayed public at its address until ``manage.py
    photo_renditions --remove-unused``. So does a picture cut from the page PDF that an upload
    replaced, once no photo uses it (its name is the PDF's: two photos may share it); it stayed
    public at ``/media/photos/pdf/…`` for good (a reviewer's retraction). A picture the import
    replaces is the import's (:func:`articles.importing.pdfphotos.remove_unused_cuts`)."""
    if photo.pk is None:
        return
    stored = Photo.objects.filter(pk=photo.pk).values_list("image", flat=True).first()
    if not stored:
        return
    if photo.image and photo.image._committed and photo.image.name == stored:
        return
    transaction.on_commit(lambda: original_withhold(stored), robust=True)


@contextmanager
def uploads_kept_only_if_saved() -> Iterator[None]:
    """Around a save that may store photos' uploads (the desk's forms, :class:`DeskGuards`):
    when it fails (an exception leaves it, its transaction rolled back), the uploads it stored
    are removed unless a photo or history record names them, so a failed save leaves no
    original in media that no row uses (a truncated JPEG's HTTP 500 did)."""
    token = _uploads_stored.set([])
    try:
        yield
    except BaseException:
        stored = {file.name for file in _uploads_stored.get() if file._committed and file.name}
        if stored:
            remove_unused(set(), originals=stored)
        raise
    finally:
        _uploads_stored.reset(token)


def photo_deleted(sender, instance: Photo, **kwargs) -> None:
    """The ``post_delete`` receiver for :class:`~articles.models.Photo` (every way a photo goes:
    the desk's delete, a page or issue undone, a cascade): once the deletion is committed, its
    copies are removed, and its original too if nothing names it any more (no photo, no history
    record: see the module's docstring). A rolled-back deletion removes nothing."""
    copies = {instance.rendition.name, instance.thumbnail.name} - {""}
    original = instance.image.name if instance.image else ""
    if copies or original:
        transaction.on_commit(
            lambda: remove_unused(copies, originals={original} - {""}), robust=True
        )
    if original:  # kept for its history, out of readers' reach (articles.photowithheld)
        transaction.on_commit(lambda: original_withhold(original), robust=True)


def _names_in_use(names: set[str], *, with_history: bool) -> set[str]:
    """Which of ``names`` a photo holds (its image, copy or thumbnail), or with ``with_history``
    a history record holds as its image."""
    used = set()
    for field in ("image", "rendition", "thumbnail"):
        used |= set(Photo.objects.filter(**{f"{field}__in": names}).values_list(field, flat=True))
    if with_history:
        used |= set(Photo.history.filter(image__in=names).values_list("image", flat=True))
    return used


def remove_unused(names: set[str], *, originals: Iterable[str] = ()) -> int:
    """Remove the files in ``names`` (copies) that no photo uses any more, and those in
    ``originals`` that no photo and no history record names; one that cannot be removed is
    only logged. Returns how many were removed."""
    originals = set(originals)
    unused = set(names) - _names_in_use(set(names), with_history=False)
    unused |= originals - _names_in_use(originals, with_history=True)
    removed = 0
    for name in sorted(unused):
        try:
            default_storage.delete(name)
            removed += 1
        except OSError as error:
            logger.warning("图片：不再使用的文件 %s 未能删除（%s）", name, error)
    return removed


def photo_files_unused_remove() -> tuple[int, int]:
    """Remove every file under ``photos/`` (not the pictures cut from page PDFs, which the
    import manages) that no photo and no history record names and that is no copy a photo is
    due to get (one its worker is making now); move the originals left that no photo uses
    (only history names them) out of readers' reach, and remove the withheld ones no history
    record names (:func:`articles.photowithheld.withheld_sweep`). Returns how many files were
    removed and how many withheld. What ``manage.py photo_renditions --remove-unused`` does
    after the history is purged."""
    stored = {
        name for name in stored_names(default_storage, PHOTOS) if not name.startswith(PDF_PHOTOS)
    }
    due = set()
    for photo in Photo.objects.exclude(image="").only("image").iterator(chunk_size=500):
        due.update(rendition_names(photo))
    removed = remove_unused(set(), originals=stored - due)
    left = {name for name in stored - due if default_storage.exists(name)}
    withheld, gone = withheld_sweep(
        left,
        in_use=partial(_names_in_use, with_history=False),
        named=partial(_names_in_use, with_history=True),
    )
    return removed + gone, withheld
