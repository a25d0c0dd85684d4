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
reason (``rendition_problem``), and ``manage.py photo_renditions`` makes them again.
"""

from __future__ import annotations

from django.conf import settings

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


def photo_renditions_follow(photo: Photo) -> bool:
    """After the desk saved ``photo``: its copies made now (:func:`photo_copies_make`) when its
    image is new and quick to decode, or taken off and queued for the worker when it is not
    (the row says 生成中, ``rendition_state``); taken off when it has no upload any more.
    Nothing when its copies are those of its image; queued again when it is still waiting (the
    image may be another since: the job for the old one then does nothing, as does a second
    job for the same one). Returns whether anything changed. Runs in the save's transaction:
    rolled back, nothing is queued and no file is removed."""
    if copies_current(photo):
        return False
    if not rendition_names(photo)[0] or _quick(photo):
        return photo_copies_make(photo)
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


def _quick(photo: Photo) -> bool:
    """Whether decoding ``photo``'s image for its copies stays within
    ``NEWSROOM_PHOTO_INLINE_PIXELS``; a file whose header cannot be read is made now (and
    marked failed at once)."""
    try:
        with photo.image.open("rb") as original:
            pixels = decoded_pixels(original)
    except UNREADABLE:
        return True
    return pixels <= settings.NEWSROOM_PHOTO_INLINE_PIXELS
