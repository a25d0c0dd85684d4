"""One way to say "content changed": :func:`content_changed`.

What follows a change to what readers may see is written here once: the cache tags of what
changed get new versions when the transaction commits (:mod:`articles.caching`, which also counts
the change for read replicas) and the search index is told which stories to index again
(:mod:`search.indexing`).

**Which tags a change touches** (its *scope*, see the table in :mod:`articles.caching`), always
with ``any``:

* a story (its row, a part, a photo of it): the story, every page it is printed on (before and
  after the change, so a part moved off a page refreshes that page too), its issue, those
  pages' sections, its reporters' lists (before and after: a changed byline refreshes both);
* a photo or a teaser: its page (and a photo's story), the issue (and the photographers');
* a page, a jump, an issue (publishing, unpublishing, an import, a jump fixed by an editor):
  the whole issue — its frame, which every story and page view of the issue shows — its
  paper's calendar, its sections, its reporters' and photographers' lists;
* a person: that person's name; a paper, or anything else: every page (``all``).

"Before" is read by :func:`row_changing` (``pre_save``, one query per updated row) and kept on
the instance until :func:`row_changed`; "after" is read when the transaction commits. A story
created, deleted, published, unpublished or moved also changes the layout (``l<id>``) of those
pages (:data:`LAYOUT_FIELDS`); an edit to its text does not.

Who calls it, and why there are two kinds of caller but one function:

* **services that write in bulk call it themselves**, saying what they changed: the import
  pipeline (``pages=``, with the analyses its workers made ahead), editors' jump fixes
  (``issue_id=``), publishing (no stories to index: visibility is decided at query time).
  Bulk inserts and ``update()`` send no signals, so these must be explicit.
* **every single-row save or delete of a content model** — the admin's forms, history reverts,
  list actions, spreadsheet rows — reaches it through the one receiver :func:`row_changed`,
  connected in ``articles/apps.py`` to ``post_save`` and ``post_delete`` of each content model.
  A signal is the one place that sees every such save without each admin view remembering to
  call; nothing else in the project listens to model signals.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import DEFAULT_DB_ALIAS
from django.db.models.signals import post_delete

from articles import caching, proofing
from articles.caching import bump_content_version
from articles.models import (
    Article,
    ArticlePart,
    Byline,
    Issue,
    Jump,
    Page,
    Person,
    Photo,
    Publication,
    Teaser,
)
from search import indexing

#: The models whose rows readers see (directly or through a page): a save or delete of any of
#: them is a content change.
CONTENT_MODELS = (Publication, Issue, Page, Article, ArticlePart, Photo, Teaser, Jump, Person)


#: The fields that decide which stories a page prints and in which order (上一篇/下一篇): a change
#: to one of them changes the layout of the pages in the change's scope (:func:`caching.layout`).
LAYOUT_FIELDS = {
    Article: ("status", "issue_id", "page_id", "position"),
    ArticlePart: ("article_id", "page_id", "position", "sequence"),
}

#: Models whose rows can move (to another page, story or issue): their old place is read before
#: an update (:func:`row_changing`).
MOVABLE_MODELS = (Issue, Page, Article, ArticlePart, Photo, Teaser, Jump)


def _primary(model):
    return model._base_manager.using(DEFAULT_DB_ALIAS)


def stories_scope(article_ids: Iterable[int]) -> set[str]:
    """The tags an edit to these stories touches, as the database holds them now: each story,
    its home page and every page it is printed on, its issue, the sections of those pages and
    its reporters' lists of stories. Three queries; a deleted story contributes only its tag."""
    ids = sorted({pk for pk in article_ids if pk})
    if not ids:
        return set()
    tags = {caching.ANY, *(caching.story(pk) for pk in ids)}
    rows = _primary(Article).filter(pk__in=ids)
    parts = _primary(ArticlePart).filter(article_id__in=ids)
    for issue_id, paper_id, page_id, section in [
        *rows.values_list("issue_id", "issue__publication_id", "page_id", "page__section"),
        *parts.values_list(
            "page__issue_id", "page__issue__publication_id", "page_id", "page__section"
        ),
    ]:
        tags |= {caching.issue(issue_id), caching.page(page_id), caching.section(paper_id, section)}
    bylines = _primary(Byline).filter(article_id__in=ids)
    tags |= {caching.works(pk) for pk in bylines.values_list("person_id", flat=True)}
    return tags


