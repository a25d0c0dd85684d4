"""Selectors: the QuerySets behind the content models' managers.

What readers may see is written once, here, as each model's ``public()``: a published issue dated
inside :func:`articles.dates.issue_date_range` (an issue dated 9999-12-31 has no address and would
overflow every calendar, so it is shown nowhere), and in it a published story. A page or teaser
is public when its issue is; a printed part when its story is; a photo when its issue is and it
is printed in no story or in a published one (:func:`photo_story_shown`: withdrawing a story takes
its photos off its page, the page's picture and its photographers' pages). Public views, feeds,
sitemaps, the JSON twins, related stories and search all start from these methods.

**A page** (版面) is public when its issue is and it prints a published story's part, or no
story's part at all (a page of pictures or adverts): :func:`page_shown`. A late page of drafts
in a published issue is not announced to readers as an empty page; it appears with its first
published story. Its **picture** (image, thumbnail, PDF: the whole page as printed, every
story's text legible on it) is shown only when every story printed on it is published
(:func:`picture_public`): a draft or withdrawn story is not read off the page's image.

The recipe for a story with everything its page shows (issue, paper, home page, parts with their
pages, reporters in order) is :meth:`ArticleQuerySet.with_parts`, also written once.

**Scheduled publishing** (``publish_at``, :mod:`articles.scheduling`) does not appear here on
purpose: a scheduled issue or story stays a draft (or signed off) until ``publish_scheduled``
(cron, every minute) publishes it through the ordinary publishing service, whose change signal
bumps the cache version. ``public()`` therefore never shows content before its time, and no cache
has to expire by the clock; the price is that it appears up to one cron interval late.

No model is imported here (the models import this module); related models are reached through
the model's own fields.
"""

from __future__ import annotations

from django.apps import apps
from django.db import models
from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Prefetch, Q

from articles.dates import is_issue_date, issue_date_range
from articles.text import normalize_for_matching


class Status(models.TextChoices):
    """A story's state: 草稿 → 待审 → 已签发 → 已发布 (papers that require sign-off, see
    ``Publication.review_required`` and :mod:`articles.signoff`), or straight 草稿 → 已发布.
    An issue is only ever a draft or published (:data:`ISSUE_STATUS_CHOICES`)."""

    DRAFT = "draft", "草稿"
    REVIEW = "review", "待审"
    SIGNED_OFF = "signed_off", "已签发"
    PUBLISHED = "published", "已发布"


#: An issue is a draft or published; review and sign-off are a story's.
ISSUE_STATUS_CHOICES = [
    (Status.DRAFT.value, Status.DRAFT.label),
    (Status.PUBLISHED.value, Status.PUBLISHED.label),
]


PUBLISHED = Status.PUBLISHED


def addressable(prefix: str = "") -> Q:
    """Issues dated inside :func:`articles.dates.issue_date_range`; ``prefix`` leads from the
    queried model to the issue (``"issue__"``, ``"page__issue__"``)."""
    return Q(**{f"{prefix}date__range": issue_date_range()})


def public_issue(prefix: str = "") -> Q:
    """A published issue with an address; ``prefix`` leads to the issue."""
    return addressable(prefix) & Q(**{f"{prefix}status": PUBLISHED})


def photo_story_shown(prefix: str = "") -> Q:
    """A photo (``prefix`` leads to it, ``"photo__"``) printed in no story, or in a published
    one: what a photo needs besides its public issue (its story is in the same issue). Where
    the photo is reached through a nullable join (a zone's), AND it with ``photo isnull=False``:
    a row with no photo has no story either."""
    return Q(**{f"{prefix}article__isnull": True}) | Q(**{f"{prefix}article__status": PUBLISHED})


def page_shown(page: str = "pk") -> Q:
    """A page readers may see, besides its public issue: it prints a published story's part, or
    no story's part at all. ``page``: the outer query's column holding the page's id (``"pk"``
    for pages, ``"page_id"`` for photos). Two ``EXISTS`` on the parts' page index, no query of
    its own. (A part's story is of the page's issue, which the caller requires public.)"""
    parts = apps.get_model("articles", "ArticlePart").objects.filter(page_id=OuterRef(page))
    return Exists(parts.filter(article__status=PUBLISHED)) | ~Exists(parts)


def picture_public(page: str = "pk") -> Q:
    """A page whose picture (image, thumbnail, PDF) readers may see, besides the page itself:
    every story printed on it (a part or a zone there) is published. ``page`` as for
    :func:`page_shown`. (A photo of an unpublished story is no story's text: its story's part,
    on the page, hides the picture; one printed apart from its text does not.) A story withdrawn
    after publication holds it back too, unless the desk chose to show the picture anyway
    (:func:`_released`). A page sharing its files with a page of another issue (the same PDF)
    shows them only when that page would too (:func:`_shared_held`): readers are served one
    file, so the page and its files agree."""
    return _stories_show(page) & ~Exists(_shared_held(page, _stories_show))


