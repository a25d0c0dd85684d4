"""The reads :mod:`articles.proofing` makes for every batch of an import, each built once per
connection (:class:`articles.queries.Prepared`): an import checks its stories when each batch
commits, and Django building these few queries again every time cost more than running them.
Each gives what the queryset it replaces gave (the same SQL, a list of ids as one parameter); the
deletes run as before, and only when there is something to delete (most batches: nothing)."""

from __future__ import annotations

from collections.abc import Sequence

from django.db.models import QuerySet

from articles.models import Article, ArticlePart, Byline, ProofreadingFinding
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


def variant_findings_delete(issue_ids: Sequence[int], others: QuerySet) -> None:
    """Delete the name-spelling findings of the stories ``others`` (stories of these issues)."""
    if _VARIANTS_IN.rows(list(issue_ids))[1]:
        ProofreadingFinding.objects.filter(article__in=others, kind=NAME_VARIANT).delete()
