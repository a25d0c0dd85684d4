"""What the public pages read: every query behind the e-paper's views, one function per question.

The views (:mod:`articles.views`) call these and only shape what comes back into a template's
context. Each selector goes through the published gate (``objects.public()``,
:mod:`articles.querysets`) and costs a fixed number of queries however many pages, stories,
parts or photos there are: related rows come by ``select_related``/``prefetch_related`` and
objects already in hand are shared (:func:`articles.public.share_issue`) instead of fetched
again. The biggest is :func:`printed_page`, the page as printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from django.db.models import Count, Max, Q

from articles.models import (
    Article,
    ArticlePart,
    ArticleRedirect,
    Byline,
    Issue,
    Jump,
    JumpDirection,
    Page,
    PageImage,
    Person,
    Photo,
    PhotoCredit,
    Publication,
    Teaser,
    Zone,
)
from articles.public import page_name, section_name, share_issue
from articles.queries import Prepared, field_names, instance
from articles.querysets import PUBLISHED, is_public

# The columns of each model a public view builds whole from a prepared query
# (:mod:`articles.queries`), in the model's column order.
PUBLICATION_COLUMNS = field_names(Publication)
ISSUE_COLUMNS = field_names(Issue)
ARTICLE_COLUMNS = field_names(Article)
PART_COLUMNS = field_names(ArticlePart)
PERSON_COLUMNS = field_names(Person)
BYLINE_COLUMNS = field_names(Byline)
PHOTO_COLUMNS = field_names(Photo)
CREDIT_COLUMNS = field_names(PhotoCredit)
TEASER_COLUMNS = field_names(Teaser)


def _issue_with_paper(alias: str, row, start: int) -> Issue:
    """An issue and its paper from ``row`` (:data:`ISSUE_COLUMNS` then
    :data:`PUBLICATION_COLUMNS`, from ``start``)."""
    issue = instance(Issue, alias, ISSUE_COLUMNS, row, start)
    issue.publication = instance(
        Publication, alias, PUBLICATION_COLUMNS, row, start + len(ISSUE_COLUMNS)
    )
    return issue


def _story_in_issue(alias: str, row, start: int) -> Article | None:
    """A story with its issue and paper from ``row`` (:data:`ARTICLE_COLUMNS`, then the
    issue's and the paper's, from ``start``); None for a foreign key left empty."""
    if row[start] is None:
        return None
    article = instance(Article, alias, ARTICLE_COLUMNS, row, start)
    article.issue = _issue_with_paper(alias, row, start + len(ARTICLE_COLUMNS))
    return article


def _with_issue(prefix: str) -> list[str]:
    """The columns :func:`_story_in_issue` reads, led by ``prefix`` (the story's foreign key)."""
    return [
        *field_names(Article, prefix),
        *field_names(Issue, f"{prefix}issue__"),
        *field_names(Publication, f"{prefix}issue__publication__"),
    ]


_PUBLIC_ISSUE_ON = Prepared(
    Issue,
    (str, date),
    lambda paper, day: (
        Issue.objects.public()
        .filter(publication__slug=paper, date=day)
        .order_by()
        .values_list(*ISSUE_COLUMNS, *field_names(Publication, "publication__"))
    ),
)


def public_issue_on(paper_slug: str, day: date) -> Issue | None:
    """The public issue of the paper ``paper_slug`` dated ``day`` with its paper, or None when
    readers may see none. One query (prepared, :mod:`articles.queries`)."""
    alias, rows = _PUBLIC_ISSUE_ON.rows(paper_slug, day)
    return _issue_with_paper(alias, rows[0], 0) if rows else None


# --- issues ----------------------------------------------------------------------------------


def issue_pages(issue: Issue) -> list[Page]:
    """The issue's pages in print order, without their raw text, each with its ``name`` and its
    ``picture`` (page image, when the page came with a PDF) in the same query."""
    pages = list(issue.pages.defer("raw_text").select_related("picture"))
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
        .values_list(
            *field_names(ArticlePart, leave_out=["blocks"]), *field_names(Article, "article__")
        )
    ),
)
_ISSUE_PART_COLUMNS = field_names(ArticlePart, leave_out=["blocks"])


