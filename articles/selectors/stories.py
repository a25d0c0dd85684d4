"""A story whole: its row, its parts on every page, photos, neighbours on the page, zones, moved stories.

Part of :mod:`articles.selectors`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db import connections

from articles.models import (
    Article,
    ArticlePart,
    ArticleRedirect,
    Byline,
    Page,
    Person,
    Photo,
    PhotoCredit,
    Zone,
)
from articles.public import share_issue
from articles.queries import Prepared, field_names, instance, maker, relate
from articles.samephotos import printed_once
from articles.selectors.common import (
    ARTICLE_COLUMNS,
    BYLINE_COLUMNS,
    CREDIT_COLUMNS,
    ISSUE_COLUMNS,
    PAGE_COLUMNS,
    PART_COLUMNS,
    PERSON_COLUMNS,
    PHOTO_COLUMNS,
    PRINTED_MARKERS,
    PUBLICATION_COLUMNS,
    ContinuedOn,
    LazyPrefetched,
    _story_in_issue,
    issue_with_paper_names,
    open_jump,
    prefetched,
    printed_jumps,
    with_credits,
)
from articles.selectors.issues import with_reader_names


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


_PUBLIC_STORY = Prepared(
    Article,
    (str, date, int),
    lambda paper, day, pk: (
        Article.objects.public()
        .filter(issue__publication__slug=paper, issue__date=day, pk=pk)
        .order_by()
        .values_list(
            *ARTICLE_COLUMNS,
            *issue_with_paper_names("issue__"),
            *(f"page__{name}" for name in PAGE_COLUMNS),
            "issue__published_at",  # (not the issue's: its desk columns stay deferred)
            # Whether a 更正 notice links it, either side (articles.correctionnotices.shown):
            # a story it corrects, a notice correcting it (a row each: any of the rows says).
            "correction_notices__corrected",
            "corrected_by",
        )
    ),
)


def public_story(paper_slug: str, day: date, pk: int) -> Article | None:
    """The story ``pk`` of the paper's issue dated ``day`` if readers may see it, with its
    issue, paper and home page (without its raw text, as ``with_home()``), else None; and
    ``issue_published_at``, when its issue was first published (what
    :func:`articles.corrections.kept_corrections` reads), and ``notice_linked``, whether a
    更正 notice links it (:func:`articles.correctionnotices.kept_notice_links`). One query
    (prepared, :mod:`articles.queries`)."""
    alias, rows = _PUBLIC_STORY.rows(paper_slug, day, pk)
    if not rows:
        return None
    row = rows[0]
    article = _story_in_issue(alias, row, 0)
    start = len(ARTICLE_COLUMNS) + len(ISSUE_COLUMNS) + len(PUBLICATION_COLUMNS)
    relate(article, "page", instance(Page, alias, PAGE_COLUMNS, row, start))
    article.issue_published_at = row[-3]
    article.notice_linked = any(r[-2] is not None or r[-1] is not None for r in rows)
    return article


NEIGHBOUR_FIELDS = ("kicker", "headline", "subheadline", "page_id", "position", "status")


def page_neighbours(article: Article) -> tuple[Article | None, Article | None]:
    """上一篇 / 下一篇: the stories printed before and after ``article`` on its home page, each
    with its title and ``issue_id`` only (give them ``article.issue`` before asking their
    address: they are kept without it), and ``reader_name``: its title, or an untitled one's
    first words (:func:`articles.selectors.untitled_names`: one query more, only then)."""
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
    found = (
        neighbours[index - 1] if index > 0 else None,
        neighbours[index + 1] if index + 1 < len(neighbours) else None,
    )
    with_reader_names(found)
    return found


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
    #: ``{part id: (its 下转 marker, its 上接 marker)}`` as printed (None for one it lacks),
    #: for the parts with either (:func:`~articles.selectors.common.printed_jump`).
    markers: dict[int, tuple[str | None, str | None]] = field(default_factory=dict)

    def attach(self, article: Article) -> None:
        """Give ``article`` these parts and bylines as if prefetched (``article.parts.all()``,
        ``article.bylines.all()``, :meth:`Article.ordered_parts` then cost no query), each part
        and byline pointing back at it, and its pages its issue."""
        for row in (*self.parts, *self.bylines):
            relate(row, "article", article)
        rows = {"parts": list(self.parts), "bylines": list(self.bylines)}
        cache = getattr(article, "_prefetched_objects_cache", None)
        if cache is None:
            # Their querysets made only when asked for (:class:`LazyPrefetched`).
            article._prefetched_objects_cache = LazyPrefetched(article, rows)
        else:
            for name, found in rows.items():
                cache.pop(name, None)
                prefetched(article, name, found)
        share_issue(article.issue, [part.page for part in self.parts])

    def __reduce__(self):
        """Pickled as its parts' and bylines' column values (and those of their pages and
        people), not as model objects: it is kept between renders
        (:func:`articles.views.story.kept_body`), pickled after each edit to the story and unpickled on every render of its
        page, and a model object costs about ten times its values either way (Django's
        ``Model.__reduce__`` and ``__setstate__``). Built again as :func:`story_body` builds it:
        the same columns, the same related objects. Its photos and ``continued_on`` are
        pickled as they are."""
        alias = next((row._state.db for row in (*self.parts, *self.bylines)), None)
        return (
            _story_body_from_values,
            (
                alias,
                tuple(
                    (_column_values(part, PART_COLUMNS), _column_values(part.page, PAGE_COLUMNS))
                    for part in self.parts
                ),
                tuple(
                    (_column_values(b, BYLINE_COLUMNS), _column_values(b.person, PERSON_COLUMNS))
                    for b in self.bylines
                ),
                self.photos,
                self.continued_on,
                self.markers,
            ),
        )


def _column_values(obj, names: list[str]) -> tuple:
    """The values of the columns ``names`` (attribute names) of ``obj``, as loaded."""
    held = obj.__dict__
    return tuple(held[name] for name in names)


def _story_body_from_values(alias, parts, bylines, photos, continued_on, markers=None) -> StoryBody:
    """A :class:`StoryBody` from what its ``__reduce__`` gave: its parts and bylines built as
    :func:`story_body` builds them."""
    built_parts = []
    for part_values, page_values in parts:
        part = instance(ArticlePart, alias, PART_COLUMNS, part_values)
        relate(part, "page", instance(Page, alias, PAGE_COLUMNS, page_values))
        built_parts.append(part)
    built_bylines = []
    for byline_values, person_values in bylines:
        byline = instance(Byline, alias, BYLINE_COLUMNS, byline_values)
        relate(byline, "person", instance(Person, alias, PERSON_COLUMNS, person_values))
        built_bylines.append(byline)
    return StoryBody(
        parts=built_parts,
        bylines=built_bylines,
        photos=photos,
        continued_on=continued_on,
        markers=markers or {},
    )


#: A story's parts in order, each with its page, its forward jump that leads nowhere yet (a
#: LEFT JOIN: a part has one forward jump at most) and the story's bylines with their people (a
#: LEFT JOIN: a part's row once for each byline, read from the first part's rows), in one query
#: (:func:`story_body`). ``title_lines`` and ``blocks`` as the database's JSON text, decoded once
#: a part, not once a row.
_STORY_ROWS = Prepared(
    ArticlePart,
    (int,),
    lambda pk: (
        ArticlePart.objects.filter(article_id=pk)
        .annotate(open_jump=open_jump(), **printed_jumps())
        # The bylines in order (``Byline.Meta.ordering``; their ids when two share one).
        .order_by("sequence", "id", "article__bylines__order", "article__bylines__id")
        .values_list(
            *PART_COLUMNS,
            *(f"page__{name}" for name in PAGE_COLUMNS),
            "open_jump__marker",
            "open_jump__target_label",
            *PRINTED_MARKERS,
            *(f"article__bylines__{name}" for name in BYLINE_COLUMNS),
            *(f"article__bylines__person__{name}" for name in PERSON_COLUMNS),
        )
    ),
    raw=("title_lines", "blocks"),
)
_JSON_COLUMNS = [
    (PART_COLUMNS.index(name), ArticlePart._meta.get_field(name))
    for name in ("title_lines", "blocks")
]


def story_body(article: Article, pages: list[Page]) -> StoryBody:
    """The :class:`StoryBody` of ``article`` (a story of the issue whose pages are ``pages``,
    :func:`issue_pages`): its parts with their pages, open jump and bylines in one query, its
    photos in one more (two when it has photos: their credits), each prepared
    (:mod:`articles.queries`)."""
    alias, rows = _STORY_ROWS.rows(article.pk)
    connection = connections[alias]
    page_at = len(PART_COLUMNS)
    jump_at = page_at + len(PAGE_COLUMNS)
    byline_at = jump_at + 2 + len(PRINTED_MARKERS)
    make_byline = maker(Byline, alias, BYLINE_COLUMNS, byline_at)
    make_person = maker(Person, alias, PERSON_COLUMNS, byline_at + len(BYLINE_COLUMNS))
    parts, bylines, open_jumps, markers = [], [], {}, {}
    first_part = rows[0][0] if rows else None
    for row in rows:
        if row[0] == first_part and row[byline_at] is not None:
            byline = make_byline(row)
            relate(byline, "person", make_person(row))
            bylines.append(byline)
        if parts and parts[-1].pk == row[0]:  # the same part: the story's next byline
            continue
        values = list(row[:page_at])
        for place, column in _JSON_COLUMNS:  # as the field's converter gives it
            values[place] = column.from_db_value(values[place], None, connection)
        part = instance(ArticlePart, alias, PART_COLUMNS, values)
        relate(part, "page", instance(Page, alias, PAGE_COLUMNS, row, page_at))
        parts.append(part)
        if row[jump_at] is not None:
            open_jumps[part.pk] = (row[jump_at], row[jump_at + 1])
        if row[jump_at + 2] is not None or row[jump_at + 3] is not None:
            markers[part.pk] = (row[jump_at + 2], row[jump_at + 3])
    continued_on = None
    if parts and parts[-1].pk in open_jumps:
        marker, label = open_jumps[parts[-1].pk]
        by_label = {page.label: page for page in pages}
        continued_on = ContinuedOn(marker=marker, label=label, page=by_label.get(label))
    return StoryBody(
        parts=parts,
        bylines=bylines,
        # (a photo printed again on a continuation's page shown once: articles.samephotos)
        photos=printed_once(story_photos(article), {page.pk: page for page in pages}),
        continued_on=continued_on,
        markers=markers,
    )


# --- people and sections ---------------------------------------------------------------------


def story_zones(article: Article) -> list[Zone]:
    """Where a story's parts ran: their zones with the page and its picture, in part order
    (one query)."""
    return list(
        Zone.objects.filter(part__article=article, page__picture__isnull=False)
        .select_related("part", "page__picture")
        .order_by("part__sequence")
    )
