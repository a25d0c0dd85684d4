"""Keeping the index of photos standing alone (:class:`search.models.PhotoEntry`) in step.

A photo printed with a story is found through its story (its caption and credit line are in
the story's entry, :mod:`search.storyphotos`); a photo with no story (picture news) has an entry of
its own: its caption and credit line, normalised and segmented as a story's text is
(:func:`search.indexing.cached_analysis`: a caption the story index segmented a moment ago is
not segmented again). Which photos have an entry follows ``Photo.article``: one that gets a
story loses its entry, one that loses it gets one. The search also asks for ``article IS
NULL`` (:mod:`search.photohits`), so an entry left behind by a write that bypassed all of the
below is never shown, only missed until the next re-index.

Who calls what (as for the stories, :mod:`search.indexing`):

* the import, after a batch of pages is written (``articles.changes.content_changed``):
  :func:`index_pages` — the pages' photos, and any photo of their issues whose entry does
  not follow its story link (:func:`stale_in_issues`);
* any single save or delete of a photo (the desk): :func:`queue_photo`, from the one receiver
  in ``articles/changes.py``, indexed when the transaction commits; a story deleted (its
  photos' ``article`` set to NULL by the database cascade, without a save of each):
  :func:`queue_issue`, its issue's photos checked at commit;
* a deleted photo takes its entry with it (``on_delete=CASCADE``);
* ``manage.py rebuild_search_index`` (every photo; ``--photos``: only them): :func:`rebuild`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

from articles.bulk import insert_rows, rows_delete
from articles.models import Photo
from articles.queries import Prepared
from search import dictionary
from search.entries import in_keyset_pages, source_hash
from search.indexing import BATCH_SIZE, cached_analysis
from search.models import PhotoEntry, PhotoFts
from search.text import index_form, normalize

_WRITTEN = ("caption", "credit", "caption_tokens", "credit_tokens", "source_hash", "indexed_at")
#: Every column of an entry as the indexer writes it (the database fills ``search_vector``).
_COLUMNS = ("photo_id", *_WRITTEN, "search_vector")


def index_photos(photo_ids: Iterable[int], *, force: bool = False) -> int:
    """(Re-)index the given photos; return how many entries were written.

    A photo standing alone gets an entry (skipped when its caption and credit are what the
    entry was built from, unless ``force``); a photo with a story, or one that no longer
    exists, loses its entry. A batch of :data:`search.indexing.BATCH_SIZE` photos a
    transaction (inside an import: the import's)."""
    ids = sorted(set(photo_ids))
    if not ids:
        return 0
    dictionary.ensure_current()
    written = 0
    for start in range(0, len(ids), BATCH_SIZE):
        with transaction.atomic(savepoint=False):
            written += _index_batch(ids[start : start + BATCH_SIZE], force=force)
    _pending_discard(ids)
    return written


def _index_batch(chunk: list[int], *, force: bool) -> int:
    rows = []
    alone = set()
    for pk, caption, credit, stored in _ALONE.rows(chunk)[1]:
        alone.add(pk)
        caption, credit = index_form(caption), index_form(credit)
        digest = source_hash(caption, credit)
        if stored == digest and not force:
            continue
        caption_tokens = cached_analysis(caption).joined() if caption else ""
        credit_tokens = cached_analysis(credit).joined() if credit else ""
        rows.append((pk, caption, credit, caption_tokens, credit_tokens, digest))
    if rows:
        now = timezone.now()
        insert_rows(
            PhotoEntry,
            _COLUMNS,
            [(*row, now, None) for row in rows],
            conflict="photo",
            update=_WRITTEN,
            together=True,
        )
    gone = set(chunk) - alone
    if gone:
        rows_delete(PhotoEntry, "photo", gone)
    return len(rows)


def stale_in_issues(issue_ids: Iterable[int]) -> set[int]:
    """Photos of these issues whose entry does not follow their story link: standing alone
    without an entry, or with a story and an entry. One query."""
    return {pk for (pk,) in _STALE_IN_ISSUES.rows(issue_ids)[1]}


# The photos of some ids that stand alone (no story), with their entry's hash (an import's
# every batch, an editor's save: built once).
_ALONE = Prepared(
    Photo,
    (list,),
    lambda ids: (
        Photo.objects.filter(pk__in=ids, article__isnull=True)
        .order_by()
        .values_list("pk", "caption", "credit_line", "search_entry__source_hash")
    ),
    primary=True,
)
# The photos printed on some pages (ids).
_ON_PAGES = Prepared(
    Photo,
    (list,),
    lambda page_ids: Photo.objects.filter(page_id__in=page_ids).order_by().values_list("pk"),
    primary=True,
)
_STALE_IN_ISSUES = Prepared(  # (an import's every batch: built once)
    Photo,
    (list,),
    lambda issue_ids: (
        Photo.objects.filter(page__issue_id__in=issue_ids)
        .filter(
            Q(article__isnull=True, search_entry__isnull=True)
            | Q(article__isnull=False, search_entry__isnull=False)
        )
        .order_by()
        .values_list("pk")
    ),
    primary=True,
)


def learning() -> int:
    """The dictionary's generation now: what :func:`index_pages` is given, taken before the
    story index learns a batch's names (:func:`search.indexing.index_pages_import`)."""
    return dictionary.generation


def index_pages(pages: Iterable, *, learned_since: int | None = None) -> int:
    """After pages were imported: index their photos (those unchanged are skipped) and any
    photo of their issues whose entry does not follow its story link (a continuation's photo
    given to a story stitched across pages, a story dropped by a re-import). Two queries when
    nothing changed. After the story index, whose dictionary has learned the pages' names:
    with ``learned_since`` (:func:`learning` before it), the photos elsewhere whose text holds
    a name learned since are segmented again (one more query, only then)."""
    pages = list(pages)
    if not pages:
        return 0
    ids = {pk for (pk,) in _ON_PAGES.rows([page.pk for page in pages])[1]}
    ids |= stale_in_issues({page.issue_id for page in pages})
    written = index_photos(ids)
    learned = dictionary.changed_since(learned_since) if learned_since is not None else None
    if learned:
        written += reindex_containing(learned, exclude=ids)
    return written


def reindex_containing(words: Iterable[str], *, exclude: Iterable[int] = ()) -> int:
    """Re-index the photos whose caption or credit contains any of ``words`` (names the
    dictionary has just learned), but those of ``exclude``. Found through the index, as the
    stories are (:func:`search.indexing.reindex_segmented_as`): by the pieces each word was
    segmented into before it was learned (:func:`search.dictionary.terms_before`), a hundred
    words a statement, then checked for the word itself; a scan of every entry only for a
    word whose pieces are not known. A word already one token is skipped."""
    grouped: list[tuple[str, ...]] = []
    scan: list[str] = []
    wanted: set[str] = set()
    for word in {normalize(w) for w in words if w}:
        terms = dictionary.terms_before(word)
        if terms == (word,):
            continue  # one token everywhere the index has it already
        wanted.add(word)
        if terms:
            grouped.append(terms)
        else:
            scan.append(word)
    candidates: set[int] = set()
    for start in range(0, len(grouped), 100):
        candidates |= _matching_any(grouped[start : start + 100])
    ids = {
        pk
        for pk, caption, credit in PhotoEntry.objects.filter(photo_id__in=list(candidates))
        .order_by()
        .values_list("photo_id", "caption", "credit")
        if any(word in caption or word in credit for word in wanted)
    }
    if scan:
        condition = Q()
        for word in scan:
            condition |= Q(caption__contains=word) | Q(credit__contains=word)
        ids |= set(PhotoEntry.objects.filter(condition).values_list("photo_id", flat=True))
    return index_photos(ids - set(exclude), force=True)


# The photos the full-text index matches (SQLite: FTS5's MATCH text), asked whenever an import
# learned names: built once.
_MATCHING = Prepared(
    PhotoFts,
    (str,),
    lambda text: PhotoFts.objects.filter(document__match=text).values_list("photo_id"),
)


def _matching_any(groups: list[tuple[str, ...]]) -> set[int]:
    """The photos whose entry holds every term of one of ``groups`` (one full-text statement)."""
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery

        from search.public import tsquery_text

        text = " | ".join(f"({tsquery_text(terms)})" for terms in groups)
        query = SearchQuery(text, search_type="raw", config="simple")
        return set(
            PhotoEntry.objects.filter(search_vector=query).values_list("photo_id", flat=True)
        )
    from search.engine import fts5_match_text

    text = " OR ".join(f"({fts5_match_text(terms)})" for terms in groups)
    return {photo_id for (photo_id,) in _MATCHING.rows(text)[1]}


def rebuild(
    *,
    force: bool = True,
    batch_size: int = BATCH_SIZE,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[int, int]:
    """Index every photo standing alone, in keyset pages of ``batch_size`` ids (as
    :func:`search.indexing.rebuild` streams the stories), and drop the entries of photos that
    have a story; ``force=False`` (``--changed``): only those whose entry is missing or not
    their text as :func:`~search.text.index_form` reads it now. Returns ``(photos looked at,
    entries written)``; ``progress(done, total)`` after each batch."""
    dictionary.ensure_current(force=True)
    PhotoEntry.objects.filter(photo__article__isnull=False).delete()
    total = Photo.objects.filter(article__isnull=True).count()
    if progress:
        progress(0, total)
    done, written = in_keyset_pages(
        Photo.objects.filter(article__isnull=True),
        batch_size,
        lambda ids: index_photos(ids, force=force),
        progress,
        total,
    )
    if written and connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_photo_fts(search_photo_fts) VALUES ('optimize')")
    return done, written


# Saves at the desk: queue the photo (or a deleted story's issue), index at commit. -------------

_local = threading.local()


class _Pending:
    """Photos saved, and issues whose stories were deleted, in the current transaction."""

    def __init__(self) -> None:
        self.ids: set[int] = set()
        self.issues: set[int] = set()
        self.__qualname__ = "search.photoindex.queue_photo"  # named in Django's on_commit log

    def __call__(self) -> None:
        if getattr(_local, "pending", None) is self:
            _local.pending = None
        ids = self.ids | (stale_in_issues(self.issues) if self.issues else set())
        if ids:
            index_photos(ids)


def _pending() -> _Pending | None:
    """The queue run when the current transaction commits (None in autocommit mode)."""
    if not connection.in_atomic_block:
        return None
    pending = getattr(_local, "pending", None)
    if pending is None or not any(entry[1] is pending for entry in connection.run_on_commit):
        pending = _Pending()  # the previous one ran, or was discarded with a rollback
        _local.pending = pending
        transaction.on_commit(pending, robust=True)
    return pending


def queue_photo(photo_id: int | None) -> None:
    """Index the photo when the current transaction commits (now, in autocommit mode): its
    entry written, rewritten or dropped as its caption, credit and story link say."""
    if not photo_id:
        return
    pending = _pending()
    if pending is None:
        index_photos([photo_id])
    else:
        pending.ids.add(photo_id)


def queue_issue(issue_id: int | None) -> None:
    """Check the issue's photos when the current transaction commits (now, in autocommit
    mode): a story deleted leaves its photos standing alone (:func:`stale_in_issues`)."""
    if not issue_id:
        return
    pending = _pending()
    if pending is None:
        index_photos(stale_in_issues([issue_id]))
    else:
        pending.issues.add(issue_id)


def _pending_discard(ids: Iterable[int]) -> None:
    pending = getattr(_local, "pending", None)
    if pending is not None:
        pending.ids.difference_update(ids)