def issue_parts_by_page(issue: Issue) -> dict[int, list[ArticlePart]]:
    """The issue's published printed parts with their stories, in print order, by page id;
    without the parts' printed text (the issue lists titles: decoding every story's text was
    most of the query's cost). One query (prepared, :mod:`articles.queries`)."""
    alias, rows = _ISSUE_PARTS.rows(issue.pk)
    by_page: dict[int, list[ArticlePart]] = {}
    start = len(_ISSUE_PART_COLUMNS)
    for row in rows:
        part = instance(ArticlePart, alias, _ISSUE_PART_COLUMNS, row)
        part.article = instance(Article, alias, ARTICLE_COLUMNS, row, start)
        part.article.issue = issue
        by_page.setdefault(part.page_id, []).append(part)
    return by_page


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


def issue_months(publication: Publication) -> list[date]:
    """The first day of every month with a published issue of the paper, newest first."""
    return list(
        Issue.objects.public().filter(publication=publication).dates("date", "month", order="DESC")
    )


# --- a page as printed -----------------------------------------------------------------------


@dataclass
class PrintedPage:
    """One page as printed: its stories' parts, photos with credits, teasers, and every page of
    the issue around it. Each story printed on it has all its parts (``story_parts``, their
    places only, each with its page) and its bylines (``bylines``, each with its person)."""

    issue: Issue
    pages: list[Page]  # the whole issue, in print order, each with its ``name``
    page: Page
    parts: list[ArticlePart]  # printed on this page, by position, each with its story
    photos: list[Photo]  # by position; ``visible_article``: the story if readers may see it
    teasers: list[Teaser]  # by position; ``url``: the story, else its page, else ""
    story_parts: dict[int, list[ArticlePart]] = field(default_factory=dict)  # by story id
    bylines: dict[int, list[Byline]] = field(default_factory=dict)  # by story id, in order
    unfinished: dict[int, ContinuedOn] = field(default_factory=dict)  # :func:`page_unfinished`

    @cached_property
    def by_label(self) -> dict[str, Page]:
        return {p.label: p for p in self.pages}

    @property
    def previous_page(self) -> Page | None:
        index = self.pages.index(self.page)
        return self.pages[index - 1] if index > 0 else None

    @property
    def next_page(self) -> Page | None:
        index = self.pages.index(self.page)
        return self.pages[index + 1] if index + 1 < len(self.pages) else None


def has_page(issue: Issue, label: str) -> bool:
    return issue.pages.filter(label=label).exists()


def printed_page(issue: Issue, label: str, pages: list[Page] | None = None) -> PrintedPage | None:
    """The page ``label`` of ``issue`` as printed (:class:`PrintedPage`); None if there is none.
    ``pages``: the issue's pages (:func:`issue_pages`) when the caller has them. Seven queries,
    each prepared (:mod:`articles.queries`): the parts and their stories, the stories' other
    parts, their bylines, the photos, their credits, the teasers, the open jumps."""
    if pages is None:
        pages = issue_pages(issue)
    page = next((p for p in pages if p.label == label), None)
    if page is None:
        return None
    by_label = {p.label: p for p in pages}
    parts = page_parts(issue, page)
    return PrintedPage(
        issue=issue,
        pages=pages,
        page=page,
        parts=parts,
        photos=page_photos(page),
        teasers=page_teasers(page, by_label),
        story_parts=page_story_parts(page, pages),
        bylines=page_bylines(page),
        unfinished=page_unfinished(page, parts, by_label),
    )


#: What a page needs of its stories' other parts: where each is printed, and in which order.
PART_PLACE_FIELDS = ("article_id", "page_id", "sequence", "position", "continued_from")
_PLACE_COLUMNS = [name for name in PART_COLUMNS if name in ("id", *PART_PLACE_FIELDS)]


def _stories_on(page_id: int):
    """The ids of the published stories with a part printed on the page (a subquery)."""
    return ArticlePart.objects.public().filter(page_id=page_id).values("article_id")


_PAGE_PARTS = Prepared(
    ArticlePart,
    (int,),
    lambda page_id: (
        ArticlePart.objects.public()
        .filter(page_id=page_id)
        .order_by("position")
        .values_list(*PART_COLUMNS, *field_names(Article, "article__"))
    ),
)
_STORY_PLACES = Prepared(
    ArticlePart,
    (int,),
    lambda page_id: (
        ArticlePart.objects.filter(article__in=_stories_on(page_id))
        .order_by("article_id", "sequence")
        .values_list(*_PLACE_COLUMNS)
    ),
)
_STORY_BYLINES = Prepared(
    Byline,
    (int,),
    lambda page_id: (
        Byline.objects.filter(article__in=_stories_on(page_id))
        .order_by("article_id", "order")
        .values_list(*BYLINE_COLUMNS, *field_names(Person, "person__"))
    ),
)


