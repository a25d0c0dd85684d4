"""Scoped invalidation of the public page cache: an edit to a story refreshes the pages that show
that story and no other, and a read replica that lags never makes a stale page current.

**Tags.** Every cached public page records what it shows as a set of *tags*, each with the
version the tag had when the page was rendered (:mod:`articles.httpcache` stores them beside the
page). A tag's version is a random token in the configured cache (Redis in production, shared by
every worker and host), replaced when the content it names changes. A stored page is served only
while every one of its tags still has the version it was stored with; one changed tag and the
page is rendered again. The tags (see :func:`story` … :func:`person`):

======================  ========================================================================
``s<id>`` story         the story: its text, parts, reporters, photos
``p<id>`` page          what is printed on the page: its parts (any story with a part there),
                        photos, teasers
``l<id>`` page layout   which stories the page prints, in which order (上一篇/下一篇): a story
                        published, unpublished, created, deleted or moved, not one edited;
                        every page of an issue changed as a whole (an import, publishing)
``i<id>`` issue         anything printed in the issue (the issue page lists every headline)
``n<id>`` issue frame   the issue itself and its list of pages (status, date, labels, sections,
                        a page added by a late import, jumps stitched or unstitched)
``c<id>`` calendar      the paper's issues and their pages (往期回顾, 上一期/下一期, the latest
                        issue, the list of sections)
``S<id>-<hash>``        a section of the paper (版名): the stories printed on its pages
``u<id>`` person        a reporter's or photographer's name (a person saved)
``w<id>`` works         a person's stories (any story with their byline or a photo they are
                        credited on, before and after: their page and feed)
``photos``              any photo (the photographers' lists)
``any``                 anything at all: pages that declare nothing depend on it (people,
                        sitemaps, the papers' feeds), so every page is safe by default
``all``                 the epoch: every page depends on it; bumped by a change whose scope is
                        not known (a paper renamed, ``loaddata``, ``content_changed()`` bare)
======================  ========================================================================

A view declares what it shows with :func:`depends_on` while it renders (the article view: its
story, its home page's layout and the two neighbours it names — 上一篇/下一篇 —, its issue's
frame, its reporters, the related stories it lists); :func:`articles.changes.content_changed`
names the tags a change touches (an edit to a story: that story, every page it is printed on,
its issue, its pages' sections, its reporters' lists, ``any``). So an edit to story X renders again X's story
page, its pages, its issue, the lists that may show it and the story pages that name it (its
neighbours, stories that list it as related), and nothing else.

What is *not* a dependency: which stories an article lists as related is worked out when it
renders; a story edited elsewhere that would now rank among them appears when the page renders
next (any change to the story itself, its page layout or issue frame, or at the latest when the
entry expires, ``NEWSROOM_PUBLIC_CACHE_SECONDS``). A related story that is edited, unpublished or
deleted refreshes every page listing it, as above.

**Never a stale edit.** The tag versions of a page are read *after* it renders (a view's tags are
known only then), so a change committed while the page rendered could be missed: the page would
hold the old text under the new versions. A change therefore replaces ``any`` first, then its
own tags (:func:`bump_content_version`, after the commit); a render reads ``any`` before it
starts, its tags after it ends, and ``any`` again: if ``any`` moved, the page is served but
neither stored nor ETagged. If ``any`` did not move, no change was bumped between the two reads,
so every tag version read belongs to a change committed before the render began, which the page
shows. A tag missing from the cache (evicted) counts as changed.

**The quick check.** Reading every tag of a page on every hit costs one read per tag on the file
cache (one ``MGET`` on Redis). So a change also replaces ``any`` a second time, *after* its own
tags (``last``: the same key, :data:`LAST_KEY`, so that a render reads one key before it, not
two), and a page is stored with the version ``any`` had just *before* its tags were read (and
again each time a full check passes). While ``any`` keeps that version, no change has touched
any of the page's tags since they were read (a change that did would have replaced ``any``
after them), so a hit costs the page and ``any``: two keys, one read, as with one site-wide
version. Each write is a new version (time and random, never an old one), so the first write
still tells a render that overlapped the change, whatever other changes write meanwhile; the
second only makes more renders that overlapped a change go unstored, which is safe.

**The read memo.** For the same reason, what a process reads of the cache (tag versions, kept
values checked against them) is reused while ``last`` keeps the version read at the start of a
render or hit (:mod:`articles.readmemo`: keyed by the version a change writes after its tags,
``last``). A render then reads ``any`` once before it (which is ``last`` too) and once after.

**Read replicas** (issue 12). Public pages may read from a replica (``newsroom/routers.py``).
A change's tags say that the *primary* has changed; a replica may not have applied it yet, and a
page rendered from it then would be stored under the new versions and stay public after the
replica caught up. The rule: a page rendered from data older than the versions it is stored
under is never stored or ETagged. It is kept like this:

* the database counts content changes: :func:`bump_content_version` also adds one to
  :class:`ContentChangeCounter` *inside* the transaction that changes content (once per
  transaction, whether the rows were saved one by one or by ``update()``/``bulk_update``), so
  the count commits, and replicates, with the content itself;
* before rendering a page that is not in the cache, and after reading ``any``,
  :func:`consistent_public_reads` reads the count on the primary, then on the replica (on the
  connection the page is then read from). If the replica has applied at least as many changes,
  it holds every change committed before ``any`` was read, and the page is rendered from it;
  otherwise this one page is rendered from the primary. Either way the page is at least as new
  as every tag version it is stored under (those changes committed before ``any`` was read,
  see above).

Why this design, not a window after writes, and its cost: :mod:`articles.models.counters`.

The counter is a few rows ("slots") summed, not one row: on PostgreSQL a transaction increments
whichever slot no other transaction holds (``SKIP LOCKED``) and adds a slot when all are held,
so concurrent imports never queue (nor deadlock) on a shared row. Each committed change raises
the sum by exactly one, and a replica applies commits in order, so "replica sum ≥ primary sum"
means the replica holds everything the primary held. SQLite runs one writer at a time anyway.
What this assumes: the replica connection reaches one server for the whole request (with
several replicas behind a pooler, pool by session), and every content write goes through
:func:`bump_content_version` (as the cache version already requires).

Without a replica configured nothing of this is read: public pages cost what they did. The count
is still kept (one tiny write per content transaction), so that a host that reads from a replica
can trust it even when the host that imports has no replica configured.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
import secrets
import time
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from typing import TypeVar

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, transaction
from django.db.models import Sum

from articles import cachehealth, readmemo
from articles.cachehealth import cache  # a cache error is a miss (a Redis outage)
from articles.changecount import count_change
from articles.labels import section_key
from articles.models import ContentChangeCounter
from newsroom import routers

TAG_PREFIX = "newsroom:tag:"
ANY = "any"  # bumped by every change, first
PHOTOS = "photos"  # any photo changed (the photographers' lists)
RENAMES = "renames"  # a person or a former name (曾用名) changed (selectors.former_names_of)
ALL = "all"  # the epoch: every cached page depends on it
#: ``last``, the version a change writes after its tags (the quick check, the read memo): the
#: key of ``any``, which every change writes again after its tags (see the module docstring).
LAST_KEY = TAG_PREFIX + ANY


def story(pk) -> str:
    return f"s{pk}"


def page(pk) -> str:
    return f"p{pk}"


def layout(pk) -> str:
    return f"l{pk}"


def issue(pk) -> str:
    return f"i{pk}"


def issue_frame(pk) -> str:
    return f"n{pk}"


def calendar(pk) -> str:
    return f"c{pk}"


def section(paper_pk, name: str) -> str:
    digest = hashlib.sha256(section_key(name).encode()).hexdigest()[:16]  # 要　闻 is 要闻
    return f"S{paper_pk}-{digest}"


def person(pk) -> str:
    return f"u{pk}"


def works(pk) -> str:
    return f"w{pk}"


def _token() -> str:
    """A version no tag ever had before (time, so they sort; random, so two hosts never agree)."""
    return f"{time.time_ns():x}-{secrets.token_hex(4)}"


# --- what a page shows -----------------------------------------------------------------------

_collected: ContextVar[set[str] | None] = ContextVar("newsroom_cache_tags", default=None)
# The version ``any`` had before the page now rendering began (see :func:`kept`).
_render_mark: ContextVar[str | None] = ContextVar("newsroom_render_mark", default=None)
# What the page now rendering reads of the cache (see :func:`collecting`).
_reading: ContextVar[readmemo.Generation | None] = ContextVar("newsroom_reading", default=None)
#: Tags always read afresh, never from what a render has read already: the marks of changes.
FRESH = frozenset({ANY})


def depends_on(*tags: str) -> None:
    """Say, while a public page renders, that it shows what ``tags`` name (no-op elsewhere)."""
    collected = _collected.get()
    if collected is not None:
        collected.update(tags)


@contextlib.contextmanager
def collecting(mark: str | None = None, last: str | None = None) -> Iterator[set[str]]:
    """Collect the tags :func:`depends_on` declares inside the block (for one page). ``mark``:
    :func:`change_mark` read before the render began, which lets :func:`kept` keep values
    worked out inside the block; ``last``: :func:`last_change` read with it, which lets the
    block use what this process read of the cache since ``last`` took that version (tag
    versions and kept values: :mod:`articles.readmemo`, where the reasoning is).

    With a ``mark``, each tag's version is read from the cache once inside the block (by
    :func:`tag_versions` and :func:`still_current`; ``any`` and ``last`` always afresh): a
    story page checks its kept values and then stores itself under the same dozen tags, which
    cost a read each on the file cache. Reading a version earlier inside the block is as safe
    as reading it at the end: every read falls between the two reads of ``any`` around the
    render, and a version that changed in between comes with a new ``any`` (a change bumps
    ``any`` first), so the page and the values worked out are then neither kept nor stored;
    an older version than the cache now holds only makes what is stored under it expire
    sooner. The page's ``last`` is read before any of them (:func:`render_marks`)."""
    collected: set[str] = set()
    token = _collected.set(collected)
    mark_token = _render_mark.set(mark)
    if mark is None:
        reading = None
    else:
        reading = readmemo.Generation(mark) if last is None else readmemo.generation(last)
    read_token = _reading.set(reading)
    try:
        yield collected
    finally:
        _reading.reset(read_token)
        _render_mark.reset(mark_token)
        _collected.reset(token)


