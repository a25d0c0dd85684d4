"""What a page file prints about itself, read when nothing else places it (no flag, manifest,
folder or file name says its paper, date or page): its stamp's date and page, its masthead's
paper. INPUT.md: the page's date and label are taken from its furniture when they say so."""

from __future__ import annotations

import functools
from pathlib import Path

from django.conf import settings

from articles import parsing


def printed_facts(file: Path) -> parsing.PageMetadata:
    """What the page in ``file`` prints about itself (:class:`articles.parsing.PageMetadata`: the
    date, label and paper its stamp, running head or masthead say). An empty one when the file
    cannot be read or parsed (its import then says what is wrong with it). Parsed once per
    version of the file (its size and modification time): the import parses it again."""
    try:
        stat = file.stat()
    except OSError:
        return parsing.PageMetadata()
    return _printed_version(file, (stat.st_size, stat.st_mtime_ns))


@functools.lru_cache(maxsize=64)
def _printed_version(file: Path, version: tuple[int, int]) -> parsing.PageMetadata:
    limit = settings.NEWSROOM_MAX_PAGE_BYTES
    try:
        with file.open("rb") as handle:
            data = handle.read(limit + 1)  # (a page over the limit is the import's to refuse)
        if len(data) > limit:
            return parsing.PageMetadata()
        return parsing.parse_page(data).metadata
    except (OSError, parsing.ParseError):
        return parsing.PageMetadata()