def issues_scope(issue_ids: Iterable[int]) -> set[str]:
    """The tags a change to the whole of these issues touches (an import, publishing, a jump):
    each issue and its frame (so every story and page view of it), its paper's calendar, the
    sections of its pages, the lists of its reporters and photographers. Three queries."""
    ids = {pk for pk in issue_ids if pk}
    tags = {caching.ANY, caching.PHOTOS}
    pages = _primary(Page).filter(issue_id__in=ids)
    for paper_id, section in pages.values_list("issue__publication_id", "section"):
        tags.add(caching.section(paper_id, section))
    for pk, paper_id in _primary(Issue).filter(pk__in=ids).values_list("pk", "publication_id"):
        tags |= {caching.issue(pk), caching.issue_frame(pk), caching.calendar(paper_id)}
    bylines = _primary(Byline).filter(article__issue_id__in=ids)
    tags |= {caching.works(pk) for pk in bylines.values_list("person_id", flat=True)}
    return tags


def _issue_content(issue_id) -> set[str]:
    """What is printed in the issue changed (not its frame)."""
    return {caching.ANY, caching.issue(issue_id)}


def _page_scope(page_id) -> set[str]:
    """A page's own tag with its issue's (not the frame: what is printed changed, not the list
    of pages)."""
    tags = {caching.ANY, caching.page(page_id)}
    for issue_id in _primary(Page).filter(pk=page_id).values_list("issue_id", flat=True):
        tags.add(caching.issue(issue_id))
    return tags


def row_scope(instance) -> set[str]:
    """The tags a save or delete of ``instance`` (one of :data:`CONTENT_MODELS`) touches, from
    where it is now (its own fields and the database)."""
    if isinstance(instance, Article):
        return (
            stories_scope([instance.pk])
            | _issue_content(instance.issue_id)
            | {caching.story(instance.pk), caching.page(instance.page_id)}
        )
    if isinstance(instance, ArticlePart):
        return stories_scope([instance.article_id]) | _page_scope(instance.page_id)
    if isinstance(instance, Photo):
        tags = _page_scope(instance.page_id) | {caching.PHOTOS}
        if instance.article_id:
            tags |= stories_scope([instance.article_id])
        return tags
    if isinstance(instance, Teaser):
        return _page_scope(instance.page_id)
    if isinstance(instance, Page):
        return issues_scope([instance.issue_id]) | {caching.page(instance.pk)}
    if isinstance(instance, Issue):
        tags = issues_scope([instance.pk])
        return tags | {
            caching.issue(instance.pk),
            caching.issue_frame(instance.pk),
            caching.calendar(instance.publication_id),
        }
    if isinstance(instance, Jump):
        issue_ids = _primary(Page).filter(parts__pk=instance.part_id).values_list("issue_id")
        issue_ids = [pk for (pk,) in issue_ids]
        return issues_scope(issue_ids) if issue_ids else {caching.ALL}
    if isinstance(instance, Person):
        return {caching.ANY, caching.person(instance.pk)}
    return {caching.ALL}  # a paper: its name is on every page


def row_changing(sender, instance, raw: bool = False, **kwargs) -> None:
    """The ``pre_save`` receiver for :data:`MOVABLE_MODELS`: the scope of the row as stored,
    before the update moves it (kept on the instance for :func:`row_changed`)."""
    if raw or instance.pk is None:
        return
    old = _primary(sender).filter(pk=instance.pk).first()
    if old is not None:
        instance._cache_before = (old, row_scope(old))


def _layout_changed(instance, old, deleted: bool) -> bool:
    fields = LAYOUT_FIELDS.get(type(instance), ())
    if not fields:
        return False
    if deleted or old is None:
        return True
    return any(getattr(old, name) != getattr(instance, name) for name in fields)


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
        indexing.index_pages_import(pages, prefetched=prefetched, read=read)
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
    old, before = getattr(instance, "_cache_before", (None, set()))
    instance._cache_before = (None, set())
    scope = row_scope(instance) | before
    if _layout_changed(instance, old, deleted=kwargs.get("signal") is post_delete):
        scope |= {caching.layout(tag[1:]) for tag in scope if tag.startswith("p")}
    content_changed(article_ids=[pk for pk in stories if pk], tags=scope)