KEPT_PREFIX = "newsroom:kept:"
T = TypeVar("T")


def keeping() -> bool:
    """Whether :func:`kept` keeps values (``NEWSROOM_KEPT_SECONDS`` not 0): else it works each
    out every time, and a caller need not work out what it would key one by."""
    return bool(getattr(settings, "NEWSROOM_KEPT_SECONDS", 0))


def kept(
    key: str,
    compute: Callable[[], T],
    tags_of: Callable[[T], Iterable[str]],
    *,
    shared: bool = False,
    copy: Callable[[T], T] | None = None,
) -> T:
    """A value a public page works out (``compute()``), kept in the cache under the versions of
    the tags ``tags_of(value)`` names (and ``all``), like a page: served while none of them has
    changed, worked out again otherwise. For what is dear to work out and shown on pages that
    are rendered again for other reasons (a story's related stories, :mod:`articles.related`).

    The same rule as for pages keeps it from ever holding a stale value: it is kept only when
    worked out inside a page's render (:func:`collecting` with the ``mark`` read before the
    render, whose reads are consistent with it, :func:`consistent_public_reads`) and when
    ``any`` still has that version after the tags' versions were read. For
    ``NEWSROOM_KEPT_SECONDS`` at most (0: worked out every time, nothing kept is read). Costs two cache reads when kept (one
    ``GET`` and one ``MGET`` on Redis).

    ``shared``: the caller only reads the value (never sets an attribute on it or on what it
    holds), so the process's read memo may give the same objects to every render instead of a
    copy of their own (:mod:`articles.readmemo`). ``copy``: the caller changes the value only
    by setting attributes on what it holds, and ``copy(value)`` gives it a copy of its own to
    change (:func:`articles.queries.copied_rows`): the read memo gives each render one, made
    from the value it holds, rather than unpickling it. Stored as ``(versions, expires,
    pickled value)``, held so by the read memo too (:mod:`articles.readmemo`, "Past a
    change")."""
    seconds = getattr(settings, "NEWSROOM_KEPT_SECONDS", 0)
    if not seconds:
        return compute()
    reading = _reading.get()
    if reading is not None:
        found, value = reading.kept_value(key)
        if not found:  # remembered before a change: checked as the cache's copy would be
            found, value = reading.carried_value(key, still_current)
        if found:
            return value
    entry = readmemo.kept_entry(cache.get(KEPT_PREFIX + key))
    if entry is not None and still_current(entry[0]):
        versions, expires, pickled, value = entry
        if pickled is not None:
            value = pickle.loads(pickled)
        if reading is not None:
            reading.remember_kept(
                key, value, shared, copy, versions=versions, expires=expires, pickled=pickled
            )
        return value
    value = compute()
    mark = _render_mark.get()
    if mark is not None:
        versions = tag_versions({ALL, *tags_of(value)})
        if change_mark() == mark:
            expires = time.time() + seconds
            # Pickled once (before the caller changes it), for the cache and the memo alike.
            pickled = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
            cache.set(KEPT_PREFIX + key, (versions, expires, pickled), seconds)
            if reading is not None:
                reading.remember_kept(
                    key, value, shared, copy, versions=versions, expires=expires, pickled=pickled
                )
    return value


