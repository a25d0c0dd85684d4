"""A page's rows as plain values: what the page view keys a page's remembered text by, and the
stories and people its rows name (its cache tags), without building a row into an object.

Part of :mod:`articles.selectors`: :func:`rows_shown` and :func:`rows_named` read
:class:`~articles.selectors.pages.PageRows` by the columns :mod:`articles.selectors.pages`
selects, so a column added there is keyed here at once (every column of every row is in the key,
but the text of the parts: of the page's own parts their title lines and the first paragraph
the page shows, of the others nothing, as :func:`~articles.selectors.pages.printed_parts`
reads them)."""

from __future__ import annotations

from django.db.models import JSONField

from articles.models import Photo, Teaser
from articles.selectors.common import (
    BYLINE_COLUMNS,
    CREDIT_COLUMNS,
    LISTED_STORY_COLUMNS,
    SHOWN_PHOTO_COLUMNS,
    TEASER_COLUMNS,
)
from articles.selectors.pages import _PHOTO_NAMES, _PLACE_COLUMNS, PageRows

_PAGE_ID = _PLACE_COLUMNS.index("page_id")
_BYLINE = len(_PLACE_COLUMNS) + len(LISTED_STORY_COLUMNS) + 2  # after the open jump's two
_BYLINE_PERSON = _BYLINE + BYLINE_COLUMNS.index("person_id")
_PHOTO_STORY = SHOWN_PHOTO_COLUMNS.index("article_id")
_CREDIT = len(_PHOTO_NAMES)
_CREDIT_PERSON = _CREDIT + CREDIT_COLUMNS.index("person_id")
_TEASER_STORY = TEASER_COLUMNS.index("target_article_id")


def frozen(value):
    """``value`` as a hashable plain value: a list (a JSON column decoded) as a tuple, a dict
    as a tuple of its sorted items, each inside frozen too; anything else as it is."""
    if isinstance(value, list):
        return tuple(frozen(item) for item in value)
    if isinstance(value, dict):
        return tuple(sorted((key, frozen(item)) for key, item in value.items()))
    return value


def frozen_row(row, decoded: tuple[int, ...] = ()) -> tuple:
    """``row`` (a sequence of column values) as a tuple of :func:`frozen` values: the values at
    ``decoded`` (where its query's JSON columns are, :func:`json_columns`) frozen, then the row
    as a tuple when it holds nothing but hashable values (the usual case, checked by hashing
    it in C, which a list or dict refuses), else each value frozen."""
    if decoded:
        row = list(row)
        for at in decoded:
            row[at] = frozen(row[at])
    row = tuple(row)
    try:
        hash(row)
    except TypeError:
        return tuple(frozen(value) if isinstance(value, _DECODED) else value for value in row)
    return row


_DECODED = (list, dict)  # what a JSON column gives: frozen


def json_columns(*groups) -> tuple[int, ...]:
    """Where a query's JSON columns are among its values: ``groups``, each ``(model, column
    names)`` in the order the query selects them."""
    found, at = [], 0
    for model, names in groups:
        for name in names:
            if isinstance(model._meta.get_field(name), JSONField):
                found.append(at)
            at += 1
    return tuple(found)


# The photos' and teasers' own JSON columns (a row whose other columns hold a list or dict
# after all, a story's or a credit's, is frozen value by value: :func:`frozen_row`).
_PHOTO_JSON = json_columns((Photo, SHOWN_PHOTO_COLUMNS))
_TEASER_JSON = json_columns((Teaser, TEASER_COLUMNS))


def rows_shown(rows: PageRows, page_id: int) -> tuple:
    """Every value the rows of the page ``page_id`` give its view, as one hashable tuple: each
    row's columns (the parts' without their title lines and text), and for each part printed
    on the page its title lines and the first paragraph of its text
    (:func:`articles.public.first_paragraph_in`, the lead the page shows). Two reads of the
    page with equal tuples build the same objects. ``ValueError`` for a part's text that is not
    JSON, as building the page raises."""
    parts, own = [], []
    seen = set()
    leads = rows.leads if rows.page_id == page_id else PageRows(rows.parts, (), (), page_id).leads
    for row in rows.parts[1]:
        parts.append(
            (*row[:-3], row[-1])
        )  # (not its title lines and text: the story's joined 署名)
        if row[_PAGE_ID] == page_id and row[0] not in seen:
            seen.add(row[0])
            own.append((row[0], frozen(row[-3]), leads[row[0]]))
    return (
        tuple(parts),
        tuple(own),
        tuple([frozen_row(row, _PHOTO_JSON) for row in rows.photos[1]]),
        tuple([frozen_row(row, _TEASER_JSON) for row in rows.teasers[1]]),
    )


def rows_named(rows: PageRows) -> tuple[set, set]:
    """``(story ids, person ids)`` the page's rows name: the stories its photos go with and its
    teasers lead to, the people credited for its photos and its stories' bylines (as the page
    built from the rows names them: a photo or teaser without a story names none)."""
    stories, people = set(), set()
    for row in rows.parts[1]:
        if row[_BYLINE] is not None:  # a byline (its id)
            people.add(row[_BYLINE_PERSON])
    for row in rows.photos[1]:
        if row[_PHOTO_STORY]:
            stories.add(row[_PHOTO_STORY])
        if row[_CREDIT] is not None:  # a credit (its id)
            people.add(row[_CREDIT_PERSON])
    for row in rows.teasers[1]:
        if row[_TEASER_STORY]:
            stories.add(row[_TEASER_STORY])
    return stories, people
