"""What an imported page prints, counted by page id: its parts, photos and teasers, read with
queries built once per connection (:class:`articles.queries.Prepared`: an import asks them every
batch, and building each anew cost the ORM some 0.5 ms of CPU against 25 µs of SQL)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from articles.importing.reports import PageImportReport
from articles.models import ArticlePart, Photo, Teaser
from articles.queries import Prepared


def _page_ids(model, rows) -> Prepared:
    """The page id of each row of ``rows(model)`` (a queryset of ``model``) on the pages asked
    (one a row: a page is named as often as it has rows)."""
    return Prepared(
        model,
        (list,),
        lambda ids: rows(model).filter(page_id__in=ids).order_by().values_list("page_id"),
        primary=True,
    )


_PARTS = _page_ids(ArticlePart, lambda model: model.objects.all())
_TEXT_PHOTOS = _page_ids(Photo, lambda model: model.objects.of_text())
_PDF_PHOTOS = _page_ids(Photo, lambda model: model.objects.of_pdf())
_PHOTOS = _page_ids(Photo, lambda model: model.objects.all())
_TEASERS = _page_ids(Teaser, lambda model: model.objects.all())


def counts_fill(reports: dict[int, PageImportReport]) -> None:
    """Each report's counts (what its page prints now), by page id: its parts, its text's
    photos, its PDF's photos (those a PDF attached later in the run counted again then:
    :func:`~articles.importing.textkept.pdf_attached`) and its teasers. Four queries; a count
    that is 0 is left as the report has it."""
    ids = list(reports)
    for query, attribute in (
        (_PARTS, "articles"),
        (_TEXT_PHOTOS, "photos"),
        (_PDF_PHOTOS, "pdf_photos"),
        (_TEASERS, "teasers"),
    ):
        for page_id, n in Counter(row[0] for row in query.rows(ids)[1]).items():
            setattr(reports[page_id], attribute, n)


def pages_empty(page_ids: Iterable[int]) -> set[int]:
    """The pages of ``page_ids`` with nothing on them yet: no part, photo or teaser (never
    imported, nothing added by hand). Up to three queries."""
    ids = set(page_ids)
    for query in (_PARTS, _PHOTOS, _TEASERS):
        ids -= {row[0] for row in query.rows(list(ids))[1]}
        if not ids:
            break
    return ids