def _stories_show(page: str) -> Q:
    """:func:`picture_public`'s rule for the page's own stories alone."""
    model = apps.get_model
    parts = model("articles", "ArticlePart").objects.filter(
        ~Q(article__status=PUBLISHED), page_id=OuterRef(page)
    )
    zones = model("articles", "Zone").objects.filter(
        ~Q(part__article__status=PUBLISHED), part__isnull=False, page_id=OuterRef(page)
    )
    parts = parts.exclude(_released("article_id"))
    zones = zones.exclude(_released("part__article_id"))
    return ~Exists(parts) & ~Exists(zones)


def _shared_held(page: str, stories_show):
    """The pictures (``PageImage``) of other pages holding the page's own picture files (its
    image or thumbnail: the same PDF page in two issues, one content-hash name, one file; a
    PDF of several pages shared by its pages is not enough, each page's picture is its own,
    the PDF itself is decided by :func:`articles.views.pagefiles.shown_to_readers`) whose page
    readers may not see, or whose
    own stories hold its picture back: the file, served once for all of them
    (:func:`articles.views.pagefiles.shown_to_readers`), prints that page's withdrawn or
    unpublished story too, so this page's picture is withheld with it."""
    images = apps.get_model("articles", "PageImage").objects
    pages = apps.get_model("articles", "Page").objects
    mine = images.filter(page_id=OuterRef(OuterRef(page)))
    same = Q()
    for field in ("image", "thumbnail"):  # not "pdf": a page of a many-page PDF has its own picture
        same |= Q(**{f"{field}__in": mine.exclude(**{field: ""}).values(field)})
    shown = pages.public().filter(stories_show("pk"), pk=OuterRef("page_id"))
    return images.filter(same).exclude(page_id=OuterRef(page)).filter(~Exists(shown))


def _released(article: str) -> Exists:
    """Whether the desk chose to show the page's picture although the story ``article`` (a
    field of the row the subquery is on: a part or a zone, which has ``page_id``), withdrawn
    after publication, is printed on it (``PictureRelease``), and the story was not published
    again since that choice (a later withdrawal is decided anew)."""
    model = apps.get_model
    again = model("articles", "HistoricalArticle").objects.filter(
        id=OuterRef("article_id"), status=PUBLISHED, history_date__gt=OuterRef("released_at")
    )
    releases = model("articles", "PictureRelease").objects.filter(
        page_id=OuterRef("page_id"), article_id=OuterRef(article)
    )
    return Exists(releases.filter(~Exists(again)))


class PublishedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=PUBLISHED)

    def drafts(self):
        return self.filter(status=Status.DRAFT)


class PublicationQuerySet(models.QuerySet):
    def public(self):
        """Papers with at least one public issue (a paper with none is not even named)."""
        return self.filter(public_issue("issues__")).distinct()

    def named(self, paper: str):
        """The papers whose slug or name is ``paper`` as an editor may write it: the name read
        as the importer reads it (traditional = simplified, full-width = half-width, letters in
        either case: 南通日報 is 南通日报, ``NANTONG-DAILY`` its slug;
        :func:`articles.text.normalize_for_matching`), surrounding spaces ignored. What the
        commands' ``--paper`` and the spreadsheets' 报纸 column take. Papers are few: they are
        compared here, in one query."""
        wanted = normalize_for_matching(paper.strip())
        alike = [
            pk
            for pk, name, slug in self.values_list("pk", "name", "slug")
            if wanted in (normalize_for_matching(name), slug.lower())
        ]
        return self.filter(Q(slug=paper) | Q(name=paper) | Q(pk__in=alike))


class IssueQuerySet(PublishedQuerySet):
    def for_paper(self, slug: str):
        return self.filter(publication__slug=slug)

    def of_paper_named(self, paper: str):
        """Issues of the paper whose slug or name is ``paper`` (what the commands' ``--paper``
        takes), as :meth:`PublicationQuerySet.named` reads it (南通日報 is 南通日报)."""
        publication = self.model._meta.get_field("publication").related_model
        return self.filter(publication__in=publication.objects.named(paper))

    def public(self):
        """Published issues with an address, with their paper."""
        return self.filter(public_issue()).select_related("publication")


class PageQuerySet(models.QuerySet):
    def public(self):
        """Pages readers may see: of a public issue, printing a published story or no story at
        all (:func:`page_shown`). The one rule for the issue's 版面导航, a page's address and its
        上一版/下一版, sections, sitemaps, feeds and teasers' links."""
        return self.filter(public_issue("issue__"), page_shown())

    def with_picture_public(self):
        """Each page with ``picture_public``: whether readers may see its picture
        (:func:`picture_public`), in the same query."""
        shown = ExpressionWrapper(picture_public(), output_field=BooleanField())
        return self.annotate(picture_public=shown)


