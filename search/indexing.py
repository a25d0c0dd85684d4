"""Keeping the index in step with the stories.

Each story is segmented once per update (:func:`search.text.analyse`): the same pass gives the
index tokens and the words its keywords come from. Entries are written in bulk, one upsert per
batch; the database's triggers update its full-text structure (see :mod:`search.models`).

Who calls what (all through :func:`articles.changes.content_changed`, the one way to say it):

* the import service, after a batch of pages is written (``articles/importing/pipeline.py``,
  ``_write_pages``): :func:`index_pages_import` — the stories with a part on the pages, plus any
  story of their issues whose parts changed (a continuation stitched in or split off), plus
  stories containing names the dictionary just learned;
* editors' jump fixes (``articles/continuations/editing.py``): :func:`index_issue_changes`;
* any other save of a story or a part (the admin): :func:`queue_article`, from the one signal
  receiver in ``articles/changes.py``; the queue is indexed when the transaction commits
  (stories the import hook already indexed are taken off the queue);
* a deleted story takes its entry and keywords with it (``on_delete=CASCADE``);
* ``manage.py rebuild_search_index``: :func:`rebuild` (``--changed``: :func:`reindex_changed`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Q

from articles.continuations.joinedbylines import joined_bylines
from articles.importeddecks import decks_maybe_cut
from articles.models import Article, Page
from articles.printeddeck import printed_lines_if_changed
from articles.proofing import PartText, StoryText
from articles.proofreading.ahead import Ahead, ahead_take
from articles.storytext import joined_blocks
from search import dictionary, indexreads

# search.engine (with Django's PostgreSQL search classes and psycopg, ≈ 0.1 s) imported with this
# module, as import_pages starts, rather than inside its run at the first newly learned word.
from search.engine import Query
from search.entries import (  # noqa: F401  (build_entry, entry_row, write_entries: its API too)
    EntryRow,
    KeywordRow,
    build_entry,
    entry_row,
    in_keyset_pages,
    made_row,
    parts_signature,
    source_hash,
    write_entries,
    write_rows,
)
from search.entriesahead import entries_take, entry_forms, entry_taken, made_of
from search.learnedwords import stories_holding_any
from search.models import SearchEntry
from search.storycredits import printed_credits
from search.storyphotos import entry_texts, story_photo_texts
from search.text import Analysis, analyse, index_form, normalize, query_terms

BATCH_SIZE = 500


def story_title(article: Article) -> str:
    """The title deck as printed: 引题, 主题, 副题, one per line."""
    return _title(article.kicker, article.headline, article.subheadline)


def _title(kicker: str, headline: str, subheadline: str) -> str:
    return "\n".join(t for t in (kicker, headline, subheadline) if t)


def story_entry_title(
    kicker: str, headline: str, subheadline: str, title_lines, imported=None
) -> str:
    """The title a story's index entry holds: its deck as :func:`story_title`, then, when an
    editor changed the deck since the page printed it, the printed title lines (its first
    part's ``title_lines``, one a line: :func:`articles.printeddeck.printed_lines_if_changed`;
    ``imported``: its deck as imported, which tells a field cut short), so the headline as
    printed is still found, and ranked as a title."""
    printed = printed_lines_if_changed(title_lines, kicker, headline, subheadline, imported)
    return "\n".join((_title(kicker, headline, subheadline), *printed))


# Analyses of paragraph texts, so that a story re-indexed because a continuation was stitched to
# it segments only the new part. Keyed by the normalised text, with the dictionary generation
# each was made with: when the dictionary has learned words since, a text containing one of them
# is segmented again (a word changes how the texts containing it segment).
_CACHE_SIZE = 2048
_cache: OrderedDict[str, tuple[int, Analysis]] = OrderedDict()
_cache_lock = threading.Lock()
# Analyses made ahead of time by the importer's worker processes (see :func:`preanalyse`), for the
# batch being indexed (its stories, then its photos); emptied when its indexing ends.
_prefetched: dict[str, Analysis] = {}


def _still_valid(text: str, made_at: int) -> bool:
    if made_at == dictionary.generation:
        return True
    words = dictionary.changed_since(made_at)
    return words is not None and not any(w in text for w in words)


def cached_analysis(text: str) -> Analysis:
    """``analyse(text)`` of a normalised text, remembered for the last paragraphs analysed."""
    generation = dictionary.generation
    with _cache_lock:
        cached = _cache.get(text)
        if cached is not None and _still_valid(text, cached[0]):
            _cache[text] = (generation, cached[1])
            _cache.move_to_end(text)
            return cached[1]
        found = _prefetched.get(text)
    if found is None:
        found = analyse(text, normalised=True)
    with _cache_lock:
        _cache[text] = (generation, found)
        _cache.move_to_end(text)
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return found


def clear_cache() -> None:
    with _cache_lock:
        _cache.clear()
        _prefetched.clear()


def story_texts(kicker: str, headline: str, subheadline: str, blocks: Iterable[str]) -> set[str]:
    """The normalised texts the index segments for a story printed with this deck and these
    paragraphs: its title, and each paragraph on its own."""
    title = _title(kicker, headline, subheadline)
    return {t for t in (index_form(title), *(index_form(b) for b in blocks)) if t}


def page_names(reporters: Iterable[str], photographers: Iterable[str], datelines: Iterable[str]):
    """The words the dictionary learns from an imported page (as :func:`index_pages_import`
    learns them from its rows): reporters, photographers, and places from datelines."""
    names = {n[:50] for n in (*reporters, *photographers) if n}
    names |= {dictionary.dateline_place(d) or "" for d in set(datelines) if d}  # (each once)
    names.discard("")
    return names


@dataclass
class Prefetched:
    """Analyses made ahead of indexing (by an importer's worker process): ``analysed_at`` is the
    importer's :data:`dictionary.generation` when it sent the work, ``known`` the words the
    workers' dictionaries had that this process may not have had then, ``partial`` those of them
    that some worker had and another did not (several workers each learn their own pages' names):
    a text containing one of them is segmented again here."""

    analyses: dict[str, Analysis]
    analysed_at: int
    known: frozenset[str]
    partial: frozenset[str] = frozenset()
    proofread: Ahead | None = None  # (articles.proofreading.ahead: the same words decide)
    entries: dict | None = None  # (search.entriesahead: the same words decide)
    # The words the workers had learned when they made the pages' warnings that read names
    # (before these pages' own names), and those some worker had and another did not.
    taught: frozenset[str] | None = None
    taught_partial: frozenset[str] = frozenset()

    def warnings_differ(self) -> set[str] | None:
        """The words the workers' dictionaries, when they made the pages' warnings that read
        names (:func:`articles.importing.bylinechars.dictionary_texts`), and this process's
        now may disagree on: as :func:`use_prefetched` works them out, with ``taught`` for
        ``known``. None when it cannot be told (the page's warnings are made here)."""
        learned = dictionary.changed_since(self.analysed_at)
        if learned is None or self.taught is None:
            return None
        return (
            (learned - self.taught)
            | (self.taught - dictionary.learned_words())
            | self.taught_partial
        )


def preanalyse(texts: Iterable[str]) -> dict[str, Analysis]:
    """Analyses of normalised texts, made ahead of indexing (see :class:`Prefetched`)."""
    return {text: analyse(text, normalised=True) for text in texts}


def use_prefetched(prefetched: Prefetched) -> int:
    """Take analyses made ahead of time for the next indexing pass. A text containing a word one
    dictionary had and the other did not is left out (segmented again here); all of them are
    when it cannot be told which words those are. Returns how many were taken."""
    learned = dictionary.changed_since(prefetched.analysed_at)
    with _cache_lock:
        _prefetched.clear()
        if learned is None:
            ahead_take(None)
            entries_take(None)
            return 0
        differ = (learned - prefetched.known) | (prefetched.known - dictionary.learned_words())
        differ |= prefetched.partial
        ahead_take(prefetched.proofread, differ)
        entries_take(prefetched.entries, differ)
        for text, found in prefetched.analyses.items():
            if not any(w in text for w in differ):
                _prefetched[text] = found
        return len(_prefetched)


def index_articles(
    article_ids: Iterable[int], *, force: bool = False, read: dict[int, StoryText] | None = None
) -> int:
    """(Re-)index the given stories; return how many entries were written.

    A story whose text and parts are what its entry was built from is skipped unless ``force``
    (re-importing an unchanged story costs no segmentation). Ids of stories that no longer
    exist are dropped from the index. ``read``: every story read here is put in it by id, as a
    :class:`~articles.proofing.StoryText` (for the next reader of the same rows, the
    proofreading at commit: :func:`index_pages_import`)."""
    ids = sorted(set(article_ids))
    if not ids:
        return 0
    dictionary.ensure_current()
    written = 0
    for start in range(0, len(ids), BATCH_SIZE):
        # One transaction per batch (inside an import: the import's own, no savepoint).
        with transaction.atomic(savepoint=False):
            written += _index_batch(ids[start : start + BATCH_SIZE], force=force, read=read)
    _pending_discard(ids)
    return written


def _index_batch(chunk: list[int], *, force: bool, read: dict[int, StoryText] | None) -> int:
    # The stored hash and parts come in the same query (a left join on the entry). The stories
    # are locked first (PostgreSQL), as an import locks them before it writes their entries: an
    # editor's save indexed at commit then waits for a concurrent import instead of deadlocking
    # with it over the entries. Read as values, not model objects (a story's and a part's
    # objects cost more to make than the rest of indexing them but segmenting).
    stories = indexreads.STORIES.rows(chunk)[1]
    parts: dict[int, list[tuple]] = defaultdict(list)
    reading = indexreads.PARTS if read is None else indexreads.PARTS_LABELLED
    for row in reading.rows([story[0] for story in stories])[1]:
        parts[row[1]].append(row)
    photos = story_photo_texts([story[0] for story in stories])
    joined = joined_bylines([story[0] for story in stories])
    firsts = {pk: own[0][-1] for pk, own in parts.items() if own}  # (first parts' title lines)
    imported = decks_maybe_cut((s[0], firsts.get(s[0], ()), *s[2:5]) for s in stories)
    entries: list[EntryRow] = []
    keyword_rows: list[KeywordRow] = []
    for pk, issue_id, kicker, headline, subheadline, dateline, byline, *indexed in stories:
        own = parts.get(pk, ())
        if read is not None:
            texts = tuple(PartText(p[0], p[3], p[2]) for p in own)
            read[pk] = StoryText(
                pk, issue_id, kicker, headline, subheadline, dateline, byline, texts
            )
        # Its byline and dateline where printed apart from its text, then its photos' captions
        # and credit lines (search.storycredits, search.storyphotos).
        shown = printed_credits(byline, dateline, (p[2] for p in own))
        for part_byline in joined.get(pk, ()):  # (its joined parts': articles.continuations)
            shown += printed_credits(part_byline, "", (p[2] for p in own))
        shown += entry_texts(photos.get(pk, ()))
        first_lines = firsts.get(pk, ())
        title = story_entry_title(kicker, headline, subheadline, first_lines, imported.get(pk))
        built = _entry_of(pk, title, own, shown, indexed, force)
        if built is None:
            continue
        entry, rows = built
        entries.append(entry)
        keyword_rows.extend(rows)
    write_rows(entries, keyword_rows, [entry[0] for entry in entries])
    gone = set(chunk) - {story[0] for story in stories}
    if gone:
        SearchEntry.objects.filter(article_id__in=gone).delete()
    return len(entries)


def _entry_of(
    pk: int, title: str, own: list[tuple], photo_texts: list[str], indexed: list, force: bool
) -> tuple[EntryRow, list[KeywordRow]] | None:
    """The entry and keyword rows of story ``pk`` from its deck as one ``title``, its parts'
    rows ``own`` (id, story id, blocks, ...) and the texts indexed after them
    (``photo_texts``: its byline and dateline printed apart,
    :func:`search.storycredits.printed_credits`, then its photos' captions and credit lines,
    :func:`search.storyphotos.entry_texts`); None when ``indexed`` (its
    entry's stored hash and parts) says the entry is this already and not ``force``."""
    key = (title, tuple(b["text"] for b in joined_blocks(p[2] for p in own)), tuple(photo_texts))
    signature = parts_signature(p[0] for p in own)
    made = entry_taken(key)  # (made ahead by an importer's worker)
    if made is not None:
        if not force and tuple(indexed) == (made[4], signature):
            return None
        return made_row(pk, signature, made)
    # Each paragraph (and photo text, after them) segmented on its own: known ones from the cache.
    forms = entry_forms(key)
    if not force and tuple(indexed) == (source_hash(forms[0], forms[3]), signature):
        return None
    return made_row(pk, signature, made_of(forms, cached_analysis))


def stale_in_issue(issue_id: int) -> set[int]:
    """Stories of the issue without an entry, or whose parts are not the ones it was built from."""
    return stale_in_issues([issue_id])


def stale_in_issues(issue_ids: Iterable[int]) -> set[int]:
    """Stories of these issues without an entry, or whose parts are not the ones it was built from."""
    current: dict[int, list[int]] = {}
    stored: dict[int, str | None] = {}
    for article_id, part_id, signature in indexreads.PARTS_SIGNED.rows(issue_ids)[1]:
        parts = current.setdefault(article_id, [])
        if part_id is not None:
            parts.append(part_id)
        stored[article_id] = signature
    return {pk for pk, parts in current.items() if stored[pk] != parts_signature(parts)}


def index_pages_import(
    pages: Iterable[Page],
    *,
    prefetched: Prefetched | None = None,
    read: dict[int, StoryText] | None = None,
    photos: Callable[[], object] | None = None,
) -> int:
    """After pages were imported: index the stories they touched (only those), in bulk.

    Touched: the stories with a part on the pages, and any story of their issues whose parts
    changed (a continuation stitched in or split off). First the dictionary learns the pages'
    reporters, photographers and dateline places; stories indexed before that contain a new
    name are re-indexed too. ``prefetched``: analyses the importer's workers made ahead (see
    :func:`use_prefetched`). ``read``: the touched stories as read (see :func:`index_articles`),
    for the proofreading at commit (``articles.proofing.queue_pages``). ``photos()``: run after
    the stories, the workers' analyses still at hand (the pages' photos indexed: their captions)."""
    pages = list(pages)
    page_ids = [page.pk for page in pages]
    rows = indexreads.ON_PAGES.rows(page_ids)[1]
    touched = {article_id for article_id, _, _ in rows}
    names = page_names(
        (name for _, name, _ in rows if name),
        (name for (name,) in indexreads.PHOTOGRAPHERS.rows(page_ids)[1]),
        (dateline for _, _, dateline in rows),
    )
    # How the index segmented each new name so far: where it finds those pieces, the name may
    # be; those stories are re-indexed once the dictionary knows the name.
    before = {word: query_terms(word) for word in dictionary.unknown(names)}
    new_words = dictionary.learn(names)
    if prefetched:
        use_prefetched(prefetched)  # (and the proofreading's checks made ahead)
    else:
        ahead_take(None)
    try:
        touched |= stale_in_issues({page.issue_id for page in pages})
        written = index_articles(touched, read=read)
        if photos is not None:
            photos()
    finally:
        entries_take(None)
        with _cache_lock:
            _prefetched.clear()
    if new_words:
        written += reindex_segmented_as({w: before.get(w, []) for w in new_words}, touched)
    return written


def reindex_segmented_as(words: dict[str, list[str]], exclude: Iterable[int] = ()) -> int:
    """Re-index the stories containing newly learned words, found through the index by the
    pieces each word was segmented into before (a full scan only for a word without any)."""
    ids: set[int] = set()
    scan, queries = [], []
    for word, terms in words.items():
        if terms == [word]:
            continue  # already one token everywhere the index has it
        if not terms:
            scan.append(word)
            continue
        queries.append(Query(text=word, parts=(word,), terms=tuple(terms)))
    for start in range(0, len(queries), 100):  # one statement per hundred words
        ids |= stories_holding_any(queries[start : start + 100])
    ids -= set(exclude)
    written = index_articles(ids, force=True)
    if scan:
        written += reindex_containing(scan, exclude=set(exclude) | ids)
    return written


def index_issue_changes(issue_id: int) -> int:
    """After stories of an issue were stitched or split: index the ones whose parts changed."""
    return index_articles(stale_in_issue(issue_id))


def reindex_containing(words: Iterable[str], *, exclude: Iterable[int] = ()) -> int:
    """Re-index stories whose text contains any of ``words`` (after the dictionary changed)."""
    condition = Q()
    for word in {normalize(w) for w in words if w}:
        condition |= Q(title__contains=word) | Q(body__contains=word)
    if not condition:
        return 0
    found = SearchEntry.objects.filter(condition).exclude(article_id__in=list(exclude))
    return index_articles(list(found.values_list("article_id", flat=True)), force=True)


def rebuild(
    *, batch_size: int = BATCH_SIZE, progress: Callable[[int, int], None] | None = None
) -> int:
    """Re-index every story (with the dictionary as it is now); return the number indexed.

    Streams: the story ids are read a batch at a time (keyset pages in primary-key order, each
    ``batch_size`` ids with ``LIMIT``), so a rebuild of a million stories holds one batch in
    memory, not the table's ids (a server-side cursor would have to stay open across the
    batches' own transactions; a keyset page needs none). ``progress(done, total)`` is called
    after each batch, ``total`` counted once at the start (stories added meanwhile are indexed
    too and only make ``done`` pass it)."""
    dictionary.ensure_current(force=True)
    done, _ = _every_story(batch_size, progress, force=True)
    optimise()
    return done


def reindex_changed(
    *, batch_size: int = BATCH_SIZE, progress: Callable[[int, int], None] | None = None
) -> tuple[int, int]:
    """Re-index the stories whose entry was not built from their text as :func:`index_form`
    reads it now (its ``source_hash`` differs: the matching form changed, as when invisible
    format characters came to be dropped, :data:`articles.text.INVISIBLE`), or whose parts
    changed, or that have no entry; return ``(stories looked at, stories re-indexed)``.

    Every story is read and normalised, a batch at a time as :func:`rebuild` does, but only
    those are segmented and written: a change to the matching form that touches few stories
    costs a fraction of a rebuild."""
    dictionary.ensure_current(force=True)
    done, written = _every_story(batch_size, progress, force=False)
    if written:
        optimise()
    return done, written


def _every_story(
    batch_size: int, progress: Callable[[int, int], None] | None, *, force: bool
) -> tuple[int, int]:
    """:func:`index_articles` over every story, in keyset pages of ``batch_size`` ids (see
    :func:`rebuild`); entries of stories that no longer exist deleted first. Returns
    ``(stories looked at, entries written)``."""
    total = Article.objects.count()
    if progress:
        progress(0, total)
    SearchEntry.objects.exclude(article_id__in=Article.objects.values("pk")).delete()
    return in_keyset_pages(
        Article.objects.all(),
        batch_size,
        lambda ids: index_articles(ids, force=force),
        progress,
        total,
    )


def optimise() -> None:
    """Merge the full-text index's segments (SQLite FTS5; PostgreSQL needs nothing)."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')")


# Saves outside the import service (the admin): queue the story, index it at commit. ------------

_local = threading.local()


class _Pending:
    """Stories saved in the current transaction, indexed once it commits."""

    def __init__(self) -> None:
        self.ids: set[int] = set()
        self.__qualname__ = "search.indexing.queue_article"  # named in Django's on_commit log

    def __call__(self) -> None:
        if getattr(_local, "pending", None) is self:
            _local.pending = None
        if self.ids:
            index_articles(self.ids)


def queue_article(article_id: int | None) -> None:
    """Index the story when the current transaction commits (now, in autocommit mode)."""
    if not article_id:
        return
    if not connection.in_atomic_block:
        index_articles([article_id])
        return
    pending = getattr(_local, "pending", None)
    if pending is None or not any(entry[1] is pending for entry in connection.run_on_commit):
        pending = _Pending()  # the previous one ran, or was discarded with a rollback
        _local.pending = pending
        transaction.on_commit(pending, robust=True)
    pending.ids.add(article_id)


def _pending_discard(ids: Iterable[int]) -> None:
    pending = getattr(_local, "pending", None)
    if pending is not None:
        pending.ids.difference_update(ids)
