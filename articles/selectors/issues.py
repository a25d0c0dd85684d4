"""Issues: an issue of a day, its pages and parts, the neighbours, the archive's months, a paper's sections.

Part of :mod:`articles.selectors`."""

from __future__ import annotations

from datetime import date

from django.db.models import Count, Max, Q

from articles.labels import section_key, section_tidy
from articles.models import (
    Article,
    ArticlePart,
    Issue,
    Page,
    Photo,
    Publication,
)
from articles.public import page_name, section_name
from articles.queries import Prepared, instance, relate
from articles.querysets import PUBLISHED
from articles.selectors.common import (
    LISTED_PART_COLUMNS,
    LISTED_STORY_COLUMNS,
    PAGE_COLUMNS,
    _issue_with_paper,
    issue_with_paper_names,
)
from articles.storynames import UNTITLED, opening_text, story_label
from articles.text import fold

_PUBLIC_ISSUE_ON = Prepared(
    Issue,
    (str, date),
    lambda paper, day: (
        Issue.objects.public()
        .filter(publication__slug=paper, date=day)
        .order_by()
        .values_list(*issue_with_paper_names())
    ),
)


def public_issue_on(paper_slug: str, day: date) -> Issue | None:
    """The public issue of the paper ``paper_slug`` dated ``day`` with its paper, or None when
    readers may see none. One query (prepared, :mod:`articles.queries`)."""
    alias, rows = _PUBLIC_ISSUE_ON.rows(paper_slug, day)
    return _issue_with_paper(alias, rows[0], 0) if rows else None


# --- issues ----------------------------------------------------------------------------------


def issue_pages(issue: Issue) -> list[Page]:
    """The issue's pages readers may see (``Page.objects.public()``: a page of drafts only is
    left out) in print order, as the public views read them (:data:`PAGE_COLUMNS`: not their
    raw text nor the import's columns, deferred), each with its ``name``, its ``picture`` (page
    image, when the page came with a PDF) and ``picture_public`` (whether readers may see that
    picture: every story on the page published) in the same query."""
    shown = Page.objects.public().filter(issue=issue).with_picture_public()
    pages = list(shown.only(*PAGE_COLUMNS, "picture").select_related("picture"))
    for page in pages:
        page.name = page_name(page)
    return pages


_ISSUE_PARTS = Prepared(
    ArticlePart,
    (int,),
    lambda issue_id: (
        ArticlePart.objects.public()
        .filter(page__issue=issue_id)
        .order_by("page__sequence", "position")
        .values_list(*LISTED_PART_COLUMNS, *(f"article__{name}" for name in LISTED_STORY_COLUMNS))
    ),
)


def issue_parts_by_page(issue: Issue) -> dict[int, list[ArticlePart]]:
    """The issue's published printed parts with their stories, in print order, by page id;
    only what the issue page lists of them (:data:`LISTED_PART_COLUMNS`,
    :data:`LISTED_STORY_COLUMNS`: not the parts' printed text, whose decoding was most of the
    query's cost, nor the stories' dates; the rest deferred). One query (prepared,
    :mod:`articles.queries`)."""
    alias, rows = _ISSUE_PARTS.rows(issue.pk)
    by_page: dict[int, list[ArticlePart]] = {}
    start = len(LISTED_PART_COLUMNS)
    for row in rows:
        part = instance(ArticlePart, alias, LISTED_PART_COLUMNS, row)
        article = instance(Article, alias, LISTED_STORY_COLUMNS, row, start)
        relate(article, "issue", issue)
        relate(part, "article", article)
        by_page.setdefault(part.page_id, []).append(part)
    return by_page


def picture_pages(issue: Issue, pages: list[Page]) -> None:
    """Give each of ``issue``'s ``pages`` its ``photo_count``: how many photos readers see on it
    (``Photo.objects.public()``), which the issue page's card of a page that lists no story
    (``page.stories`` empty: a 摄影 page, a picture supplement) shows instead of its stories;
    0 on the others. One query, only when a page lists no story."""
    counts: dict[int, int] = {}
    if any(not page.stories for page in pages):
        counts = dict(
            Photo.objects.public()
            .filter(page__issue=issue)
            .order_by()
            .values("page_id")
            .annotate(n=Count("pk"))
            .values_list("page_id", "n")
        )
    for page in pages:
        page.photo_count = 0 if page.stories else counts.get(page.pk, 0)