#: The first ``Photo.position`` of the photos a page's PDF alone gives (a picture printed with
#: its credit and no caption, :mod:`articles.importing.pdfcredited`): this plus the picture's
#: number among the page's images. Below it, the photos of the page's text, numbered in print
#: order with its stories (a page prints far fewer than this many things).
PDF_PICTURES_FROM = 100_000


class PhotoQuerySet(models.QuerySet):
    def public(self):
        """Photos of public issues printed in no story or in a published one
        (:func:`photo_story_shown`), on a public page (:func:`page_shown`): a withdrawn story's
        photo is not shown, nor one standing alone on a page of drafts (its link is its page)."""
        return self.filter(
            public_issue("page__issue__"), photo_story_shown(), page_shown("page_id")
        )

    def of_text(self):
        """The photos the pages' text gives (a caption, a credit), which its import writes."""
        return self.filter(position__lt=PDF_PICTURES_FROM)

    def page_text_pending(self):
        """Photos edited by hand whose page was re-imported printing them otherwise, not yet
        taken (采用版面文本; ``Photo.page_text_pending``, :mod:`articles.importing.phototext`)."""
        return self.filter(page_text_pending__isnull=False)

    def of_pdf(self):
        """The photos the pages' PDF alone gives (:data:`PDF_PICTURES_FROM`), which matching
        the page's zones on its PDF writes, never its text's import."""
        return self.filter(position__gte=PDF_PICTURES_FROM)


class ArticlePartQuerySet(models.QuerySet):
    def public(self):
        return self.filter(public_issue("article__issue__"), article__status=PUBLISHED)

    def story_numbers(self, page_ids) -> dict[int, int]:
        """``{part id: n}``: the number of each part of the pages ``page_ids`` among the stories
        of its page (1, 2, …), in print order. ``position`` counts photos and teasers too (a page of five stories and a photo
        has a story at position 6); editors and readers count stories. One query."""
        numbers: dict[int, int] = {}
        counts: dict[int, int] = {}
        rows = self.filter(page_id__in=set(page_ids)).order_by("page_id", "position")
        for pk, page_id in rows.values_list("pk", "page_id"):
            counts[page_id] = counts.get(page_id, 0) + 1
            numbers[pk] = counts[page_id]
        return numbers

    def story_numbers_at(self, page_ids) -> dict[tuple[int, int], int]:
        """:meth:`story_numbers` keyed by ``(page id, position)``: the number editors see for
        the story or part printed at that place (a story starts where its first part is). One
        query."""
        rows = self.filter(page_id__in=set(page_ids)).order_by("page_id", "position")
        numbers: dict[tuple[int, int], int] = {}
        counts: dict[int, int] = {}
        for page_id, position in rows.values_list("page_id", "position"):
            counts[page_id] = counts.get(page_id, 0) + 1
            numbers[page_id, position] = counts[page_id]
        return numbers

    def with_pages(self):
        """Printed parts in story order with their pages, without the pages' stored raw text
        (up to 2 MB a page, which no story view shows)."""
        return self.select_related("page").defer("page__raw_text").order_by("sequence")


class ArticleQuerySet(PublishedQuerySet):
    def published(self):
        """The story and its issue are both published."""
        return self.filter(status=PUBLISHED, issue__status=PUBLISHED)

    def public(self):
        """What readers may see: a published story in a public issue."""
        return self.filter(public_issue("issue__"), status=PUBLISHED)

    def with_home(self):
        """Stories with their issue, paper and home page (without its raw text), in the same
        query: what a story's address and heading need."""
        return self.select_related("issue__publication", "page").defer("page__raw_text")

    def with_parts(self):
        """Everything a story page, a feed item or a spreadsheet row needs, in a fixed number of
        queries: the issue and paper, the home page, every part with its page, the reporters in
        order. Pages come without their raw text."""
        parts = self.model._meta.get_field("parts").related_model
        bylines = self.model._meta.get_field("bylines").related_model
        return self.with_home().prefetch_related(
            Prefetch("parts", queryset=parts.objects.with_pages()),
            Prefetch(
                "bylines", queryset=bylines.objects.select_related("person").order_by("order")
            ),
        )


def is_public(article) -> bool:
    """Whether readers may see ``article`` (reached through a foreign key, a photo's or a
    teaser's, so no query: its issue must be loaded); ``None`` is not."""
    return (
        article is not None
        and article.status == PUBLISHED
        and article.issue.status == PUBLISHED
        and is_issue_date(article.issue.date)
    )
