"""Which cache tags a change to stories or whole issues touches, as the database holds them
now (:func:`stories_scope`, :func:`issues_scope`): the reads behind :mod:`articles.changes`'s
scopes (see its docstring for what each scope holds). An issue's three queries are built once
(:class:`articles.queries.Prepared`): an import asks them a few times a batch."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import DEFAULT_DB_ALIAS

from articles import caching
from articles.models import Article, ArticlePart, Byline, Issue, Page, PhotoCredit
from articles.queries import Prepared


def primary_rows(model):
    """The model's rows on the primary, in no order (a scope is a set: the models' orderings
    would join up to four tables for nothing)."""
    return model._base_manager.using(DEFAULT_DB_ALIAS).order_by()


def stories_tags(ids: set[int]) -> dict[int, set[str]]:
    """:func:`stories_scope` of each story apart, ``{id: tags}`` (three queries)."""
    found = {pk: {caching.ANY, caching.story(pk)} for pk in ids}
    if not ids:
        return found
    rows = primary_rows(Article).filter(pk__in=ids)
    parts = primary_rows(ArticlePart).filter(article_id__in=ids)
    for pk, issue_id, paper_id, page_id, section in [
        *rows.values_list("pk", "issue_id", "issue__publication_id", "page_id", "page__section"),
        *parts.values_list(
            "article_id",
            "page__issue_id",
            "page__issue__publication_id",
            "page_id",
            "page__section",
        ),
    ]:
        found[pk] |= {
            caching.issue(issue_id),
            caching.page(page_id),
            caching.section(paper_id, section),
        }
    for pk, person_id in _credited(ids, "article_id"):
        found[pk].add(caching.works(person_id))
    return found


def _credited(ids: set[int], story: str):
    """``(id, person id)`` of the reporters and photos' photographers of the stories of ``ids``
    (``story``: a byline's path to the ids' key, ``article_id`` or ``article__issue_id``), whose
    lists (``w<person>``: page and feed) show them. One query (``UNION ALL``)."""
    bylines = primary_rows(Byline).filter(**{f"{story}__in": ids})
    credits = primary_rows(PhotoCredit).filter(**{f"photo__{story}__in": ids})
    return bylines.values_list(story, "person_id").union(
        credits.values_list(f"photo__{story}", "person_id"), all=True
    )


def stories_scope(article_ids: Iterable[int]) -> set[str]:
    """The tags an edit to these stories touches, as the database holds them now: each story,
    its home page and every page it is printed on, its issue, the sections of those pages and
    its reporters' and photographers' lists. Three queries; a deleted story: only its tag."""
    return set().union(*stories_tags({pk for pk in article_ids if pk}).values())


# The three queries of :func:`issues_tags`, built once (an import asks them a few times a batch).
_ISSUES_PAGES = Prepared(
    Page,
    (list,),
    lambda ids: (
        primary_rows(Page)
        .filter(issue_id__in=ids)
        .values_list("pk", "issue_id", "issue__publication_id", "section")
    ),
    primary=True,
)
_ISSUES_PAPERS = Prepared(
    Issue,
    (list,),
    lambda ids: primary_rows(Issue).filter(pk__in=ids).values_list("pk", "publication_id"),
    primary=True,
)
_ISSUES_CREDITED = Prepared(
    Byline, (list,), lambda ids: _credited(ids, "article__issue_id"), primary=True
)


def issues_tags(ids: set[int]) -> dict[int, set[str]]:
    """:func:`issues_scope` of each issue apart, ``{id: tags}`` (three queries)."""
    found: dict[int, set[str]] = {pk: {caching.ANY, caching.PHOTOS} for pk in ids}
    if not ids:
        return found
    for page_id, issue_id, paper_id, section in _ISSUES_PAGES.rows(ids)[1]:
        # A page's layout too: a change to a whole issue may reorder or publish its stories
        # without a save of each (a re-import's positions, publishing's bulk update), and each
        # story's 上一篇/下一篇 are kept under its page's layout.
        found[issue_id] |= {caching.section(paper_id, section), caching.layout(page_id)}
    for pk, paper_id in _ISSUES_PAPERS.rows(ids)[1]:
        found[pk] |= {caching.issue(pk), caching.issue_frame(pk), caching.calendar(paper_id)}
    for issue_id, person_id in _ISSUES_CREDITED.rows(ids)[1]:
        found[issue_id].add(caching.works(person_id))
    return found


def issues_scope(issue_ids: Iterable[int]) -> set[str]:
    """The tags a change to the whole of these issues touches (an import, publishing, a jump):
    each issue and its frame (so every story and page view of it), its paper's calendar, the
    sections and layouts of its pages, the lists of its reporters and photographers. Three
    queries."""
    found = issues_tags({pk for pk in issue_ids if pk})
    return {caching.ANY, caching.PHOTOS}.union(*found.values())
