"""Related stories for the story page.

One function, so the rule can be replaced without touching a view or a template: the search
work's jieba keyword similarity comes first (any paper of the site, copies of a story left
out: a group site's papers print each other's stories); the desk's rule fills up: published
stories of the same paper that share a reporter (weight 4), ran in the same section (2) or in
the same issue (1), best score first, then newest.

Working them out is the dearest part of a story page (4–5 queries, one with a ``CASE`` over
every keyword of the story: about a third of the page's time without the page cache), so the
story page asks :func:`shown_related`, which keeps the list (:func:`articles.caching.kept`)
under what it is worked out from (the story's keywords, reporters, page and issue: in the key)
while its page's layout, its issue's frame and every story listed are unchanged: tags the story
page itself depends on (:mod:`articles.caching`), so the list is as fresh as the page cache's
copy of the page would be, and a page rendered again for another reason (a neighbour edited,
the page evicted, the page cache off) does not work it out again. Right after an edit to the
story, only an edit that changes what the list is worked out from works it out (and writes it)
again.
"""

from __future__ import annotations

import hashlib

from django.db.models import Case, Exists, IntegerField, OuterRef, Q, Value, When

from articles import caching
from articles.models import Article, Byline
from articles.queries import Prepared, keep_only
from articles.selectors.common import (
    ARTICLE_COLUMNS,
    ISSUE_COLUMNS,
    PAGE_COLUMNS,
    PUBLICATION_COLUMNS,
)
from articles.selectors.issues import with_reader_names
from search.models import Keyword


def shown_related(article: Article, limit: int = 5, keywords: tuple | None = None) -> list[Article]:
    """:func:`related_articles`, kept between renders of the story page while nothing it shows
    or is worked out from has changed (see the module docstring); each story with its issue,
    paper and page. The list and its stories are read only (shared between renders,
    :func:`caching.kept`).

    Kept under what the list is worked out from (:func:`related_inputs`, in the key) and what it
    shows (:func:`_others_tags`), not under the story's own tag: an edit to the story that
    leaves those alone (its text but not its keywords, a caption, a title line the index does
    not weigh …) finds the list kept rather than working it out again (three queries, one a
    ``CASE`` over every keyword) or writing it again (a cache write: on the file cache, a
    temporary file renamed, the dearest part of the story page right after an edit). Why that
    is safe: see below.

    ``keywords``: :func:`story_keywords` of ``article``, read when the story last changed (the
    story page keeps them with the story's body, under the story's tag: a render of an
    unchanged story then reads nothing for its related list); read here when not given (one
    query).

    Why that is safe: the list is a function of the story's inputs and of the other stories
    (which are published, their keywords, reporters, sections, issues and order on their
    pages). An edit to the story that changes an input gives a new key, so the list is worked
    out again at once (a new keyword or weight, a reporter added or removed, the story moved
    to another page or section); one that changes none would give the same list from the
    same other stories. What the other stories may have changed meanwhile is covered by the
    tags: a listed story edited, unpublished or deleted, the home page's layout or the issue's
    frame changed; a story elsewhere that would now rank among them is not a dependency (the
    module docstring of :mod:`articles.caching`). Nothing of the story itself is shown from
    this list: its own text, title and reporters come from the page's other reads."""
    if not caching.keeping():  # nothing kept: no key to read the inputs for
        return _kept_list(related_articles(article, limit))
    if keywords is None:
        keywords = story_keywords(article.pk)
    key = hashlib.sha256(repr(related_inputs(article, keywords)).encode()).hexdigest()[:32]
    return caching.kept(
        f"related-from:{article.pk}:{limit}:{key}",
        lambda: _kept_list(related_articles(article, limit)),
        lambda related: _others_tags(article, related),
        shared=True,
    )


def _others_tags(article: Article, related: list[Article]) -> list[str]:
    """The tags of what a story's related list shows and is worked out from besides the story
    itself: its home page's layout, its issue's frame and every story listed."""
    return [
        caching.layout(article.page_id),
        caching.issue_frame(article.issue_id),
        *(caching.story(other.pk) for other in related),
    ]