def page_tags(declared: Iterable[str]) -> set[str]:
    """The tags a page is stored under: the epoch, and what it declared (``any`` if nothing)."""
    return {ALL, *(declared or (ANY,))}


# --- versions ----------------------------------------------------------------------------------


def _held_versions(
    tags: Iterable[str], reading: readmemo.Generation | None = None
) -> dict[str, str]:
    """``{tag: version}`` for the tags the cache holds (an evicted or new tag is left out),
    each read once per page render, or once while ``last`` keeps its version
    (:func:`collecting`), ``any`` and ``last`` every time."""
    if not trusted():
        return {}  # a missed invalidation not yet applied: every tag counts as changed
    reading = reading or _reading.get()
    read = {} if reading is None else reading.versions
    tags = set(tags)
    # ``get``, not ``in`` then ``[]``: another thread may start the shared memo again between.
    known = {t: v for t in tags if t not in FRESH and (v := read.get(t)) is not None}
    wanted = [TAG_PREFIX + tag for tag in tags if tag not in known]
    if wanted:
        found = {k[len(TAG_PREFIX) :]: v for k, v in cache.get_many(wanted).items()}
        known.update(found)
        if reading is not None:
            reading.remember_versions({t: v for t, v in found.items() if t not in FRESH})
    return known


