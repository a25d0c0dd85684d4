"""What readers may see, and the small helpers every public page, feed and sitemap shares.

:class:`PublishedOnly` is the one gate: each public queryset starts from one of its methods, so
"only published issues and articles are visible" is written once. Views, feeds, sitemaps and the
JSON twins all go through it.
"""

from __future__ import annotations

import json
from datetime import datetime, time

from django.db.models import Prefetch, Q
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from articles.dates import is_issue_date, issue_date_range
from articles.labels import LabelError, label_parts
from articles.models import (
    Article,
    ArticlePart,
    Byline,
    Issue,
    Page,
    Photo,
    PhotoCredit,
    Publication,
    Status,
)

PUBLISHED = Status.PUBLISHED


def addressable(prefix: str = "") -> Q:
    """Issues dated inside :func:`articles.dates.issue_date_range` (``prefix`` leads to the issue:
    ``"issue__"``, ``"page__issue__"``). An issue dated 9999-12-31 has no address (its URLs are
    404s) and would overflow every calendar, so it is not shown anywhere, even when published."""
    return Q(**{f"{prefix}date__range": issue_date_range()})


class PublishedOnly:
    """Querysets of what readers may see: a published issue dated inside the issue date range
    (:func:`addressable`), and in it a published article.

    A page, photo or teaser is visible when its issue is; a part when its article is.
    """

    @staticmethod
    def publications():
        return Publication.objects.filter(
            addressable("issues__"), issues__status=PUBLISHED
        ).distinct()

    @staticmethod
    def issues():
        return Issue.objects.published().filter(addressable()).select_related("publication")

    @staticmethod
    def pages():
        return Page.objects.filter(addressable("issue__"), issue__status=PUBLISHED)

    @staticmethod
    def articles():
        return Article.objects.published().filter(addressable("issue__"))

    @staticmethod
    def parts():
        return ArticlePart.objects.filter(
            addressable("article__issue__"),
            article__status=PUBLISHED,
            article__issue__status=PUBLISHED,
        )

    @staticmethod
    def photos():
        return Photo.objects.filter(addressable("page__issue__"), page__issue__status=PUBLISHED)

    @staticmethod
    def is_visible(article: Article | None) -> bool:
        """For an article reached through a foreign key (a photo's or a teaser's)."""
        return (
            article is not None
            and article.status == PUBLISHED
            and article.issue.status == PUBLISHED
            and is_issue_date(article.issue.date)
        )


def stories():
    """Published stories with everything a story page or a feed item shows, in fixed queries:
    the issue and paper, the home page, every part with its page, and the reporters in order."""
    return (
        PublishedOnly.articles()
        .select_related("issue__publication", "page")
        .defer("page__raw_text")
        .prefetch_related(
            Prefetch("parts", queryset=parts_with_pages()),
            Prefetch("bylines", queryset=Byline.objects.select_related("person").order_by("order")),
        )
    )


def parts_with_pages():
    """Printed parts in story order with their pages (without the pages' stored raw text, which
    no public page shows and which is most of a page row)."""
    return ArticlePart.objects.select_related("page").defer("page__raw_text").order_by("sequence")


def share_issue(issue: Issue, pages) -> None:
    """Pages fetched through a part or an article don't carry their issue; they all belong to
    ``issue`` (a story never leaves its issue), so hand it to them instead of a query each."""
    for page in pages:
        if page.issue_id == issue.pk:
            page.issue = issue


def photos_with_credits(queryset):
    return queryset.prefetch_related(
        Prefetch("credits", queryset=PhotoCredit.objects.select_related("person").order_by("order"))
    )


def page_name(page: Page) -> str:
    """The section a reader knows the page by: its 版名, or 头版 for the front page."""
    if page.section:
        return page.section
    try:
        letters, number = label_parts(page.label)
    except LabelError:
        return ""
    return "头版" if number == 1 and letters in ("", "A") else ""


