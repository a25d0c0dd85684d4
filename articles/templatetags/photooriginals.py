"""A photo's 原图 link on the public pages (``includes/photo.html``): the file the desk uploaded,
which may be a camera's several megabytes, so the link says its size (``原图 5.4 MB``) and saves
it under a name readers recognise (its caption's first words, ``市民顶风出行.jpg``) rather than
the name the uploader's camera or desktop gave it (``photo.jpg``, ``IMG_2043.JPG``)."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from django import template

register = template.Library()

#: How many characters of a caption a download's name keeps at most.
NAME_LENGTH = 24

#: Characters no file name may hold on Windows or macOS, and white space (the name stays one
#: word in a browser's download bar).
_UNSAFE = re.compile(r'[\\/:*?"<>|\s\x00-\x1f]+')

#: Where a caption's first clause ends: the download is named after it.
_CLAUSE_END = re.compile(r"[。！？；，、,.!?;]")


@register.filter
def original_size(photo) -> str:
    """The size of ``photo``'s uploaded original for readers, in decimal units as browsers and
    file managers show them (``5.4 MB``, ``820 KB``, ``512 B``); "" when the file cannot be
    read from the store (missing: the link then says no size). One ``stat`` of the file; the
    figure is remembered (``{% remembered photo|photo_key %}``, keyed by the file's name, which
    an upload never reuses), so not once a request."""
    name = getattr(photo.image, "name", "") if photo.image else ""
    if not name:
        return ""
    try:
        size = photo.image.storage.size(name)
    except OSError:  # (FileNotFoundError: not in the store)
        return ""
    return readable_size(size)


def readable_size(size: int) -> str:
    """``size`` bytes in the largest decimal unit under which it is at least 1: ``5.4 MB``
    (one decimal below 10, none from 10: ``12 MB``), ``820 KB``, ``512 B``."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if size >= scale:
            value = size / scale
            return f"{value:.1f} {unit}" if value < 10 else f"{round(value)} {unit}"
    return f"{size} B"


@register.filter
def original_download(photo) -> str:
    """The name ``photo``'s original is saved under (the link's ``download``): its caption's
    first clause, at most :data:`NAME_LENGTH` characters, without characters a file name may
    not hold, then the original's extension (``市民顶风出行.jpg``); ``图片<position>`` for a
    photo without a caption."""
    extension = PurePosixPath(getattr(photo.image, "name", "") or "").suffix.lower()
    first = _CLAUSE_END.split(photo.caption.strip(), maxsplit=1)[0] if photo.caption else ""
    stem = _UNSAFE.sub("", first)[:NAME_LENGTH] or f"图片{photo.position}"
    return stem + extension