def tag_versions(tags: Iterable[str]) -> dict[str, str]:
    """The current version of each tag, giving a tag seen for the first time (or evicted) one."""
    tags = set(tags)
    found = _held_versions(tags)
    missing = [TAG_PREFIX + tag for tag in tags if tag not in found]
    if missing:
        for key in missing:
            cache.add(key, _token(), timeout=None)  # unless another process just did
        added = _held_versions(key[len(TAG_PREFIX) :] for key in missing)
        found.update(added)
    # A cache that keeps nothing (DummyCache) gets a fresh version each time: never a match.
    return {tag: str(found.get(tag) or _token()) for tag in tags}


def still_current(versions: dict[str, str], last: str | None = None) -> bool:
    """Whether no tag of a stored page has changed since (an evicted tag has). ``last``: the
    version of ``last`` read just before, to use the versions this process read since
    (:mod:`articles.readmemo`)."""
    found = _held_versions(versions, None if last is None else readmemo.generation(last))
    return all(found.get(tag) == version for tag, version in versions.items())


def change_mark() -> str:
    """The version of ``any``: read before a render and after it, equal only if no change was
    bumped in between (see the module docstring)."""
    return tag_versions([ANY])[ANY]


def last_change() -> str:
    """The version of ``last``, which every change replaces after its own tags (see the module
    docstring: the quick check of a cached page): ``any``'s, which a change writes before its
    tags and again after them."""
    return change_mark()


def render_marks() -> tuple[str, str]:
    """``(any, last)``: :func:`change_mark` and :func:`last_change`, read before a page renders
    (one key, one read: the same version twice); ``last`` then precedes every tag the page
    reads."""
    mark = change_mark()
    return mark, mark