def page_parts(issue: Issue, page: Page) -> list[ArticlePart]:
    """The published parts printed on ``page``, by position, each with its story (sharing the
    issue already in hand). One query."""
    alias, rows = _PAGE_PARTS.rows(page.pk)
    articles: dict[int, Article] = {}
    parts = []
    for row in rows:
        part = instance(ArticlePart, alias, PART_COLUMNS, row)
        article = articles.get(part.article_id)
        if article is None:
            article = articles[part.article_id] = instance(
                Article, alias, ARTICLE_COLUMNS, row, len(PART_COLUMNS)
            )
            article.issue = issue
        part.article = article
        parts.append(part)
    return parts


def page_story_parts(page: Page, pages: list[Page]) -> dict[int, list[ArticlePart]]:
    """``{story id: its parts in order}`` for the published stories printed on ``page``: their
    places only (:data:`PART_PLACE_FIELDS`), each with its page from ``pages`` (the issue's,
    :func:`issue_pages`: a story never leaves its issue). One query."""
    alias, rows = _STORY_PLACES.rows(page.pk)
    by_id = {p.pk: p for p in pages}
    found: dict[int, list[ArticlePart]] = {}
    for row in rows:
        part = instance(ArticlePart, alias, _PLACE_COLUMNS, row)
        if part.page_id in by_id:
            part.page = by_id[part.page_id]
        found.setdefault(part.article_id, []).append(part)
    return found


def page_bylines(page: Page) -> dict[int, list[Byline]]:
    """``{story id: its bylines in order, each with its person}`` for the published stories
    printed on ``page``. One query."""
    alias, rows = _STORY_BYLINES.rows(page.pk)
    found: dict[int, list[Byline]] = {}
    for row in rows:
        byline = instance(Byline, alias, BYLINE_COLUMNS, row)
        byline.person = instance(Person, alias, PERSON_COLUMNS, row, len(BYLINE_COLUMNS))
        found.setdefault(byline.article_id, []).append(byline)
    return found


@dataclass(frozen=True)
class ContinuedOn:
    """Where an unfinished story goes on: the printed marker (``（下转A2版）``), the normalised
    target ``label`` (``A2``) and the target ``page`` when the issue has it (a public page of a
    public issue), else None: the page was never imported."""

    marker: str
    label: str
    page: Page | None


_OPEN_JUMPS = Prepared(
    Jump,
    (int,),
    lambda page_id: Jump.objects.filter(
        part__page_id=page_id, direction=JumpDirection.FORWARD, to_part__isnull=True
    ).values_list("part_id", "marker", "target_label"),
)


def page_unfinished(
    page: Page, parts: list[ArticlePart], by_label: dict[str, Page]
) -> dict[int, ContinuedOn]:
    """``{part id: ContinuedOn}`` for the parts of ``parts`` (printed on ``page``) whose forward
    marker leads nowhere yet (the target page not imported, or nothing on it continues the
    story): the story stops there, and readers should see the printed marker rather than a
    story that looks finished. ``by_label``: the issue's pages by label. One query."""
    _alias, rows = _OPEN_JUMPS.rows(page.pk)
    shown = {part.pk for part in parts}
    return {
        part_id: ContinuedOn(marker=marker, label=label, page=by_label.get(label))
        for part_id, marker, label in rows
        if part_id in shown
    }


_PAGE_PHOTOS = Prepared(
    Photo,
    (int,),
    lambda page_id: (
        Photo.objects.filter(page_id=page_id)
        .order_by("position")
        .values_list(*PHOTO_COLUMNS, *_with_issue("article__"))
    ),
)
_PAGE_CREDITS = Prepared(
    PhotoCredit,
    (int,),
    lambda page_id: (
        PhotoCredit.objects.filter(photo__page_id=page_id)
        .order_by("order")
        .values_list(*CREDIT_COLUMNS, *field_names(Person, "person__"))
    ),
)


def page_photos(page: Page) -> list[Photo]:
    """The page's photos by position, each with its credits in order (``photo.credits.all()``,
    each with its person) and its ``visible_article`` (the story if readers may see it). Two
    queries."""
    alias, rows = _PAGE_PHOTOS.rows(page.pk)
    photos = []
    for row in rows:
        photo = instance(Photo, alias, PHOTO_COLUMNS, row)
        photo.page = page
        photo.article = _story_in_issue(alias, row, len(PHOTO_COLUMNS))
        photo.visible_article = photo.article if is_public(photo.article) else None
        photos.append(photo)
    if photos:
        with_credits(photos, *_PAGE_CREDITS.rows(page.pk))
    return photos


