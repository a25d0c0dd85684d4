"""What the desk's save of a photo does about its copies for readers (:mod:`articles.photofiles`):
makes them in the save when decoding the picture is quick, or queues them for the task worker
when it is not, so that the editor's save returns at once.

"Quick" is a bound on the pixels decoded (:func:`articles.photorenditions.decoded_pixels`,
read from the file's header): ``NEWSROOM_PHOTO_INLINE_PIXELS``, 4 million by default, ≈ 0.4 s
and 25 MB. A camera's JPEG is decoded at an eighth of its width (an 11000×9000 one is 1.5
million pixels: in the save, ≈ 0.4 s); a PNG or WebP is decoded whole (a 10000×10000 PNG took
5–9 s and 0.6–0.9 GB inside the request: now the worker's, ``bench/photo_bench.py``). Until
the worker has made them, readers get the original (the public templates fall back to ``image`` while ``rendition`` is
blank) and the desk's lists say 缩略图生成中; a job that fails marks the photo 生成失败 with the
reason (``rendition_problem``), and the desk's 重新生成图片副本 (the photo list's action, the
failed photo's button: :func:`photos_renditions_redo`) or ``manage.py photo_renditions`` makes
them again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction

from articles.models import Photo, RenditionState
from articles.photofiles import (
    UNREADABLE,
    copies_current,
    photo_copies_make,
    photo_copies_set,
    rendition_names,
)
from articles.photorenditions import decoded_pixels
from articles.tasks import photo_renditions_enqueue


def photo_renditions_follow(photo: Photo, *, keep_shown: bool = False) -> bool:
    """After the desk saved ``photo``: its copies made now (:func:`photo_copies_make`) when its
    image is new and quick to decode, or taken off and queued for the worker when it is not
    (the row says 生成中, ``rendition_state``); taken off when it has no upload any more.
    Nothing when its copies are those of its image; queued again when it is still waiting (the
    image may be another since: the job for the old one then does nothing, as does a second
    job for the same one). Returns whether anything changed. Runs in the save's transaction:
    rolled back, nothing is queued and no file is removed. ``keep_shown``: copies made now
    that cannot be written raise rather than take the previous picture's off
    (:func:`photo_copies_make`)."""
    if copies_current(photo):
        return False
    quick = not rendition_names(photo)[0] or _pixels(photo) <= settings.NEWSROOM_PHOTO_INLINE_PIXELS
    return _made_or_queued(photo, quick=quick, keep_shown=keep_shown)


def _made_or_queued(photo: Photo, *, quick: bool, keep_shown: bool = False) -> bool:
    """``photo``'s copies made now (``quick``), or taken off and queued for the worker."""
    if quick:
        return photo_copies_make(photo, keep_shown=keep_shown)
    photo_copies_set(
        photo,
        {
            "rendition": "",
            "thumbnail": "",
            "width": None,
            "height": None,
            "rendition_state": RenditionState.QUEUED,
            "rendition_problem": "",
        },
    )
    photo_renditions_enqueue(photo)
    return True


def _pixels(photo: Photo) -> int:
    """How many pixels making ``photo``'s copies decodes (:func:`decoded_pixels`); 0 for a file
    whose header cannot be read (made now, and marked failed at once)."""
    try:
        with photo.image.open("rb") as original:
            return decoded_pixels(original)
    except UNREADABLE:
        return 0


#: Why a photo is not redone (:func:`photos_renditions_redo`): it has no upload of its own.
NO_UPLOAD = "没有编辑上传的原图（未上传图片，或是从版面 PDF 裁出的图片），不需要生成副本"


def original_missing(photo: Photo) -> str:
    """Why ``photo``'s copies cannot be made again: its original is not in the storage any
    more (Chinese, naming the file and what to do)."""
    return f"原图文件 {photo.image.name} 已不在存储里，无法生成副本：请在编辑台重新上传这张图片"


@dataclass
class RedoReport:
    """What :func:`photos_renditions_redo` did, photo by photo: copies ``made`` in the request,
    ``queued`` for the task worker, tried and ``failed`` again (with the reason stored on the
    photo), already ``current`` (nothing to do), or ``refused`` (not tried: why)."""

    made: list[Photo] = field(default_factory=list)
    queued: list[Photo] = field(default_factory=list)
    failed: list[tuple[Photo, str]] = field(default_factory=list)
    current: list[Photo] = field(default_factory=list)
    refused: list[tuple[Photo, str]] = field(default_factory=list)


def photos_renditions_redo(photos) -> RedoReport:
    """Make the copies for readers of ``photos`` again, as the desk's save of a new upload does
    (:func:`photo_renditions_follow`): those whose copies are missing, failed or still queued
    (a worker that died), each in its own transaction. Made in the request while the pixels
    decoded for all of them stay within ``NEWSROOM_PHOTO_INLINE_PIXELS`` (a list of 50 photos
    holds the request no longer than one upload's save), queued for the task worker beyond.
    A photo without an upload (:data:`NO_UPLOAD`) or whose original is gone from the storage
    (:func:`original_missing`) is refused, its row left as it is. What the desk's
    重新生成图片副本 calls; ``manage.py photo_renditions`` does all in the command instead."""
    report = RedoReport()
    left = settings.NEWSROOM_PHOTO_INLINE_PIXELS
    for photo in photos:
        if not photo.uploaded:
            report.refused.append((photo, NO_UPLOAD))
            continue
        if copies_current(photo):
            report.current.append(photo)
            continue
        if not photo.image.storage.exists(photo.image.name):
            report.refused.append((photo, original_missing(photo)))
            continue
        pixels = _pixels(photo)
        quick = pixels <= left
        left -= pixels if quick else 0
        with transaction.atomic():
            _made_or_queued(photo, quick=quick)
        if photo.rendition_state == RenditionState.FAILED:
            report.failed.append((photo, photo.rendition_problem))
        elif photo.rendition_state == RenditionState.QUEUED:
            report.queued.append(photo)
        else:
            report.made.append(photo)
    return report
