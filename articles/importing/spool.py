"""Pages parsed in batches ahead of their writing; a dry run's, all before its transaction.

On SQLite a transaction holds the database's one write lock from its start (``BEGIN
IMMEDIATE``): whatever is done inside one keeps every other writer (another import, the task
worker, an editor's save) waiting, and after the busy timeout failing with ``database is
locked``. So pages are parsed before the transaction that writes them opens, as the desk's
upload does (:func:`~articles.importing.upload.upload_run`):

* a real run (:func:`~articles.importing.pipeline.pages_import`) writes a batch per transaction
  and parses the next batch before (or, with workers, while) it writes one
  (:func:`prepared_batches`);
* a dry run writes every batch in one transaction, rolled back at the end (so a page says what
  the real run would: a jump answered by a later batch is not 待接). Its pages are all parsed
  first, outside any transaction; the batches wait on disk (:class:`SpooledBatches`, pickled
  into a temporary file: the run holds one batch of pages in memory, not all of them) and are
  read back one at a time inside the transaction, which then only writes.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterable, Iterator

from articles.importing.preparing import PageInput, batches
from articles.importing.unchanged import batch_collect, batch_submit, page_key


def prepared_batches(
    items: Iterable[PageInput], preparer, batch_pages: int, *, skip: bool, ahead: bool = False
) -> Iterator[tuple[list, object]]:
    """``items`` in batches (:func:`~articles.importing.preparing.batches`), each as its pages
    prepared (each a :class:`~articles.importing.preparing.Prepared` or a
    :class:`~articles.importing.reports.PageImportError`, in order) and what workers analysed
    for the search index (None when parsed here); the next batch is started on ``preparer``
    before one is handed over, so it is parsed while the caller writes this one. ``skip``: a
    page whose bytes are stored already is not parsed (:mod:`articles.importing.unchanged`),
    unless a batch not yet written may change it: the one before (``ahead`` False: the caller
    writes each batch before it takes the next) or any earlier one (``ahead``: every batch is
    prepared before any is written, a dry run's)."""
    pending = batches(items, batch_pages)
    batch = next(pending, None)
    seen: set = set()
    handle = batch_submit(preparer, batch, after=None, written=[], skip=skip) if batch else None
    while batch is not None:
        prepared, prefetched = batch_collect(preparer, batch, handle)
        # The next batch is parsed while this one is written; its workers are told the names
        # this one brings to the dictionary.
        following = next(pending, None)
        if following is not None:
            written = batch
            if ahead:  # none written yet: the pages of any earlier batch are not stored yet
                seen.update(page_key(item) for item in batch)
                written = [item for item in following if page_key(item) in seen]
            handle = batch_submit(preparer, following, after=prepared, written=written, skip=skip)
        yield prepared, prefetched
        batch = following


class SpooledBatches:
    """Batches of prepared pages (as :func:`prepared_batches` gives them) kept in a temporary
    file until they are written, read back in the order added, one at a time. Use it as a
    context manager: the file is removed when it is closed.

    ::

        with SpooledBatches() as spooled:
            for batch in prepared_batches(items, preparer, 64, skip=True, ahead=True):
                spooled.add(batch)  # no transaction open
            with transaction.atomic():
                for prepared, prefetched in spooled:
                    ...  # written
    """

    def __init__(self):
        self._file = tempfile.TemporaryFile(prefix="newsroom-dry-run-")  # noqa: SIM115 (closed on exit)

    def __enter__(self) -> SpooledBatches:
        return self

    def __exit__(self, *exc) -> None:
        self._file.close()

    def add(self, batch: tuple[list, object]) -> None:
        """Keep ``batch`` (its pages prepared, and what was analysed for the index) on disk."""
        pickle.dump(batch, self._file, protocol=pickle.HIGHEST_PROTOCOL)

    def __iter__(self) -> Iterator[tuple[list, object]]:
        self._file.seek(0)
        while True:
            try:
                yield pickle.load(self._file)  # (this process's own file)
            except EOFError:
                return
