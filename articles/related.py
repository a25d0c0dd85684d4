"""Related stories for the story page.

One function, so the rule can be replaced without touching a view or a template: the search
work's jieba keyword similarity comes first; the desk's rule fills up: published stories of the
same paper that share a reporter (weight 4), ran in the same section (2) or in the same issue
(1), best score first, then newest.

Working them out is the dearest part of a story page (4–5 queries, one with a ``CASE`` over
every keyword of the story: about a third of the page's time without the page cache), so the
story page asks :func:`shown_related`, which keeps the list (:func:`articles.caching.kept`)
while the story, its page's layout, its issue's frame and every story listed are unchanged: the
tags the story page itself depends on (:mod:`articles.caching`), so the list is as fresh as the
page cache's copy of the page would be, and a page rendered again for another reason (a
neighbour edited, the page evicted, the page cache off) does not work it out again.
"""

from __future__ import annotations

from django.db.models import Case, Exists, IntegerField, OuterRef, Q, Value, When

from articles import caching
from articles.models import Article, Byline
from articles.queries import keep_only
from articles.selectors.common import (
    ARTICLE_COLUMNS,
    ISSUE_COLUMNS,
    PAGE_COLUMNS,
    PUBLICATION_COLUMNS,
)


def shown_related(article: Article, limit: int = 5) -> list[Article]:
    """:func:`related_articles`, kept between renders of the story page while nothing it shows
    has changed (see the module docstring); each story with its issue, paper and page. The
    list and its stories are read only (shared between renders, :func:`caching.kept`)."""

    def tags(related: list[Article]) -> list[str]:
        return [
            caching.story(article.pk),
            caching.layout(article.page_id),
            caching.issue_frame(article.issue_id),
            *(caching.story(other.pk) for other in related),
        ]

    def compute() -> list[Article]:
        related = related_articles(article, limit)
        issues: dict[int, object] = {}
        papers: dict[int, object] = {}
        for other in related:
            # Kept in the cache, and unpickled on every render: only the columns the public
            # pages read of the story, its page and issue and paper (not the page's raw text,
            # up to 2 MB, which search.related loads, nor the desk's dates; deferred).
            keep_only(other, ARTICLE_COLUMNS)
            keep_only(other.page, PAGE_COLUMNS)
            # One issue and one paper object for the stories of the same issue and paper: the
            # kept list is unpickled on every render (a third less to build for five stories).
            issue = issues.setdefault(other.issue_id, other.issue)
            issue.publication = papers.setdefault(issue.publication_id, issue.publication)
            other.issue = issue
        for row, columns in (
            *((issue, ISSUE_COLUMNS) for issue in issues.values()),
            *((paper, PUBLICATION_COLUMNS) for paper in papers.values()),
        ):
            keep_only(row, columns)
        return related

    # Read only (the page lists them, the twin names them): shared between renders.
    return caching.kept(f"related:{article.pk}:{limit}", compute, tags, shared=True)


def related_articles(article: Article, limit: int = 5) -> list[Article]:
    """Stories that share the most keywords with ``article`` (jieba TF-IDF keywords, see
    :mod:`search.related`), topped up by the desk's rule below when there are fewer than
    ``limit``."""
    from search.related import related_articles as by_keywords

    found = by_keywords(article, limit)
    # Always asked (not only when keywords fall short), so the page's query count is fixed.
    seen = {a.pk for a in found}
    fill = [a for a in _by_desk_rule(article, limit * 2) if a.pk not in seen]
    return (found + fill)[:limit]


def _by_desk_rule(article: Article, limit: int = 5) -> list[Article]:
    """Up to ``limit`` published stories related to ``article`` (never ``article`` itself).

    Uses ``article.bylines`` and ``article.page`` (prefetched by ``with_parts()``), so it costs one
    query.
    """
    reporter_ids = [byline.person_id for byline in article.bylines.all()]
    section = article.page.section
    same_issue = Q(issue_id=article.issue_id)
    same_section = Q(page__section=section) if section else Q(pk__in=[])
    shared_reporter = (
        Exists(Byline.objects.filter(article=OuterRef("pk"), person_id__in=reporter_ids))
        if reporter_ids
        else Value(False)
    )

    def weight(condition, points):
        return Case(
            When(condition, then=Value(points)), default=Value(0), output_field=IntegerField()
        )

    score = weight(same_issue, 1) + weight(same_section, 2)
    if reporter_ids:
        score = score + weight(Q(shared_reporter), 4)
    candidates = same_issue | same_section
    if reporter_ids:
        candidates |= Q(shared_reporter)
    return list(
        Article.objects.public()
        .filter(candidates, issue__publication_id=article.issue.publication_id)
        .exclude(pk=article.pk)
        .annotate(score=score)
        .select_related("issue__publication", "page")
        .defer("page__raw_text")
        .order_by("-score", "-issue__date", "page__sequence", "position")[:limit]
    )
