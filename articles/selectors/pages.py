"""A page as printed: its stories' parts, bylines, photos, teasers, open jumps, picture and zones.

Part of :mod:`articles.selectors`."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from django.db import connections
from django.db.models import F

from articles.continuations.joinedbylines import JoinedBylines, joined_from
from articles.labels import numbered_alike
from articles.models import (
    Article,
    ArticlePart,
    Byline,
    Issue,
    Page,
    PageImage,
    PageRedirect,
    Person,
    Photo,
    Teaser,
)
from articles.queries import Prepared, field_names, maker, relate, relater
from articles.querysets import is_public, photo_story_shown, picture_public
from articles.selectors.common import (
    BYLINE_COLUMNS,
    CREDIT_COLUMNS,
    LINKED_STORY_COLUMNS,
    LISTED_STORY_COLUMNS,
    PART_COLUMNS,
    PERSON_COLUMNS,
    PRINTED_MARKERS,
    SHOWN_PHOTO_COLUMNS,
    TEASER_COLUMNS,
    ContinuedOn,
    _story_in_issue,
    _with_issue,
    open_jump,
    printed_jumps,
    with_credits,
)
from articles.selectors.issues import issue_pages, with_reader_names
from articles.selectors.leads import page_leads
from articles.selectors.zones import _PAGE_ZONES, page_zones  # noqa: F401 (re-exported)


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
    """Whether readers may see the page ``label`` of ``issue`` (``Page.objects.public()``)."""
    return Page.objects.public().filter(issue=issue, label=label).exists()


def page_meant(issue: Issue, label: str) -> str | None:
    """The label of the page of ``issue`` readers may see that ``label`` (canonical,
    :func:`articles.labels.normalize_label`: ``第四版`` is ``4``) means: itself when the issue
    has it; a label an editor changed (改版次, :class:`~articles.models.PageRedirect`), the page
    that had it; a number alone, the one page with that number (``4`` → ``A4``, as a 下转第四版
    finds it: :func:`articles.continuations.matching.page_find`); None when there is none, or
    several (``A4`` and ``B4``). One query; two for a label that is no page's."""
    labels = list(Page.objects.public().filter(issue=issue).values_list("label", flat=True))
    if label in labels:
        return label
    moved = PageRedirect.objects.filter(issue=issue, old_label=label).values_list(
        "page__label", flat=True
    )
    relabelled = next(iter(moved), None)
    if relabelled in labels:
        return relabelled
    alike = numbered_alike(label, labels)
    return alike[0] if len(alike) == 1 else None


def printed_page(
    issue: Issue, label: str, pages: list[Page] | None = None, rows: PageRows | None = None
) -> PrintedPage | None:
    """The page ``label`` of ``issue`` as printed (:class:`PrintedPage`); None if there is none.
    ``pages``: the issue's pages (:func:`issue_pages`) when the caller has them. Three queries,
    each prepared (:mod:`articles.queries`): the parts of the stories printed on it with their
    stories, open jumps and bylines (:func:`printed_parts`), the photos with their credits,
    the teasers; none when the caller read them already (``rows``: :func:`page_rows` of that
    page)."""
    if pages is None:
        pages = issue_pages(issue)
    page = next((p for p in pages if p.label == label), None)
    if page is None:
        return None
    if rows is None:
        rows = page_rows(page.pk)
    by_label = {p.label: p for p in pages}
    bylines: dict[int, list[Byline]] = {}
    parts, story_parts = printed_parts(page, pages, issue, bylines, rows.parts, rows.leads)
    return PrintedPage(
        issue=issue,
        pages=pages,
        page=page,
        parts=parts,
        photos=page_photos(page, issue, rows.photos),
        teasers=page_teasers(page, by_label, issue, rows.teasers),
        story_parts=story_parts,
        bylines=bylines,
        unfinished=page_unfinished(parts, story_parts, by_label),
    )


#: What a page needs of its stories' other parts: where each is printed, and in which order.
PART_PLACE_FIELDS = (
    "article_id",
    "page_id",
    "sequence",
    "position",
    "continued_from",
    "whole_copy",
)


def _stories_on(page_id: int):
    """The ids of the published stories with a part printed on the page (a subquery)."""
    return ArticlePart.objects.public().filter(page_id=page_id).values("article_id")