def prefetched(obj, name: str, rows: list) -> None:
    """Give ``obj`` the rows of its reverse relation ``name`` as ``prefetch_related`` would
    (``obj.<name>.all()`` then reads them, no query; a filter on it still queries)."""
    queryset = getattr(obj, name).get_queryset()
    queryset._result_cache = rows
    queryset._prefetch_done = True
    obj.__dict__.setdefault("_prefetched_objects_cache", {})[name] = queryset


_PAGE_TEASERS = Prepared(
    Teaser,
    (int,),
    lambda page_id: (
        Teaser.objects.filter(page_id=page_id)
        .order_by("position")
        .values_list(*TEASER_COLUMNS, *_with_issue("target_article__"))
    ),
)


def page_teasers(page: Page, by_label: dict[str, Page]) -> list[Teaser]:
    """The page's teasers by position, each with its ``url``: its story if readers may see it,
    else the page it names if the issue has it, else "". One query."""
    alias, rows = _PAGE_TEASERS.rows(page.pk)
    teasers = []
    for row in rows:
        teaser = instance(Teaser, alias, TEASER_COLUMNS, row)
        teaser.page = page
        target = teaser.target_article = _story_in_issue(alias, row, len(TEASER_COLUMNS))
        if is_public(target):
            teaser.url = target.get_absolute_url()
        elif teaser.target_label in by_label:
            teaser.url = by_label[teaser.target_label].get_absolute_url()
        else:
            teaser.url = ""
        teasers.append(teaser)
    return teasers


def published_part(paper: str, day: date, label: str, position: int) -> ArticlePart | None:
    """The published part printed at ``position`` on page ``label`` of an issue, with its story."""
    try:
        return (
            ArticlePart.objects.public()
            .select_related("article__issue__publication")
            .get(
                page__issue__publication__slug=paper,
                page__issue__date=day,
                page__label=label,
                position=position,
            )
        )
    except ArticlePart.DoesNotExist:
        return None


# --- stories ---------------------------------------------------------------------------------


def moved_story(old_id: int) -> Article | None:
    """The published story a former story (a continuation, before its jump was resolved) joined."""
    moved = (
        ArticleRedirect.objects.filter(old_id=old_id)
        .select_related("article__issue__publication")
        .first()
    )
    if (
        moved is not None
        and Article.objects.public().with_parts().filter(pk=moved.article_id).exists()
    ):
        return moved.article
    return None


_PAGE_COLUMNS = field_names(Page, leave_out=["raw_text"])
_PUBLIC_STORY = Prepared(
    Article,
    (str, date, int),
    lambda paper, day, pk: (
        Article.objects.public()
        .filter(issue__publication__slug=paper, issue__date=day, pk=pk)
        .order_by()
        .values_list(
            *ARTICLE_COLUMNS,
            *field_names(Issue, "issue__"),
            *field_names(Publication, "issue__publication__"),
            *field_names(Page, "page__", leave_out=["raw_text"]),
        )
    ),
)


def public_story(paper_slug: str, day: date, pk: int) -> Article | None:
    """The story ``pk`` of the paper's issue dated ``day`` if readers may see it, with its
    issue, paper and home page (without its raw text, as ``with_home()``), else None. One
    query (prepared, :mod:`articles.queries`)."""
    alias, rows = _PUBLIC_STORY.rows(paper_slug, day, pk)
    if not rows:
        return None
    row = rows[0]
    article = _story_in_issue(alias, row, 0)
    start = len(ARTICLE_COLUMNS) + len(ISSUE_COLUMNS) + len(PUBLICATION_COLUMNS)
    article.page = instance(Page, alias, _PAGE_COLUMNS, row, start)
    return article


NEIGHBOUR_FIELDS = ("kicker", "headline", "subheadline", "page_id", "position", "status")