def section_url(publication: Publication, section: str) -> str:
    """The section page's URL; "" for a page without a section name. Any printed name has one
    (``..`` and ``a/b`` too: :class:`articles.urls.TextConverter` makes the segment safe)."""
    if not section or not section.strip():
        return ""
    try:
        return reverse("articles:section", kwargs={"paper": publication.slug, "section": section})
    except NoReverseMatch:
        return ""


def person_url(name: str) -> str:
    """A reporter's or photographer's page; "" for a blank name."""
    if not name or not name.strip():
        return ""
    try:
        return reverse("articles:person", kwargs={"name": name})
    except NoReverseMatch:
        return ""


def part_url(article: Article, part: ArticlePart) -> str:
    """Where a printed part is read: the story, at that part when it is a continuation."""
    url = article.get_absolute_url()
    return f"{url}#part-{part.sequence}" if part.sequence else url


def issue_datetime(issue: Issue) -> datetime:
    """An issue's date as a moment (the start of the day, in the site's time zone), for feeds."""
    return timezone.make_aware(datetime.combine(issue.date, time(0, 0)))


def reporters(article: Article) -> list[str]:
    return [b.person.name for b in sorted(article.bylines.all(), key=lambda b: b.order)]


def lead(blocks: list[dict], length: int = 120) -> str:
    """The first paragraph, shortened for lists and feeds."""
    text = next((b["text"] for b in blocks if b.get("kind") == "paragraph"), "")
    return text if len(text) <= length else text[: length - 1] + "…"


def news_article_ld(article: Article, request) -> dict:
    """schema.org NewsArticle for a story (reads prefetched parts and bylines only)."""
    issue = article.issue
    paper = issue.publication
    absolute = request.build_absolute_uri
    pages = article.printed_pages()
    names = reporters(article)
    authors = [
        {"@type": "Person", "name": name, "url": absolute(person_url(name))}
        if person_url(name)
        else {"@type": "Person", "name": name}
        for name in names
    ] or [{"@type": "Organization", "name": paper.name, "url": absolute(paper.get_absolute_url())}]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "datePublished": issue.date.isoformat(),
        "dateModified": timezone.localtime(article.updated_at).isoformat(),
        "author": authors,
        "publisher": {"@type": "Organization", "name": paper.name},
        "printEdition": f"{paper.name} {issue.date:%Y-%m-%d}"
        + (f" 第{issue.number}期" if issue.number else ""),
        "printPage": [page.label for page in pages],
        "printSection": page_name(article.page) or f"{article.page.label}版",
        "inLanguage": "zh-Hans",
        "url": absolute(article.get_absolute_url()),
        "mainEntityOfPage": absolute(article.get_absolute_url()),
        "isPartOf": {
            "@type": "PublicationIssue",
            "datePublished": issue.date.isoformat(),
            "url": absolute(issue.get_absolute_url()),
            "isPartOf": {"@type": "Periodical", "name": paper.name},
        },
    }
    if issue.number:
        data["isPartOf"]["issueNumber"] = str(issue.number)
    if article.kicker or article.subheadline:
        data["alternativeHeadline"] = " ".join(
            x for x in (article.kicker, article.subheadline) if x
        )
    if article.dateline:
        data["dateline"] = article.dateline
    if article.page.section:
        data["articleSection"] = article.page.section
    return data


_LD_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_for_script(data, indent: int | None = None) -> str:
    """JSON safe inside a ``<script>`` element (and in a browser that sniffs a JSON response):
    ``<``, ``>`` and ``&`` are \\u-escaped, so printed text can never close the element or be
    read as markup (the same escaping as Django's ``json_script``)."""
    return json.dumps(data, ensure_ascii=False, default=str, indent=indent).translate(_LD_ESCAPES)


def section_articles(publication: Publication, section: str):
    """Published stories of ``publication`` with a part printed on a page of ``section``,
    newest first."""
    in_section = ArticlePart.objects.filter(
        page__section=section, page__issue__publication=publication
    ).values("article_id")
    return (
        stories()
        .filter(issue__publication=publication, pk__in=in_section)
        .order_by("-issue__date", "page__sequence", "position")
    )
