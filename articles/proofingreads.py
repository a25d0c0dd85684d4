"""The reads :mod:`articles.proofing` makes for every batch of an import, each built once per
connection (:class:`articles.queries.Prepared`): an import checks its stories when each batch
commits, and Django building these few queries again every time cost more than running them.
Each gives what the queryset it replaces gave (the same SQL, a list of ids as one parameter); the
deletes run as before, and only when there is something to delete (most batches: nothing). The
names the archive knows are read whole once a run (:func:`names_kept`)."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from django.db import transaction

from articles.models import Article, ArticlePart, Byline, Person, ProofreadingFinding
from articles.proofreading.findings import NAME_VARIANT
from articles.queries import Prepared

_STORIES_ON = Prepared(
    ArticlePart,
    (list,),
    lambda pages: ArticlePart.objects.filter(page_id__in=pages).values_list("article_id"),
    primary=True,
)
_ORDER = Prepared(
    Article,
    (list,),
    lambda ids: Article.objects.filter(pk__in=ids).values_list("pk"),
    primary=True,
)
_CREDITED = Prepared(
    Byline,
    (list,),
    lambda issues: Byline.objects.filter(article__issue_id__in=issues).values_list(
        "article__issue_id", "person__name"
    ),
    primary=True,
)
_FINDINGS_OF = Prepared(
    ProofreadingFinding,
    (list,),
    lambda ids: ProofreadingFinding.objects.filter(article_id__in=ids).values_list("pk"),
    primary=True,
)
_BYLINES_OF = Prepared(
    Article,
    (list, list),
    lambda issues, exclude: (
        Article.objects.filter(issue_id__in=issues)
        .exclude(pk__in=exclude)
        .exclude(byline="")
        .values_list("pk", "issue_id", "byline")
    ),
    primary=True,
)
_VARIANTS_IN = Prepared(
    ProofreadingFinding,
    (list,),
    lambda issues: ProofreadingFinding.objects.filter(
        article__issue_id__in=issues, kind=NAME_VARIANT
    ).values_list("pk"),
    primary=True,
)


def stories_on(page_ids: Sequence[int]) -> set[int]:
    """The ids of the stories with a part on these pages."""
    return {row[0] for row in _STORIES_ON.rows(list(page_ids))[1]}


def stories_order(ids: Sequence[int]) -> list[int]:
    """The ids of these stories that exist, in the stories' own order."""
    return [row[0] for row in _ORDER.rows(list(ids))[1]]


def credited_names(issue_ids: Sequence[int]) -> list[tuple[int, str]]:
    """(issue id, person's name) of every ``Byline`` row of these issues' stories."""
    return [(issue_id, name) for issue_id, name in _CREDITED.rows(list(issue_ids))[1]]


def findings_delete(article_ids: Sequence[int]) -> None:
    """Delete the stored findings of these stories."""
    if _FINDINGS_OF.rows(list(article_ids))[1]:
        ProofreadingFinding.objects.filter(article_id__in=article_ids).delete()


def variant_findings_delete(issue_ids: Sequence[int], exclude: Sequence[int]) -> None:
    """Delete the name-spelling findings of these issues' stories but ``exclude`` (ids)."""
    if _VARIANTS_IN.rows(list(issue_ids))[1]:
        others = Article.objects.filter(issue_id__in=issue_ids).exclude(pk__in=exclude)
        ProofreadingFinding.objects.filter(article__in=others, kind=NAME_VARIANT).delete()


def bylines_of(issue_ids: Sequence[int], exclude: Sequence[int]) -> list[tuple[int, int, str]]:
    """``(story id, issue id, byline)`` of these issues' stories with a byline, but ``exclude``
    (ids), in the stories' own order."""
    return _BYLINES_OF.rows(list(issue_ids), list(exclude))[1]


_kept = threading.local()
#: The people added since the highest id read (as ``Person.objects`` reads them: the router's
#: database).
_PEOPLE_AFTER = Prepared(
    Person, (int,), lambda last: Person.objects.filter(pk__gt=last).values_list("pk", "name")
)


@contextmanager
def names_kept() -> Iterator[None]:
    """Inside the block (an import run, :func:`articles.importing.pipeline.pages_import`), in this
    thread, :func:`known_names` reads every name once and then, each time, only the people added
    since (ids past the highest read): an import checks its stories at each batch's commit, and
    the archive's names grow with it (every ``Person`` row each batch, before). Read outside a
    transaction only (the checks run after the commit): inside one, what is read could still be
    rolled back, so it is read whole and not kept. A name changed or a person deleted by someone
    else while the run goes on is seen by its next run (the checks are made again on every save)."""
    if getattr(_kept, "active", False):  # (nested: the outer run's)
        yield
        return
    _kept.active, _kept.names = True, None
    try:
        yield
    finally:
        _kept.active, _kept.names = False, None


def known_names() -> frozenset[str]:
    """Reporters and photographers the archive has (a space inside one is flagged): every
    ``Person``'s name, read whole, or inside :func:`names_kept` only those added since."""
    if not getattr(_kept, "active", False) or transaction.get_connection().in_atomic_block:
        return frozenset(Person.objects.values_list("name", flat=True))
    kept = _kept.names
    if kept is None:
        names, last = frozenset(), 0
    else:
        names, last = kept
    rows = _PEOPLE_AFTER.rows(last)[1]
    if rows:
        names = names.union(name for _, name in rows)
        last = max(last, *(pk for pk, _ in rows))
    _kept.names = (names, last)
    return names