def page_neighbours(article: Article) -> tuple[Article | None, Article | None]:
    """上一篇 / 下一篇: the stories printed before and after ``article`` on its home page, each
    with its title and ``issue_id`` only (give them ``article.issue`` before asking their
    address: they are kept without it)."""
    neighbours: list[Article] = []
    for part in (
        ArticlePart.objects.public()
        .filter(page=article.page_id)
        .select_related("article")
        # What a neighbour shows: its title and address (the JSON twin: each title line).
        # Not the parts' printed text nor the stories' other columns.
        .only("position", "article__issue_id", *(f"article__{name}" for name in NEIGHBOUR_FIELDS))
        .order_by("position")
    ):
        if part.article_id not in [a.pk for a in neighbours]:
            neighbours.append(part.article)
    # (An editor may have moved the story's first part off its home page: then no neighbours.)
    index = next((i for i, a in enumerate(neighbours) if a.pk == article.pk), None)
    if index is None:
        neighbours, index = [article], 0
    return (
        neighbours[index - 1] if index > 0 else None,
        neighbours[index + 1] if index + 1 < len(neighbours) else None,
    )


_STORY_PHOTOS = Prepared(
    Photo,
    (int,),
    lambda pk: (
        Photo.objects.filter(article_id=pk)
        .order_by("page__sequence", "position")
        .values_list(*PHOTO_COLUMNS)
    ),
)
_STORY_CREDITS = Prepared(
    PhotoCredit,
    (int,),
    lambda pk: (
        PhotoCredit.objects.filter(photo__article_id=pk)
        .order_by("order")
        .values_list(*CREDIT_COLUMNS, *field_names(Person, "person__"))
    ),
)


def story_photos(article: Article) -> list[Photo]:
    """The story's photos in print order, with their credits (not through ``article.photos``,
    which would hand each photo the story object: kept values are stored without it). One
    query, two with photos (prepared, :mod:`articles.queries`)."""
    alias, rows = _STORY_PHOTOS.rows(article.pk)
    photos = [instance(Photo, alias, PHOTO_COLUMNS, row) for row in rows]
    if photos:
        with_credits(photos, *_STORY_CREDITS.rows(article.pk))
    return photos


def with_credits(photos: list[Photo], alias: str, rows) -> None:
    """Give each photo its credits in ``rows`` (:data:`CREDIT_COLUMNS` and the person's), in
    their order, as ``photo.credits.all()`` (:func:`prefetched`)."""
    credits: dict[int, list[PhotoCredit]] = {}
    for row in rows:
        credit = instance(PhotoCredit, alias, CREDIT_COLUMNS, row)
        credit.person = instance(Person, alias, PERSON_COLUMNS, row, len(CREDIT_COLUMNS))
        credits.setdefault(credit.photo_id, []).append(credit)
    for photo in photos:
        prefetched(photo, "credits", credits.get(photo.pk, []))


@dataclass
class StoryBody:
    """What a story page shows of the story itself, apart from its row: its printed parts in
    order (each with its ``page``), its bylines in order (each with its ``person``), its photos
    (with their credits and photographers) and, when the last part's jump leads nowhere yet,
    where the printed marker says it goes on (:class:`ContinuedOn`)."""

    parts: list[ArticlePart]
    bylines: list[Byline]
    photos: list[Photo]
    continued_on: ContinuedOn | None

    def attach(self, article: Article) -> None:
        """Give ``article`` these parts and bylines as if prefetched (``article.parts.all()``,
        ``article.bylines.all()``, :meth:`Article.ordered_parts` then cost no query), each part
        and byline pointing back at it, and its pages its issue."""
        for row in (*self.parts, *self.bylines):
            row.article = article
        cache = getattr(article, "_prefetched_objects_cache", None)
        if cache is None:
            cache = article._prefetched_objects_cache = {}
        for name, rows in (("parts", self.parts), ("bylines", self.bylines)):
            queryset = getattr(article, name).all()
            queryset._result_cache = list(rows)
            queryset._prefetch_done = True
            cache[name] = queryset
        share_issue(article.issue, [part.page for part in self.parts])


_STORY_PARTS = Prepared(
    ArticlePart,
    (int,),
    lambda pk: (
        ArticlePart.objects.filter(article_id=pk)
        .order_by("sequence")
        .values_list(*PART_COLUMNS, *field_names(Page, "page__", leave_out=["raw_text"]))
    ),
)
_STORY_BYLINE_ROWS = Prepared(
    Byline,
    (int,),
    lambda pk: (
        Byline.objects.filter(article_id=pk)
        .order_by("order")
        .values_list(*BYLINE_COLUMNS, *field_names(Person, "person__"))
    ),
)
_PART_OPEN_JUMPS = Prepared(
    Jump,
    (int,),
    lambda part_id: Jump.objects.filter(
        part_id=part_id, direction=JumpDirection.FORWARD, to_part__isnull=True
    ).values_list("part_id", "marker", "target_label"),
)


