"""The columns a prepared query reads whole and the row helpers every selector module shares.

Part of :mod:`articles.selectors`."""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from django.db.models import FilteredRelation, Q
from django.db.models.fields.files import FieldFile

from articles.models import (
    Article,
    ArticlePart,
    Byline,
    Issue,
    JumpDirection,
    Page,
    Person,
    Photo,
    PhotoCredit,
    Publication,
    Teaser,
)
from articles.queries import field_names, instance, relate

# The columns of each model a public view builds whole from a prepared query
# (:mod:`articles.queries`), in the model's column order.
#: What the public pages read of a paper and of an issue reached with a story, a page or a date:
#: the paper's name and address; the issue's date, number and state (the public gate,
#: :func:`articles.querysets.is_public`). The desk's columns (publishing times, who scheduled
#: it, review rules) are left out of those queries, as deferred fields (read on access, one
#: query each): converting them was most of the issue row's cost on SQLite.
PUBLICATION_COLUMNS = [name for name in field_names(Publication) if name in ("id", "name", "slug")]
ISSUE_COLUMNS = [
    name
    for name in field_names(Issue)
    if name in ("id", "publication_id", "date", "number", "status")
]
#: What the public pages read of a story: all but the desk's columns (who signed it off and
#: when, its schedule, when it was created and last edited by hand), which are left out, as
#: deferred fields (read on access, one query each); ``updated_at`` stays (the story's JSON
#: twin and its JSON-LD give it).
ARTICLE_COLUMNS = field_names(
    Article,
    leave_out=[
        "signed_off_by_id",
        "signed_off_at",
        "publish_at",
        "publish_by_id",
        "edited_at",
        "created_at",
    ],
)
#: What the public pages read of a page reached through a story or a part: its place in the
#: issue and its section (not its raw text, nor the import's checksum, flags and times).
PAGE_COLUMNS = [
    name for name in field_names(Page) if name in ("id", "issue_id", "label", "sequence", "section")
]
PART_COLUMNS = field_names(ArticlePart)
PERSON_COLUMNS = field_names(Person)
BYLINE_COLUMNS = field_names(Byline)
PHOTO_COLUMNS = field_names(Photo)
CREDIT_COLUMNS = field_names(PhotoCredit)
TEASER_COLUMNS = field_names(Teaser)
#: What the issue's and a page's lists of stories show of each story: its title (kicker,
#: headline, subheadline, :attr:`Article.title`; without one its opening words, the dateline
#: left out: :func:`articles.storynames.story_label`) and what its address and place need. The
#: other columns (its state, sign-off and edit times) are left out of those queries, as
#: deferred fields (read on access, one query each): converting five datetimes a row (on
#: SQLite) was a third of the issue's parts query.
LISTED_STORY_COLUMNS = [
    name
    for name in ARTICLE_COLUMNS
    if name
    in (
        "id",
        "issue_id",
        "page_id",
        "position",
        "kicker",
        "headline",
        "subheadline",
        "dateline",
        "byline",
    )
]
#: What a page shows of the story a photo or a teaser goes with: its title and address, and
#: what the public gate reads of it (its state, :func:`articles.querysets.is_public`); not its
#: dateline, byline nor edit time (converting that datetime was a third of the page's teasers
#: query on SQLite), deferred.
LINKED_STORY_COLUMNS = [
    name
    for name in ARTICLE_COLUMNS
    if name in (*LISTED_STORY_COLUMNS, "status") and name not in ("dateline", "byline")
]
#: What the public pages show of a photo: not its edit time (deferred).
SHOWN_PHOTO_COLUMNS = [name for name in PHOTO_COLUMNS if name != "edited_at"]
#: What those lists show of each printed part: its place, where it is continued from (and its
#: address, :func:`articles.public.part_url`), whether it is a whole copy of a story held on
#: another page (listed as the same story); not its title lines or text.
LISTED_PART_COLUMNS = [
    name
    for name in PART_COLUMNS
    if name
    in ("id", "article_id", "page_id", "position", "sequence", "continued_from", "whole_copy")
]