#: What the page and its JSON twin show of the parts of the stories printed on it: their places
#: (:data:`PART_PLACE_FIELDS`), and of the page's own their title lines and the first paragraph
#: of their text (the lead); of their stories what the issue lists (the rest of both deferred:
#: read on access, one query each), and their bylines with their people (a LEFT JOIN: a part's
#: row once for each byline of its story, read from the story's first part's rows). The title
#: lines and ``blocks`` come last but one, as the database's JSON text, decoded for the page's
#: own parts only (:func:`printed_parts`); last, the 署名 the story's joined parts printed apart
#: (:class:`~articles.continuations.joinedbylines.JoinedBylines`).
_PLACE_COLUMNS = [name for name in PART_COLUMNS if name in ("id", *PART_PLACE_FIELDS)]
_BYLINE_NAMES = [
    *(f"article__bylines__{name}" for name in BYLINE_COLUMNS),
    *(f"article__bylines__person__{name}" for name in PERSON_COLUMNS),
]
_TITLE_LINES = ArticlePart._meta.get_field("title_lines")
_PRINTED_PARTS = Prepared(
    ArticlePart,
    (int,),
    lambda page_id: (
        # Every part of a story printed on the page is public when the story is (the gate
        # reads the story and its issue only), so the page's own are those on the page.
        ArticlePart.objects.filter(article__in=_stories_on(page_id))
        .annotate(
            open_jump=open_jump(),
            joined_bylines=JoinedBylines(F("article_id")),
            **printed_jumps(),
        )
        # A story's bylines in order (``Byline.Meta.ordering``; their ids when two share one).
        .order_by("article_id", "sequence", "article__bylines__order", "article__bylines__id")
        .values_list(
            *_PLACE_COLUMNS,
            *(f"article__{name}" for name in LISTED_STORY_COLUMNS),
            "open_jump__marker",
            "open_jump__target_label",
            *_BYLINE_NAMES,
            *PRINTED_MARKERS,
            "title_lines",
            "blocks",
            "joined_bylines",  # (an annotation: last, :class:`articles.queries.Prepared`)
        )
    ),
    raw=("title_lines", "blocks"),  # no converter left: rows are not copied to convert them
)


def printed_parts(
    page: Page,
    pages: list[Page],
    issue: Issue | None = None,
    bylines: dict[int, list[Byline]] | None = None,
    read: tuple[str, list] | None = None,
    leads: dict[int, str] | None = None,
) -> tuple[list[ArticlePart], dict[int, list[ArticlePart]]]:
    """``(parts, story_parts)`` for the published stories printed on ``page``, in one query:
    ``parts``, the parts printed on it by position, each with its ``first_paragraph`` (the text
    of its first paragraph block, :func:`articles.public.first_paragraph_in`: its ``blocks``
    are not decoded whole, and left deferred); ``story_parts``, ``{story id: all its parts in
    order}`` (the same objects for the page's own). Each part with its story (one object a
    story, with ``issue`` when given: a story never leaves its issue), its page from ``pages``
    (the issue's, :func:`issue_pages`) and its ``open_jump``: ``(marker, target label)`` of its
    forward jump that leads nowhere yet, or None (:func:`page_unfinished`), and its
    ``printed_markers``: ``(forward, backward)``, each jump's marker as printed or None
    (:func:`~articles.selectors.common.printed_jump`). Read as far as the
    page shows them (:data:`_PLACE_COLUMNS`, of the page's own their ``title_lines`` too,
    :data:`LISTED_STORY_COLUMNS`; the rest deferred). ``bylines``: a dict the stories' bylines
    are put in, ``{story id: its bylines in order, each with its person}`` (a story without
    any has no entry), read with the parts; each story's ``joined_printed``, the 署名 its
    joined parts printed apart (:class:`~articles.continuations.joinedbylines.JoinedBylines`,
    a column of the same rows). ``read``: the query's ``(alias, rows)`` when the
    caller read them already (:func:`page_rows`); ``leads``: the first paragraphs of the
    page's own parts found from them already (:attr:`PageRows.leads`; a whole copy's is its
    story's, :func:`~articles.selectors.leads.page_leads`)."""
    alias, rows = read if read is not None else _PRINTED_PARTS.rows(page.pk)
    if leads is None:
        leads = page_leads(rows, page.pk, _PLACE_COLUMNS)
    by_id = {p.pk: p for p in pages}
    articles: dict[int, Article] = {}
    found: dict[int, list[ArticlePart]] = {}
    on_page = []
    jump = len(_PLACE_COLUMNS) + len(LISTED_STORY_COLUMNS)
    connection = connections[alias]
    # Each related object below is looked up by the row's own key.
    of_story, at_page, in_issue = (
        relater(ArticlePart, "article"),
        relater(ArticlePart, "page"),
        relater(Article, "issue"),
    )
    make_part = maker(ArticlePart, alias, _PLACE_COLUMNS)
    make_story = maker(Article, alias, LISTED_STORY_COLUMNS, len(_PLACE_COLUMNS))
    read_byline = _byline_reader(alias, jump + 2, {} if bylines is None else bylines)
    part, first = None, False
    for row in rows:
        if part is not None and row[0] == part.pk:  # the same part: its story's next byline
            if first:
                read_byline(row)
            continue
        part = make_part(row)
        article = articles.get(part.article_id)
        # A story's bylines are read from the rows of its first part (they come first).
        first = article is None
        if first:
            read_byline(row)
            article = articles[part.article_id] = make_story(row)
            article.joined_printed = joined_from(row[-1])
            if issue is not None and article.issue_id == issue.pk:
                in_issue(article, issue)
            elif issue is not None:
                relate(article, "issue", issue)
        of_story(part, article)
        if part.page_id in by_id:
            at_page(part, by_id[part.page_id])
        marker = row[jump]
        part.open_jump = None if marker is None else (marker, row[jump + 1])
        part.printed_markers = (row[-5], row[-4])  # (its 下转's, its 上接's; None without)
        if part.page_id == page.pk:
            # As the field's converter gives it (the column's descriptor reads __dict__).
            part.__dict__["title_lines"] = _TITLE_LINES.from_db_value(row[-3], None, connection)
            part.first_paragraph = leads[row[0]]
            on_page.append(part)
        found.setdefault(part.article_id, []).append(part)
    on_page.sort(key=lambda part: part.position)  # a position is the page's own (unique)
    return on_page, found


