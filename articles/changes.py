"""One way to say "content changed": :func:`content_changed`.

What follows a change to what readers may see is written here once: the cache tags of what
changed get new versions when the transaction commits (:mod:`articles.caching`, which also counts
the change for read replicas) and the search index is told which stories to index again
(:mod:`search.indexing`), and which photos standing alone (:mod:`search.photoindex`).

**Which tags a change touches** (its *scope*, see the table in :mod:`articles.caching`), always
with ``any``:

* a story (its row, a part, a photo of it): the story, every page it is printed on (before and
  after the change, so a part moved off a page refreshes that page too), its issue, those
  pages' sections, its reporters' and photographers' lists (before and after: both refreshed);
* a photo or a teaser: its page (and a photo's story), the issue (and the photographers');
* a page's picture (``PageImage``: a PDF attached, replaced or removed, its zones matched again,
  which saves it), as a page:
* a page, a jump, an issue (publishing, unpublishing, an import, a jump fixed by an editor):
  the whole issue — its frame, which every story and page view of the issue shows — its
  paper's calendar, its sections and its pages' layouts, its reporters' and photographers' lists;
* a person: that person's name; a paper, or anything else: every page (``all``).

"Before" is read by :func:`row_changing` (``pre_save``, one query per updated row) and kept on
the instance until :func:`row_changed`; "after" is read when the transaction commits. A story
created, deleted, published, unpublished or moved also changes the layout (``l<id>``) of those
pages (:data:`articles.layouts.LAYOUT_FIELDS`); an edit to its text does not.

Who calls it, and why there are two kinds of caller but one function:

* **services that write in bulk call it themselves**, saying what they changed: the import
  pipeline (``pages=``, with the analyses its workers made ahead), editors' jump fixes
  (``issue_id=``), publishing (no stories to index: visibility is decided at query time).
  Bulk inserts and ``update()`` send no signals, so these must be explicit.
* **every single-row save or delete of a content model** — the admin's forms, history reverts,
  list actions, spreadsheet rows — reaches it through the one receiver :func:`row_changed`,
  connected in ``articles/apps.py`` to ``post_save`` and ``post_delete`` of each content model
  (and :func:`byline_deleted` to a byline's ``post_delete``: a deleted story's bylines are gone
  before its own signal, so its reporters' lists are told by their bylines).
  A signal is the one place that sees every such save without each admin view remembering to
  call; nothing else in the project listens to model signals but the removal of a deleted
  photo's files (:func:`articles.photofiles.photo_deleted`, after commit). Inside
  :func:`collecting` (the import wraps each batch in it) the receiver only records the row, and
  the scope of all the rows is read in bulk and bumped once when the block ends (one rule per model,
  :func:`_rule`, read now by :func:`row_scope` or in bulk by the block).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field

from django.db import DatabaseError
from django.db.models.signals import post_delete

from articles import caching, proofing
from articles.caching import bump_content_version
from articles.changescopes import (
    issues_scope,
    issues_tags,
    primary_rows,
    stories_scope,
    stories_tags,
)
from articles.layouts import layout_changed as _layout_changed
from articles.layouts import with_layout as _with_layout
from articles.models import (
    Article,
    ArticlePart,
    Issue,
    Jump,
    Page,
    PageImage,
    Person,
    PersonAlias,
    Photo,
    Publication,
    Teaser,
)
from search import indexing, photoindex

#: The models whose rows readers see (directly or through a page): a save or delete of any of
#: them is a content change.
CONTENT_MODELS = (
    Publication, Issue, Page, PageImage, Article, ArticlePart, Photo, Teaser, Jump, Person,
    PersonAlias,
)  # fmt: skip


#: Models whose rows can move (to another page, story or issue): their old place is read before
#: an update (:func:`row_changing`).
MOVABLE_MODELS = (Issue, Page, Article, ArticlePart, Photo, Teaser, Jump)


@dataclass
class _Rule:
    """The scope of one row as its own fields give it (:func:`_rule`), the database not read
    yet: ``tags`` known already, then what :class:`_Reads` reads for the rest: the scope of
    each story in ``stories``; for each page in ``pages`` its tag, ``any`` and its issue's tag;
    with ``issues`` (not None), the scope of those whole issues; with ``parts`` (a jump's), the
    scope of the issues these parts are printed in, or ``all`` if they are in none."""

    tags: set[str]
    stories: set[int] = field(default_factory=set)
    pages: set = field(default_factory=set)
    issues: set[int] | None = None
    parts: set[int] | None = None
    whole_pages: set[int] = field(default_factory=set)  # pages whose whole issues it touches


def _rule(instance) -> _Rule:
    """What a save or delete of ``instance`` (one of :data:`CONTENT_MODELS`) touches: see the
    module docstring; :func:`row_scope` reads it now, :func:`collecting` in bulk."""
    if isinstance(instance, Article):
        return _Rule(
            {caching.ANY, caching.issue(instance.issue_id)}
            | {caching.story(instance.pk), caching.page(instance.page_id)},
            stories={instance.pk},
        )
    if isinstance(instance, ArticlePart):
        return _Rule(set(), stories={instance.article_id}, pages={instance.page_id})
    if isinstance(instance, Photo):
        # A page's own tag with its issue's (not the frame: what is printed changed, not the
        # list of pages); the same for a teaser and a story's part.
        return _Rule({caching.PHOTOS}, stories={instance.article_id}, pages={instance.page_id})
    if isinstance(instance, Teaser):
        return _Rule(set(), pages={instance.page_id})
    if isinstance(instance, Page):
        return _Rule({caching.page(instance.pk)}, issues={instance.issue_id})
    if isinstance(instance, PageImage):
        # The page's picture and zones (zones_write saves it after them): the issue's frame
        # keeps each page's picture (版面导航), its story pages show where they ran.
        return _Rule({caching.page(instance.page_id)}, whole_pages={instance.page_id})
    if isinstance(instance, Issue):
        tags = {caching.issue(instance.pk), caching.issue_frame(instance.pk)}
        return _Rule(tags | {caching.calendar(instance.publication_id)}, issues={instance.pk})
    if isinstance(instance, Jump):
        return _Rule(set(), parts={instance.part_id})
    if isinstance(instance, Person):
        return _Rule({caching.ANY, caching.RENAMES, caching.person(instance.pk)})
    if isinstance(instance, PersonAlias):  # (the search page's renamed-reporter note)
        return _Rule({caching.ANY, caching.RENAMES, caching.person(instance.person_id)})
    return _Rule({caching.ALL})  # a paper: its name is on every page


class _Reads:
    """What the database says the ids of :class:`_Rule` s touch, read in bulk (a few queries
    for any number of rules, :meth:`read`), kept by id: the scope of each story and of each
    whole issue, the issue of each page, the issues of each part."""

    def __init__(self) -> None:
        self.stories: dict[int, set[str]] = {}
        self.pages: dict[int, set[int]] = {}
        self.issues: dict[int, set[str]] = {}
        self.parts: dict[int, set[int]] = {}

    def read(self, rules: Iterable[_Rule]) -> None:
        """Read what the rules name and is not read yet."""
        rules = list(rules)
        stories = {pk for r in rules for pk in r.stories if pk} - self.stories.keys()
        self.stories.update(stories_tags(stories))
        pages = {pk for r in rules for pk in (*r.pages, *r.whole_pages) if pk}
        self.pages.update(_issues_of(pages - self.pages.keys(), "pk"))
        parts = {pk for r in rules for pk in r.parts or () if pk} - self.parts.keys()
        self.parts.update(_issues_of(parts, "parts__pk"))
        self.issues.update(issues_tags(self._issues_named(rules) - self.issues.keys()))

    def _issues_named(self, rules: list[_Rule]) -> set[int]:
        """The whole issues the rules touch: named, and those of their whole pages and parts
        (read already)."""
        issues = {pk for r in rules for pk in r.issues or () if pk}
        issues |= {pk for r in rules for page in r.whole_pages for pk in self.pages.get(page, ())}
        return issues | {
            pk for r in rules for part in r.parts or () for pk in self.parts.get(part, ())
        }

    def add(self, other: _Reads) -> None:
        """Add what ``other`` read (read at another time) to what this one read."""
        for mine, theirs in (
            (self.stories, other.stories),
            (self.pages, other.pages),
            (self.issues, other.issues),
            (self.parts, other.parts),
        ):
            for pk, found in theirs.items():
                mine[pk] = mine.get(pk, set()) | found

    def scope(self, rule: _Rule) -> set[str]:
        """The tags of ``rule`` from what was read (:meth:`read` first)."""
        tags = set(rule.tags)
        for pk in rule.stories:
            if pk:
                tags |= self.stories[pk]
        for pk in rule.pages:
            tags |= {caching.ANY, caching.page(pk)}
            tags |= {caching.issue(issue_id) for issue_id in self.pages.get(pk, ())}
        issues = None if rule.issues is None else {pk for pk in rule.issues if pk}
        if rule.whole_pages:
            issues = (issues or set()) | {
                pk for page in rule.whole_pages for pk in self.pages.get(page, ())
            }
        if rule.parts is not None:
            issues = {pk for part in rule.parts if part for pk in self.parts.get(part, ())}
            if not issues:
                return tags | {caching.ALL}
        if issues is not None:
            tags |= {caching.ANY, caching.PHOTOS}.union(*(self.issues[pk] for pk in issues))
        return tags


def _issues_of(ids: set[int], key: str) -> dict[int, set[int]]:
    """``{id: issue ids}`` of pages (``key`` "pk") or of the pages of parts ("parts__pk")."""
    found: dict[int, set[int]] = {pk: set() for pk in ids}
    if ids:
        pages = primary_rows(Page).filter(**{f"{key}__in": ids})
        for pk, issue_id in pages.values_list(key, "issue_id"):
            found[pk].add(issue_id)
    return found


def row_scope(instance) -> set[str]:
    """The tags a save or delete of ``instance`` (one of :data:`CONTENT_MODELS`) touches, from
    where it is now (its own fields and the database)."""
    rule = _rule(instance)
    reads = _Reads()
    reads.read([rule])
    return reads.scope(rule)


def row_changing(sender, instance, raw: bool = False, **kwargs) -> None:
    """The ``pre_save`` receiver for :data:`MOVABLE_MODELS`: the scope of the row as stored,
    before the update moves it (kept on the instance for :func:`row_changed`). Inside
    :func:`collecting`, what the row touched is read once for the whole block."""
    if raw or instance.pk is None:
        return
    old = primary_rows(sender).filter(pk=instance.pk).first()
    if old is None:
        return
    batch = _batch.get()
    if batch is None:
        instance._cache_before = (old, row_scope(old), [])
    else:
        instance._cache_before = (old, set(), [batch.touch(_rule(old))])


def saves_coming(instances: Iterable) -> None:
    """Inside :func:`collecting`: read now, in a few queries for them all, what saving each of
    ``instances`` (rows already stored) touches as stored, which :func:`row_changing` would
    read one row at a time (three queries an issue). Call it right before the saves, with
    nothing written in between. Outside a block it does nothing."""
    batch = _batch.get()
    if batch is not None:
        batch.first.read([_rule(instance) for instance in instances if instance.pk])


def content_changed(
    *,
    article_ids: Iterable[int] = (),
    pages: Iterable[Page] | None = None,
    issue_id: int | None = None,
    prefetched: indexing.Prefetched | None = None,
    issues: Iterable[int] = (),
    tags: Iterable[str] = (),
) -> None:
    """Say that content changed, in the current transaction (once it commits, the public cache
    is stale and the changed stories are indexed again).

    ``article_ids``: stories whose deck or text may have changed (indexed at commit);
    ``pages``: imported pages (their stories, the stories their jumps moved, and stories with
    newly learned names are indexed now, with the workers' ``prefetched`` analyses);
    ``issue_id``: an issue whose stitching an editor changed; ``issues``: issues changed as a
    whole (publishing); ``tags``: cache tags already worked out (:func:`row_changed`). With none
    of these, every cached page is invalidated (a change whose scope is not known)."""
    proofing.content_changing()  # stories read before this are read again to be checked
    pages = list(pages) if pages is not None else None
    article_ids = [pk for pk in article_ids if pk]
    scope = set(tags)
    whole = set(issues) | ({issue_id} if issue_id is not None else set())
    whole |= {page.issue_id for page in pages or ()}
    if whole:
        scope |= issues_scope(whole)
    if article_ids and not tags:
        scope |= stories_scope(article_ids)  # (row_changed has worked them out already)
    if not scope:
        scope = {caching.ALL}
    # The stories' pages and reporters once the transaction has committed (an admin form saves
    # the story, then its parts and bylines).
    bump_content_version(scope, later=(lambda: stories_scope(article_ids)) if article_ids else None)
    if pages is not None:
        pages = list(pages)
        read: dict = {}  # the stories as the index reads them, checked as they are at commit
        learned_at = photoindex.learning()
        indexing.index_pages_import(  # then their photos (the names learned by now)
            pages,
            prefetched=prefetched,
            read=read,
            photos=lambda: photoindex.index_pages(pages, learned_since=learned_at),
        )
        proofing.queue_pages(pages, read=read)  # proofreading, at commit (articles/proofing.py)
    if issue_id is not None:
        indexing.index_issue_changes(issue_id)
    article_ids = list(article_ids)
    for article_id in article_ids:
        indexing.queue_article(article_id)
    proofing.queue_articles(article_ids)


def row_changed(sender, instance, raw: bool = False, **kwargs) -> None:
    """The one ``post_save`` / ``post_delete`` receiver for :data:`CONTENT_MODELS`."""
    if raw:  # loaddata restores rows as stored: the cache goes stale, the index is rebuilt apart
        content_changed()
        return
    if isinstance(instance, Article):
        stories = [instance.pk]
    elif isinstance(instance, ArticlePart):
        stories = [instance.article_id]
    else:
        stories = []
    old, before, before_rules = getattr(instance, "_cache_before", (None, set(), []))
    if isinstance(instance, Photo):  # its caption is in its story's index (and was in the old)
        stories = [instance.article_id, getattr(old, "article_id", None)]
    stories = list(dict.fromkeys(pk for pk in stories if pk))
    instance._cache_before = (None, set(), [])
    deleted = kwargs.get("signal") is post_delete
    _queue_photos(instance, deleted)
    layout = _layout_changed(instance, old, deleted=deleted)
    batch = _batch.get()
    if batch is None:
        scope = row_scope(instance) | before
        content_changed(article_ids=stories, tags=_with_layout(scope) if layout else scope)
        return
    # Inside collecting(): the scope is worked out when the block ends; the rest as above.
    rule = batch.touch(_rule(instance)) if deleted else _rule(instance)
    batch.changes.append(([rule, *before_rules], before, layout))
    batch.article_ids.update(stories)
    proofing.content_changing()
    for article_id in stories:
        indexing.queue_article(article_id)
    proofing.queue_articles(stories)


def _queue_photos(instance, deleted: bool) -> None:
    """The index of photos standing alone (:mod:`search.photoindex`), at commit: a photo saved
    (its caption, credit or story changed; a deleted one's entry went with it), or the photos of
    a deleted story's issue (the database set their story to NULL without saving them)."""
    if isinstance(instance, Photo) and not deleted:
        photoindex.queue_photo(instance.pk)
    elif isinstance(instance, Article) and deleted:
        photoindex.queue_issue(instance.issue_id)


def byline_deleted(sender, instance, **kwargs) -> None:
    """The ``post_delete`` receiver for :class:`~articles.models.Byline`: the reporter's list of
    stories (``w<person>``) and the story's page. Every way a story loses a reporter deletes
    bylines: an edit of its reporters, a re-import that drops the story or changes its byline,
    the admin deleting the story (its bylines go first, by cascade, before the story's own
    signal, which then finds no reporter to read), a bulk delete (``QuerySet.delete`` sends this
    signal for each row, as a receiver is connected). Inside :func:`collecting` the tags are
    bumped with the block's."""
    tags = {caching.ANY, caching.works(instance.person_id), caching.story(instance.article_id)}
    batch = _batch.get()
    if batch is None:
        content_changed(tags=tags)
    else:
        batch.changes.append(([], tags, False))


class _Batch:
    """The row changes :func:`row_changed` recorded inside :func:`collecting`: for each, its
    rules (the row's, and the row's before an update), the tags already worked out and whether
    it changed a layout; and what was read of the database when each id was first touched."""

    def __init__(self) -> None:
        self.changes: list[tuple[list[_Rule], set[str], bool]] = []
        self.article_ids: set[int] = set()
        self.first = _Reads()

    def touch(self, rule: _Rule) -> _Rule:
        """Read what ``rule`` names now, unless read before in the block (the row before an
        update, a row just deleted: what is read of them later may have gone)."""
        self.first.read([rule])
        return rule

    def tags(self) -> set[str]:
        """The tags of every change recorded: what each id touched when first read and when
        the block ends (a few queries for them all)."""
        reads = _Reads()
        reads.read(rule for rules, _, _ in self.changes for rule in rules)
        reads.add(self.first)
        tags: set[str] = set()
        for rules, before, layout in self.changes:
            scope = before.union(*(reads.scope(rule) for rule in rules))
            tags |= _with_layout(scope) if layout else scope
        return tags


_batch: ContextVar[_Batch | None] = ContextVar("newsroom_row_changes", default=None)


@contextlib.contextmanager
def collecting() -> Iterator[None]:
    """Inside the block, :func:`row_changed` records each row saved or deleted and the scope of
    them all is worked out once, when the block ends, and bumped in one
    :func:`~articles.caching.bump_content_version` at the block's level of the transaction (an
    import saves hundreds of rows, and creates each new paper in a savepoint of its own: each
    row's scope read apart cost three to nine queries, each savepoint a count and two cache
    writes). Stories are queued for indexing and proofreading as each row changes, as outside.

    The tags are those the rows touch when each is first read in the block (a row before an
    update, a row deleted: read as the row changes) and when the block ends (every row
    recorded), which holds the database as it was before the block and as it is committed; what
    the rows touched only in between (a story on a page for part of the block) no reader ever
    saw. Changes in a savepoint rolled back inside the block are still bumped: new versions for
    nothing, which is safe. If the block raises, every page is invalidated (``all``) if its
    transaction can still commit. Nested blocks are one block (the outermost)."""
    if _batch.get() is not None:
        yield
        return
    batch = _Batch()
    token = _batch.set(batch)
    try:
        yield
    except BaseException:
        _batch.reset(token)
        if batch.changes:
            with contextlib.suppress(DatabaseError):  # the transaction cannot commit anyway
                bump_content_version()
        raise
    _batch.reset(token)
    if batch.changes:
        ids = sorted(batch.article_ids)
        later = (lambda: stories_scope(ids)) if ids else None
        bump_content_version(batch.tags(), later=later)