#: The story's keywords as search ranks them (:mod:`search.related`), words and weights.
_KEYWORDS = Prepared(
    Keyword,
    (int,),
    lambda article_id: (
        Keyword.objects.filter(article_id=article_id).order_by("rank").values_list("word", "weight")
    ),
)


def story_keywords(article_id: int) -> tuple[tuple[str, float], ...]:
    """The story's keywords with their weights, best first, as :func:`related_inputs` takes
    them (one query): plain values, small enough to keep with the story's body."""
    _alias, keywords = _KEYWORDS.rows(article_id)
    return tuple(tuple(row) for row in keywords)


def related_inputs(article: Article, keywords: tuple) -> tuple:
    """Everything of ``article`` itself that :func:`related_articles` reads, as plain values:
    its id, its keywords with their weights (``keywords``, :func:`story_keywords`;
    :func:`search.related.related_articles`), its reporters (``article.bylines``, as
    prefetched by the story page), its home page and that page's section, its issue and its
    paper (the desk's rule, :func:`_by_desk_rule`). Whatever those two read of the story must be
    here."""
    # The prefetched bylines when there are some, without building the manager and queryset
    # (as :func:`articles.public.reporters` reads them).
    prefetched = getattr(article, "_prefetched_objects_cache", {}).get("bylines")
    bylines = article.bylines.all() if prefetched is None else prefetched
    return (
        article.pk,
        keywords,
        tuple(byline.person_id for byline in bylines),
        (article.page_id, article.page.section),
        (article.issue_id, article.issue.publication_id),
    )


def _kept_list(related: list[Article]) -> list[Article]:
    """``related`` made ready to keep: kept in the cache and unpickled on every render, so only
    the columns the public pages read of each story, its page and issue and paper (not the
    page's raw text, up to 2 MB, which :mod:`search.related` loads, nor the desk's dates;
    deferred), and one issue and paper object for the stories of the same issue and paper (a
    third less to build for five stories); each with its ``reader_name`` (its title, or an
    untitled story's first words: :func:`articles.selectors.untitled_names`)."""
    issues: dict[int, object] = {}
    papers: dict[int, object] = {}
    for other in related:
        keep_only(other, ARTICLE_COLUMNS)
        keep_only(other.page, PAGE_COLUMNS)
        issue = issues.setdefault(other.issue_id, other.issue)
        issue.publication = papers.setdefault(issue.publication_id, issue.publication)
        other.issue = issue
    for row, columns in (
        *((issue, ISSUE_COLUMNS) for issue in issues.values()),
        *((paper, PUBLICATION_COLUMNS) for paper in papers.values()),
    ):
        keep_only(row, columns)
    # What readers see each called: its title, an untitled one's first words (one query, only
    # when the list holds one).
    with_reader_names(related)
    return related


def related_articles(article: Article, limit: int = 5) -> list[Article]:
    """Stories that share the most keywords with ``article`` (jieba TF-IDF keywords, see
    :mod:`search.related`; any paper of the site, another paper's named on the page), topped up
    by the desk's rule below (the same paper) when there are fewer than ``limit``. A copy is
    left out: a story printing ``article``'s headline, or one listed already (a group site's
    papers print each other's stories, whose copies share every keyword), so the keyword query
    is asked for twice as many: the same two queries."""
    from search.related import related_articles as by_keywords

    titles = {_title_key(article)}
    found = []
    for story in by_keywords(article, limit * 2):
        if _title_key(story) not in titles:
            titles.add(_title_key(story))
            found.append(story)
    found = found[:limit]
    # Always asked (not only when keywords fall short), so the page's query count is fixed.
    seen = {a.pk for a in found}
    fill = [
        a
        for a in _by_desk_rule(article, limit * 2)
        if a.pk not in seen and _title_key(a) not in titles
    ]
    return (found + fill)[:limit]


def _title_key(article: Article) -> str:
    """``article``'s headline for telling copies apart: white space left out; an untitled
    brief, which has none, by its primary key (never a copy of another)."""
    headline = "".join((article.headline or "").split())
    return headline or f"#{article.pk}"


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