def page_parts(issue: Issue, page: Page) -> list[ArticlePart]:
    """The published parts printed on ``page``, by position: :func:`printed_parts`'s first.
    One query."""
    return printed_parts(page, [page], issue)[0]


def page_story_parts(page: Page, pages: list[Page]) -> dict[int, list[ArticlePart]]:
    """``{story id: its parts in order}`` for the published stories printed on ``page``:
    :func:`printed_parts`'s second. One query."""
    return printed_parts(page, pages)[1]


def _byline_reader(alias: str, start: int, found: dict[int, list[Byline]]):
    """``read(row)``: the byline in ``row`` (:data:`_BYLINE_NAMES` from ``start`` on; none for a
    story without bylines) with its person, put in ``found`` under its story."""
    make_byline = maker(Byline, alias, BYLINE_COLUMNS, start)
    make_person = maker(Person, alias, PERSON_COLUMNS, start + len(BYLINE_COLUMNS))
    with_person = relater(Byline, "person")

    def read(row) -> None:
        if row[start] is not None:
            byline = make_byline(row)
            with_person(byline, make_person(row))
            found.setdefault(byline.article_id, []).append(byline)

    return read


def page_unfinished(
    parts: list[ArticlePart],
    story_parts: dict[int, list[ArticlePart]],
    by_label: dict[str, Page],
) -> dict[int, ContinuedOn]:
    """``{part id: ContinuedOn}`` for the parts of ``parts`` (printed on the page) whose forward
    marker leads nowhere yet (the target page not imported, or nothing on it continues the
    story): the story stops there, and readers should see the printed marker rather than a
    story that looks finished. ``story_parts``: :func:`page_story_parts` (each part with its
    ``open_jump``); ``by_label``: the issue's pages by label. No query."""
    shown = {part.pk for part in parts}
    return {
        part.pk: ContinuedOn(marker=marker, label=label, page=by_label.get(label))
        for ordered in story_parts.values()
        for part in ordered
        if part.pk in shown and part.open_jump is not None
        for marker, label in (part.open_jump,)
    }


#: Each photo's credits and their photographers, read with the photos (a LEFT JOIN: one row a
#: credit, one with empty credit columns for a photo without any).
_CREDIT_NAMES = [
    *(f"credits__{name}" for name in CREDIT_COLUMNS),
    *(f"credits__person__{name}" for name in field_names(Person)),
]
_PHOTO_NAMES = [*SHOWN_PHOTO_COLUMNS, *_with_issue("article__", LINKED_STORY_COLUMNS)]
_PAGE_PHOTOS = Prepared(
    Photo,
    (int,),
    lambda page_id: (
        Photo.objects.filter(photo_story_shown(), page_id=page_id)  # a withdrawn story's: not
        # A position is a page's own (a unique constraint): each photo's rows come together.
        .order_by("position", "credits__order")
        .values_list(*_PHOTO_NAMES, *_CREDIT_NAMES)
    ),
)