def story_body(article: Article, pages: list[Page]) -> StoryBody:
    """The :class:`StoryBody` of ``article`` (a story of the issue whose pages are ``pages``,
    :func:`issue_pages`): four queries, five when it has photos (their credits), each prepared
    (:mod:`articles.queries`)."""
    alias, rows = _STORY_PARTS.rows(article.pk)
    parts = []
    for row in rows:
        part = instance(ArticlePart, alias, PART_COLUMNS, row)
        part.page = instance(Page, alias, _PAGE_COLUMNS, row, len(PART_COLUMNS))
        parts.append(part)
    alias, rows = _STORY_BYLINE_ROWS.rows(article.pk)
    bylines = []
    for row in rows:
        byline = instance(Byline, alias, BYLINE_COLUMNS, row)
        byline.person = instance(Person, alias, PERSON_COLUMNS, row, len(BYLINE_COLUMNS))
        bylines.append(byline)
    continued_on = None
    if parts:
        by_label = {page.label: page for page in pages}
        for _part_id, marker, label in _PART_OPEN_JUMPS.rows(parts[-1].pk)[1]:
            continued_on = ContinuedOn(marker=marker, label=label, page=by_label.get(label))
    return StoryBody(
        parts=parts, bylines=bylines, photos=story_photos(article), continued_on=continued_on
    )


# --- people and sections ---------------------------------------------------------------------


def person_articles(person: Person):
    """A reporter's published stories, newest first."""
    return (
        Article.objects.public()
        .filter(bylines__person=person)
        .select_related("issue__publication", "page")
        .defer("page__raw_text")
        .order_by("-issue__date", "page__sequence", "position")
    )


def person_photos(person: Person, limit: int = 60) -> list[Photo]:
    """A photographer's latest published photos, each page with its ``name`` and each photo with
    its ``visible_article``."""
    photos = list(
        Photo.objects.public()
        .filter(credits__person=person)
        .select_related("page__issue__publication", "article__issue")
        .defer("page__raw_text")
        .order_by("-page__issue__date", "page__sequence", "position")[:limit]
    )
    for photo in photos:
        photo.page.name = page_name(photo.page)
        photo.visible_article = photo.article if is_public(photo.article) else None
        if photo.visible_article:
            photo.visible_article.issue.publication = photo.page.issue.publication
    return photos


def published_people():
    """Everyone with a published story or photo, with the counts ``stories`` and
    ``photo_count``."""
    visible_story = Q(bylines__article__status=PUBLISHED, bylines__article__issue__status=PUBLISHED)
    visible_photo = Q(photo_credits__photo__page__issue__status=PUBLISHED)
    return (
        Person.objects.annotate(
            stories=Count("bylines", filter=visible_story, distinct=True),
            photo_count=Count("photo_credits", filter=visible_photo, distinct=True),
        )
        .filter(Q(stories__gt=0) | Q(photo_count__gt=0))
        .order_by("name")
    )


def paper_sections(publication: Publication):
    """The paper's sections (``name``: the 版名, or 头版 for a front page printed without one,
    :func:`articles.public.page_name`) with their published ``pages`` and ``latest`` date."""
    return (
        Page.objects.public()
        .filter(issue__publication=publication)
        .annotate(name=section_name())
        .exclude(name="")
        .values("name")
        .annotate(pages=Count("id"), latest=Max("issue__date"))
        .order_by("name")
    )


# --------------------------------------------------------------------------------------------
# The printed page as a picture (page PDFs: articles/models/pageimages.py)
# --------------------------------------------------------------------------------------------


def picture_of(page: Page) -> PageImage | None:
    """A page's image (None without a PDF); no query for pages from :func:`issue_pages`."""
    try:
        return page.picture
    except PageImage.DoesNotExist:
        return None


def page_zones(page: Page) -> list[Zone]:
    """The zones readers may follow on ``page``: of its published stories' parts and its
    photos, in print order."""
    public = Article.objects.public()
    zones = Zone.objects.filter(page=page).filter(
        Q(part__article__in=public) | Q(photo__isnull=False)
    )
    return sorted(
        zones.select_related("part__article", "photo"),
        key=lambda z: (z.part or z.photo).position,
    )


def story_zones(article: Article) -> list[Zone]:
    """Where a story's parts ran: their zones with the page and its picture, in part order
    (one query)."""
    return list(
        Zone.objects.filter(part__article=article, page__picture__isnull=False)
        .select_related("part", "page__picture")
        .order_by("part__sequence")
    )
