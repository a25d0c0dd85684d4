"""Handing a page's memory back to the system while page PDFs are attached (glibc's allocator;
on other C libraries these do nothing). Used by :mod:`articles.importing.pdfs`: a page rendered at
150 dpi is about 13 MB, and the WebP encoder copies it twice (13 and 5 MB) on the attacher's
worker thread."""

from __future__ import annotations

import ctypes
import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


def trim() -> None:
    """Hand the memory freed after a page back to the system (glibc's ``malloc_trim``; nothing
    elsewhere). The encoder's copies of the page (about 18 MB at 150 dpi) are freed in the worker
    thread's own malloc arena, where the rendering thread cannot reuse them: kept, they would
    add to the next page's."""
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)


def _malloc_trim():
    try:
        return ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError):
        return None


_MALLOC_TRIM = _malloc_trim()


def map_large_allocations() -> None:
    """From now on, in this process, every allocation of 1 MB or more gets memory of its own
    from the system and gives it back when freed (glibc's ``M_MMAP_THRESHOLD``; nothing
    elsewhere); and what is free now is handed back. By default glibc raises that threshold to
    the size of the largest block freed, so after the first page the encoder's copies of a page
    (13 and 5 MB) come from the worker thread's malloc arena and stay there, as does what the
    text import freed: ``bench/pdf_bench.py`` measured a peak 9–11 MB higher for an edition.
    Costs the encoder a page fault per 4 KB it touches (a few ms a page, on the worker); the
    page is rendered into memory kept from page to page (:class:`RenderBuffer`)."""
    if _MALLOPT is None:
        return
    _MALLOPT(_M_MMAP_THRESHOLD, 1024 * 1024)
    trim()


def _mallopt():
    try:
        return ctypes.CDLL(None).mallopt
    except (AttributeError, OSError):
        return None


_MALLOPT = _mallopt()
_M_MMAP_THRESHOLD = -3  # glibc's malloc.h


_frozen_lock = threading.Lock()
_frozen_depth = 0
_thresholds_before: tuple[int, ...] = ()
#: Inside :func:`heap_frozen`, a young collection every this many container objects made (net of
#: those freed) instead of Python's 700. An import's batch makes hundreds of thousands that live
#: as long as the batch (its parsed pages, rows, analyses, findings): at 700 the importing process
#: of ``bench/import_bench.py --editions`` ran 565 young collections, 51 middle and 4 full ones
#: (walking everything made since the freeze: the caches grow), 0.23 s of its ≈ 4.5 s of CPU;
#: at 50,000, 2 young ones and no other (peak memory the same: what a batch leaves in cycles is
#: still collected, a little later).
YOUNG_THRESHOLD = 50_000


@contextmanager
def heap_frozen() -> Iterator[None]:
    """Inside the block, what the process held when the block began is left out of Python's
    garbage collections (``gc.freeze``; ``gc.unfreeze`` after, when the last such block in the
    process ends). Attaching page PDFs makes tens of thousands of tuples a page (characters,
    boxes), enough to start a full collection every few pages, and a full collection walks
    every object Django and the apps hold (about 110,000 here): 70-80 ms of CPU each, 15-19 ms
    a page (``bench/pdf_bench.py``'s edition; 1-6 ms each with them left out). Nothing is
    lost: what is frozen is still freed when its last reference goes, and collected after the
    block if it ended in a cycle; objects made in the block are collected as usual, but the
    young ones every :data:`YOUNG_THRESHOLD` objects made rather than every 700 (Python's
    thresholds as they were once the last block ends). Garbage already there (what setting up
    left in cycles: some 30,000 objects in ``bench/import_bench.py``'s process) is frozen with
    the rest and freed after the block: collecting it first cost an import that full
    collection (0.14-0.22 s of the importing process's ≈ 2.6 s there) for 3 MB of its peak
    (251 → 254 MB; its parsing worker's 239 → 245 MB)."""
    global _frozen_depth, _thresholds_before
    with _frozen_lock:
        if _frozen_depth == 0:
            gc.freeze()
            _thresholds_before = gc.get_threshold()
            gc.set_threshold(max(YOUNG_THRESHOLD, _thresholds_before[0]), *_thresholds_before[1:])
        _frozen_depth += 1
    try:
        yield
    finally:
        with _frozen_lock:
            _frozen_depth -= 1
            if _frozen_depth == 0:
                gc.set_threshold(*_thresholds_before)
                gc.unfreeze()