def content_version() -> str:
    """A value that changes whenever any content changes (the version of ``any``)."""
    return change_mark()


class _Bump:
    """What runs when a content-changing transaction commits: ``any`` gets a new version, then
    every tag the transaction's changes named (``tags``, and those ``later`` computes from the
    committed rows, e.g. a story's new pages and reporters), then ``any`` another (``last``)."""

    def __init__(self) -> None:
        self.tags: set[str] = set()
        self.later: list[Callable[[], Iterable[str]]] = []
        self.done = False

    def __call__(self) -> None:
        self.done = True
        tags = set(self.tags)
        for compute in self.later:
            try:
                tags.update(compute())
            except Exception:  # the database went away after the commit: invalidate everything
                tags.add(ALL)
        failures = cachehealth.failures()
        _write_versions(tags)
        if cachehealth.failures() != failures:  # a write may be lost (the cache is down)
            cachehealth.record_missed_invalidation()


def _write_versions(tags: set[str]) -> None:
    """``any``, then the held ones of ``tags``, then ``last`` (see :class:`_Bump`)."""
    token = _token()
    cache.set(TAG_PREFIX + ANY, token, timeout=None)  # first: see the module docstring
    tags -= FRESH
    if tags:
        # A tag the cache does not hold counts as changed already (no stored page can match
        # it, and a render that adds it now read ``any`` after the line above): only the held
        # ones get the new version. An import names a hundred tags of an issue no one has
        # read yet; on the file cache each write costs a listing of the cache's folder.
        held = cache.get_many([TAG_PREFIX + tag for tag in tags])
        if held:
            cache.set_many(dict.fromkeys(held, token), timeout=None)
    # ``any`` again, ``last`` (see the module docstring): a new version, never the first
    # write's nor one another change wrote meanwhile.
    cache.set(LAST_KEY, _token(), timeout=None)


def trusted() -> bool:
    """Whether the cache may be served from (:func:`articles.cachehealth.trusted`: no missed
    invalidation left to apply; one that is gets a new epoch, ``all``, first)."""
    return cachehealth.trusted(lambda: _write_versions({ALL}))


def committed_changes(using: str) -> int:
    """How many content changes the database ``using`` has applied (committed ones, plus those
    of the current transaction on that connection)."""
    total = ContentChangeCounter.objects.using(using).aggregate(n=Sum("changes"))["n"]
    return total or 0


def bump_content_version(
    tags: Iterable[str] = (ALL,), later: Callable[[], Iterable[str]] | None = None
) -> None:
    """Count a content change in the current transaction and, once it commits, give ``tags``
    (and the tags ``later()`` returns then) new versions, ``any`` first.

    Counted once per transaction however many rows it saves (an import saves hundreds); the
    tags of every change in the transaction are bumped together. The default, ``all``,
    invalidates every cached page (a change whose scope is not known)."""
    connection = transaction.get_connection()
    pending = None
    if connection.in_atomic_block:
        # A block without a savepoint of its own (``atomic(savepoint=False)``, as Django's
        # deletes and the change count use) is the same level: Django records it as ``None``.
        here = set(connection.savepoint_ids) - {None}
        pending = next(
            (
                func
                for sids, func, *_ in connection.run_on_commit
                if sids - {None} == here and isinstance(func, _Bump) and not func.done
            ),
            None,
        )
    if pending is None:
        count_change()
        pending = _Bump()
        pending.tags.update(tags)
        if later is not None:
            pending.later.append(later)
        transaction.on_commit(pending)
        return
    pending.tags.update(tags)  # already counted and due when this transaction commits
    if later is not None:
        pending.later.append(later)


@contextlib.contextmanager
def consistent_public_reads() -> Iterator[None]:
    """Around the rendering of a public page about to be cached (``any`` read before entering,
    :func:`change_mark`): its reads come from the replica only if the replica has applied
    every content change the primary had committed by now, else from the primary.

    Without a replica configured, or outside a public read, this does nothing (no query)."""
    replica = routers.public_replica()
    if replica is None:
        yield
        return
    primary = committed_changes(DEFAULT_DB_ALIAS)  # first the primary, then the replica
    if committed_changes(replica) >= primary:
        yield
    else:
        with routers.reads_from_primary():
            yield