def _issue_with_paper(alias: str, row, start: int) -> Issue:
    """An issue and its paper from ``row`` (:data:`ISSUE_COLUMNS` then
    :data:`PUBLICATION_COLUMNS`, from ``start``)."""
    issue = instance(Issue, alias, ISSUE_COLUMNS, row, start)
    relate(
        issue,
        "publication",
        instance(Publication, alias, PUBLICATION_COLUMNS, row, start + len(ISSUE_COLUMNS)),
    )
    return issue


def _story_in_issue(
    alias: str, row, start: int, columns: list[str] = ARTICLE_COLUMNS, issue: Issue | None = None
) -> Article | None:
    """A story with its issue and paper from ``row`` (its ``columns``, :data:`ARTICLE_COLUMNS`
    unless told, then the issue's and the paper's, from ``start``); None for a foreign key left
    empty. ``issue``: the issue the caller has (with its paper), given to a story of that issue
    instead of a copy built from the row (the same columns)."""
    if row[start] is None:
        return None
    article = instance(Article, alias, columns, row, start)
    if issue is not None and article.issue_id == issue.pk:
        relate(article, "issue", issue)
    else:
        relate(article, "issue", _issue_with_paper(alias, row, start + len(columns)))
    return article


def issue_with_paper_names(prefix: str = "") -> list[str]:
    """The columns :func:`_issue_with_paper` reads, led by ``prefix`` (the issue's foreign
    key): :data:`ISSUE_COLUMNS`, then :data:`PUBLICATION_COLUMNS`."""
    return [
        *(prefix + name for name in ISSUE_COLUMNS),
        *(f"{prefix}publication__{name}" for name in PUBLICATION_COLUMNS),
    ]


def _with_issue(prefix: str, columns: list[str] = ARTICLE_COLUMNS) -> list[str]:
    """The columns :func:`_story_in_issue` reads (the story's ``columns``), led by ``prefix``
    (the story's foreign key)."""
    return [
        *(prefix + name for name in columns),
        *issue_with_paper_names(f"{prefix}issue__"),
    ]


@dataclass(frozen=True)
class ContinuedOn:
    """Where an unfinished story goes on: the printed marker (``（下转A2版）``), the normalised
    target ``label`` (``A2``) and the target ``page`` when the issue has it (a public page of a
    public issue), else None: the page was never imported."""

    marker: str
    label: str
    page: Page | None


def prefetched(obj, name: str, rows: list) -> None:
    """Give ``obj`` the rows of its reverse relation ``name`` as ``prefetch_related`` would
    (``obj.<name>.all()`` then reads them, no query; a filter on it still queries)."""
    queryset = getattr(obj, name).get_queryset()
    queryset._result_cache = rows
    queryset._prefetch_done = True
    obj.__dict__.setdefault("_prefetched_objects_cache", {})[name] = queryset


class LazyPrefetched(dict):
    """An instance's ``_prefetched_objects_cache`` that holds the rows of some of its reverse
    relations (``{name: [row, …]}``) and makes each the queryset ``prefetch_related`` would
    leave there only when something asks for it (``obj.<name>.all()``, a filter on it, another
    prefetch): building a related manager's filtered queryset costs ≈ 9 µs, and the story
    page's own readers (:meth:`Article.ordered_parts`, :func:`articles.public.reporters`)
    take the rows with ``get`` and never need it. ``name in cache``, ``get`` and ``del`` see
    the relations not made yet as Django's prefetch code expects. It refers to its instance
    weakly (the instance holds it): a reference cycle would keep the instance, and all it
    refers to, until the garbage collector passes."""

    def __init__(self, owner, rows: dict[str, list]) -> None:
        super().__init__()
        self._owner = weakref.ref(owner)
        self._rows = dict(rows)

    def __getstate__(self) -> dict:
        # Pickled (a kept value) or copied with its instance, which it names itself then.
        return {"_owner": self._owner(), "_rows": self._rows}

    def __setstate__(self, state: dict) -> None:
        self._owner = weakref.ref(state["_owner"])
        self._rows = state["_rows"]

    def __missing__(self, name: str):
        rows = self._rows.pop(name)  # KeyError for a relation not held here, as a dict
        # The manager finds nothing here for ``name`` now and builds its own queryset.
        queryset = getattr(self._owner(), name).get_queryset()
        queryset._result_cache = rows
        queryset._prefetch_done = True
        self[name] = queryset
        return queryset

    def __contains__(self, name) -> bool:
        return dict.__contains__(self, name) or name in self._rows

    def get(self, name, default=None):
        if dict.__contains__(self, name):
            return dict.__getitem__(self, name)
        return self._rows.get(name, default)

    def __delitem__(self, name) -> None:
        held = self._rows.pop(name, None)
        if dict.__contains__(self, name):
            dict.__delitem__(self, name)
        elif held is None:
            raise KeyError(name)

    def pop(self, name, *default):
        if name in self:
            value = self[name]
            del self[name]
            return value
        if default:
            return default[0]
        raise KeyError(name)