def untitled_names(article_ids) -> dict[int, str]:
    """{story id: what readers see it called} for untitled stories ``article_ids``: the first
    words of its first part, dateline and credit left out, as editors see it
    (:func:`articles.storynames.story_label`: ``县质监局对全县液化气充…``). One query, none when
    ``article_ids`` is empty (a list passes its untitled stories only)."""
    ids = sorted(set(article_ids))
    if not ids:
        return {}
    first = ArticlePart.objects.filter(article_id__in=ids, sequence=0)
    return {
        pk: story_label("", opening=opening_text(blocks), dateline=dateline)
        for pk, blocks, dateline in first.values_list("article_id", "blocks", "article__dateline")
    }


def with_reader_names(articles) -> list:
    """Give each story of ``articles`` (``None`` skipped) its ``reader_name``, what readers see
    it called in a list: its title; an untitled one (a 简讯 box's brief) by its first words
    (:func:`untitled_names`), so that a box's briefs read apart; ``（无标题）`` only for one that
    prints no text. The stories given, as a list. One query, only when one is untitled."""
    listed = [article for article in articles if article is not None]
    names = untitled_names(article.pk for article in listed if not article.title)
    for article in listed:
        article.reader_name = article.title or names.get(article.pk) or UNTITLED
    return listed


def adjacent_issues(issue: Issue) -> tuple[Issue | None, Issue | None]:
    """The paper's published issues just before and just after ``issue``."""
    published = Issue.objects.public().filter(publication=issue.publication)
    return (
        published.filter(date__lt=issue.date).order_by("-date").first(),
        published.filter(date__gt=issue.date).order_by("date").first(),
    )


def latest_issue(paper_slug: str) -> Issue | None:
    return Issue.objects.public().filter(publication__slug=paper_slug).order_by("-date").first()


def papers_with_issues():
    """The papers that have a published issue, each with its ``latest`` date."""
    return (
        Publication.objects.annotate(latest=Max("issues__date", filter=Q(issues__status=PUBLISHED)))
        .filter(latest__isnull=False)
        .order_by("name")
    )


def month_issues(publication: Publication, year: int, month: int) -> dict[date, Issue]:
    """The paper's published issues in a month, by date."""
    return {
        issue.date: issue
        for issue in Issue.objects.public().filter(
            publication=publication, date__year=year, date__month=month
        )
    }


def year_issues(publication: Publication, year: int) -> dict[date, Issue]:
    """The paper's published issues in a year, by date (in date order). One query."""
    return {
        issue.date: issue
        for issue in Issue.objects.public()
        .filter(publication=publication, date__year=year)
        .order_by("date")
    }


def issue_months(publication: Publication) -> list[date]:
    """The first day of every month with a published issue of the paper, newest first."""
    return list(
        Issue.objects.public().filter(publication=publication).dates("date", "month", order="DESC")
    )


def paper_sections(publication: Publication) -> list[dict]:
    """The paper's sections (``name``: the 版名, or 头版 for a front page printed without one,
    :func:`articles.public.page_name`) with their published ``pages`` and ``latest`` date, in
    the order of their names. A 版名 printed with spaces on some days (``要　闻``, ``要 闻``) is
    one section with the 版名 printed without (:func:`articles.labels.section_key`), named
    without the spaces (:func:`articles.labels.section_tidy`). One query."""
    rows = (
        Page.objects.public()
        .filter(issue__publication=publication)
        .annotate(key=section_name())
        .exclude(key="")
        .values("key")
        .annotate(pages=Count("id"), latest=Max("issue__date"), printed=Max("section"))
        .order_by("key")
    )
    return [
        {
            "name": section_tidy(row["printed"]) or row["key"],
            "pages": row["pages"],
            "latest": row["latest"],
        }
        for row in rows
    ]


def section_named_alike(publication: Publication, section: str) -> str:
    """The name of the section of ``publication`` (:func:`paper_sections`) that is ``section``
    folded alike (:func:`articles.text.fold`: traditional = simplified, full-width = half-width:
    要聞 is 要闻), as printed; the most recently printed one when several are; ``""`` when none.
    One query (a paper prints a few dozen sections: they are compared folded here)."""
    wanted = section_key(fold(section))
    alike = [row for row in paper_sections(publication) if section_key(fold(row["name"])) == wanted]
    if not alike:
        return ""
    return max(alike, key=lambda row: (row["latest"], row["name"]))["name"]


# --------------------------------------------------------------------------------------------
# The printed page as a picture (page PDFs: articles/models/pageimages.py)
# --------------------------------------------------------------------------------------------
