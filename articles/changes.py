"""One way to say "content changed": :func:`content_changed`.

What follows a change to what readers may see is written here once: the public cache version is
bumped when the transaction commits (:mod:`articles.caching`, which also counts the change for
read replicas) and the search index is told which stories to index again (:mod:`search.indexing`).

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

from articles import proofing
from articles.caching import bump_content_version
from articles.models import (
    Article,
    ArticlePart,
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


def content_changed(
    *,
    article_ids: Iterable[int] = (),
    pages: Iterable[Page] | None = None,
    issue_id: int | None = None,
    prefetched: indexing.Prefetched | None = None,
) -> None:
    """Say that content changed, in the current transaction (once it commits, the public cache
    is stale and the changed stories are indexed again).

    ``article_ids``: stories whose deck or text may have changed (indexed at commit);
    ``pages``: imported pages (their stories, the stories their jumps moved, and stories with
    newly learned names are indexed now, with the workers' ``prefetched`` analyses);
    ``issue_id``: an issue whose stitching an editor changed. All may be empty: the cache is
    bumped anyway (publishing)."""
    bump_content_version()
    if pages is not None:
        pages = list(pages)
        indexing.index_pages_import(pages, prefetched=prefetched)
        proofing.queue_pages(pages)  # proofreading, at commit (articles/proofing.py)
    if issue_id is not None:
        indexing.index_issue_changes(issue_id)
    article_ids = list(article_ids)
    for article_id in article_ids:
        indexing.queue_article(article_id)
    proofing.queue_articles(article_ids)


def row_changed(sender, instance, raw: bool = False, **kwargs) -> None:
    """The one ``post_save`` / ``post_delete`` receiver for :data:`CONTENT_MODELS`."""
    if raw:  # loaddata restores rows as stored: the cache goes stale, the index is rebuilt apart
        stories = []
    elif isinstance(instance, Article):
        stories = [instance.pk]
    elif isinstance(instance, ArticlePart):
        stories = [instance.article_id]
    else:
        stories = []
    content_changed(article_ids=[pk for pk in stories if pk])