def with_credits(photos: list[Photo], alias: str, rows) -> None:
    """Give each photo its credits in ``rows`` (:data:`CREDIT_COLUMNS` and the person's), in
    their order, as ``photo.credits.all()`` (held by :class:`LazyPrefetched`: the queryset made
    only when something asks for it; :func:`photo_credits` reads them without it)."""
    credits: dict[int, list[PhotoCredit]] = {}
    for row in rows:
        credit = instance(PhotoCredit, alias, CREDIT_COLUMNS, row)
        relate(credit, "person", instance(Person, alias, PERSON_COLUMNS, row, len(CREDIT_COLUMNS)))
        credits.setdefault(credit.photo_id, []).append(credit)
    for photo in photos:
        held = credits.get(photo.pk, [])
        if "_prefetched_objects_cache" in photo.__dict__:  # other relations prefetched already
            prefetched(photo, "credits", held)
        else:
            photo._prefetched_objects_cache = LazyPrefetched(photo, {"credits": held})


def photo_credits(photo: Photo) -> list[PhotoCredit]:
    """The photo's credits in order, each with its person: those :func:`with_credits` (or a
    ``prefetch_related``) gave it, without making the related manager's queryset (≈ 10 µs a
    photo, for a page's key and its cache tags); else ``photo.credits.all()`` (a query)."""
    held = photo.__dict__.get("_prefetched_objects_cache", {}).get("credits")
    return list(held) if held is not None else list(photo.credits.all())


def file_url(row, name: str) -> str:
    """The address of the file in ``row``'s file field ``name`` (``row.<name>.url``), or ""
    without one, read without building the field's ``FieldFile`` when the row holds the file's
    name only: a ``FieldFile`` refers back to its row, a reference cycle that keeps the row,
    and all it refers to (a photo's page, issue, paper, credits), until the garbage collector
    passes."""
    field = row._meta.get_field(name)
    value = row.__dict__.get(field.attname)
    if isinstance(value, FieldFile):
        return value.url if value else ""
    return field.storage.url(value) if value else ""


def open_jump() -> FilteredRelation:
    """A part's forward jump that leads nowhere yet (its printed marker and target label), to
    join to a story's parts (:func:`articles.selectors.pages.page_unfinished`,
    :func:`articles.selectors.stories.story_body`): a part has one forward jump at most (a
    unique constraint), so one row a part still. A new one for each query built (the ORM writes
    the query's alias into it)."""
    return FilteredRelation(
        "jumps",
        condition=Q(jumps__direction=JumpDirection.FORWARD, jumps__to_part__isnull=True),
    )


def printed_jump(direction: str) -> FilteredRelation:
    """A part's jump of ``direction`` (``JumpDirection``), linked or not, to join to a story's
    parts for its printed ``marker`` (``（下轉第二版）``, ``（上接第一版）``): what the public pages
    show where the part goes on or came from, as printed (:func:`articles.jumpmarkers.
    marker_pieces`). One a part and direction at most (a unique constraint): one row a part
    still. A new one for each query built, as :func:`open_jump`."""
    return FilteredRelation("jumps", condition=Q(jumps__direction=direction))


#: The columns of a part's two printed markers (:func:`printed_jump`), forward then backward,
#: as :func:`printed_jumps` annotates them.
PRINTED_MARKERS = ("forward_jump__marker", "backward_jump__marker")


def printed_jumps() -> dict[str, FilteredRelation]:
    """The annotations :data:`PRINTED_MARKERS` read: ``forward_jump`` and ``backward_jump``."""
    return {
        "forward_jump": printed_jump(JumpDirection.FORWARD),
        "backward_jump": printed_jump(JumpDirection.BACKWARD),
    }