def page_photos(
    page: Page, issue: Issue | None = None, read: tuple[str, list] | None = None
) -> list[Photo]:
    """The page's photos by position, each with its credits in order (``photo.credits.all()``,
    each with its person) and its ``visible_article`` (the story if readers may see it; given
    ``issue``, the page's, when it is in it), that story with its ``reader_name``
    (:func:`with_reader_names`). One query: the credits joined to the photos (``read``: its
    ``(alias, rows)`` when the caller read them, :func:`page_rows`); one more when a photo's
    story is untitled (its first words)."""
    alias, rows = read if read is not None else _PAGE_PHOTOS.rows(page.pk)
    photos: list[Photo] = []
    credits = []
    start = len(_PHOTO_NAMES)
    make_photo, on_page = maker(Photo, alias, SHOWN_PHOTO_COLUMNS), relater(Photo, "page")
    for row in rows:
        if not photos or photos[-1].pk != row[0]:
            photo = make_photo(row)
            on_page(photo, page)  # the query's own page
            story = _story_in_issue(
                alias, row, len(SHOWN_PHOTO_COLUMNS), LINKED_STORY_COLUMNS, issue
            )
            relate(photo, "article", story)
            photo.visible_article = photo.article if is_public(photo.article) else None
            photos.append(photo)
        if row[start] is not None:  # a credit (its id)
            credits.append(row[start:])
    if photos:
        with_credits(photos, alias, credits)
    # 相关报道 under a photo: an untitled story by its first words (a query, only then).
    with_reader_names(photo.visible_article for photo in photos)
    return photos


_PAGE_TEASERS = Prepared(
    Teaser,
    (int,),
    lambda page_id: (
        Teaser.objects.filter(page_id=page_id)
        .order_by("position")
        .values_list(*TEASER_COLUMNS, *_with_issue("target_article__", LINKED_STORY_COLUMNS))
    ),
)


def page_teasers(
    page: Page,
    by_label: dict[str, Page],
    issue: Issue | None = None,
    read: tuple[str, list] | None = None,
) -> list[Teaser]:
    """The page's teasers by position, each with its ``url``: its story if readers may see it,
    else the page it names if the issue has it, else "" (each story with ``issue``, the
    page's, when it is in it). One query (``read``: its ``(alias, rows)`` when the caller
    read them, :func:`page_rows`)."""
    alias, rows = read if read is not None else _PAGE_TEASERS.rows(page.pk)
    teasers = []
    make_teaser, on_page = maker(Teaser, alias, TEASER_COLUMNS), relater(Teaser, "page")
    for row in rows:
        teaser = make_teaser(row)
        on_page(teaser, page)  # the query's own page
        target = _story_in_issue(alias, row, len(TEASER_COLUMNS), LINKED_STORY_COLUMNS, issue)
        relate(teaser, "target_article", target)
        if is_public(target):
            teaser.url = target.get_absolute_url()
        elif teaser.target_label in by_label:
            teaser.url = by_label[teaser.target_label].get_absolute_url()
        else:
            teaser.url = ""
        teasers.append(teaser)
    return teasers


def picture_of(page: Page) -> PageImage | None:
    """A page's image (None without a PDF); no query for pages from :func:`issue_pages`."""
    try:
        return page.picture
    except PageImage.DoesNotExist:
        return None


def shown_picture(page: Page) -> PageImage | None:
    """The page's picture if readers may see it (:func:`articles.querysets.picture_public`),
    else None. No query for pages from :func:`~articles.selectors.issue_pages` (which read
    ``picture_public`` with them); one for another page with a picture."""
    picture = picture_of(page)
    if picture is None:
        return None
    public = getattr(page, "picture_public", None)
    if public is None:
        public = Page.objects.filter(picture_public(), pk=page.pk).exists()
    return picture if public else None


@dataclass
class PageRows:
    """The rows of a page's three queries as the database gives them, each ``(alias, rows)``:
    :data:`_PRINTED_PARTS` (its stories' parts, stories, open jumps, bylines),
    :data:`_PAGE_PHOTOS` (photos with their credits), :data:`_PAGE_TEASERS`, of the page
    ``page_id``. What :func:`printed_page` builds the page from, and what
    :mod:`articles.selectors.pagerows` keys the page's text by."""

    parts: tuple[str, list]
    photos: tuple[str, list]
    teasers: tuple[str, list]
    page_id: int | None = None

    @cached_property
    def leads(self) -> dict[int, str]:
        """``{part id: the first paragraph of its text}`` for the parts printed on the page
        (:func:`articles.public.first_paragraph_in` of their ``blocks``), found once for the
        rows: the page's key (:func:`articles.selectors.pagerows.rows_shown`) and the page
        built from them (:func:`printed_parts`) both show it. ``ValueError`` for a part's
        text that is not JSON, as building the page raises."""
        return page_leads(self.parts[1], self.page_id, _PLACE_COLUMNS)


_PART_PAGE = _PLACE_COLUMNS.index("page_id")


def page_rows(page_id: int) -> PageRows:
    """:class:`PageRows` of the page ``page_id``: three prepared queries, nothing built."""
    return PageRows(
        _PRINTED_PARTS.rows(page_id),
        _PAGE_PHOTOS.rows(page_id),
        _PAGE_TEASERS.rows(page_id),
        page_id,
    )
