"""The index's reads that an import asks every batch, built once per connection
(:class:`articles.queries.Prepared`: building each anew cost the ORM some 0.5–1 ms of CPU
against tens of µs of SQL). Each is the query :mod:`search.indexing` ran before, unchanged."""

from __future__ import annotations

from articles.models import Article, ArticlePart, PhotoCredit
from articles.queries import Prepared

_PART_COLUMNS = ("pk", "article_id", "blocks")


def _parts(columns):
    return Prepared(
        ArticlePart,
        (list,),
        lambda ids: (
            ArticlePart.objects.filter(article_id__in=ids)
            .order_by("article_id", "sequence")
            .values_list(*columns)
        ),
        primary=True,
    )


#: The parts of stories (ids), in each story's order: (id, story id, blocks, title lines); with
#: ``LABELLED`` (id, story id, blocks, its page's label, title lines).
PARTS = _parts((*_PART_COLUMNS, "title_lines"))
PARTS_LABELLED = _parts((*_PART_COLUMNS, "page__label", "title_lines"))

#: What an indexing pass reads of each story (ids), with its entry's hash and parts (a left join
#: on the entry), the stories locked first on PostgreSQL (:func:`search.indexing._index_batch`):
#: (id, issue id, kicker, headline, subheadline, dateline, byline, source hash, parts signature).
STORIES = Prepared(
    Article,
    (list,),
    lambda ids: (
        Article.objects.filter(pk__in=ids)
        .select_for_update(of=("self",), no_key=True)
        .values_list(
            "pk",
            "issue_id",
            "kicker",
            "headline",
            "subheadline",
            "dateline",
            "byline",
            "search_entry__source_hash",
            "search_entry__parts_signature",
        )
    ),
    primary=True,
)

#: Each part of each story of issues (ids) with the parts signature its entry was built from:
#: (story id, part id or None, signature or None), by story then part.
PARTS_SIGNED = Prepared(
    Article,
    (list,),
    lambda ids: (
        Article.objects.filter(issue_id__in=ids)
        .order_by("pk", "parts__sequence")
        .values_list("pk", "parts__pk", "search_entry__parts_signature")
    ),
    primary=True,
)

#: The stories with a part on pages (ids), a row per reporter: (id, reporter's name, dateline).
ON_PAGES = Prepared(
    Article,
    (list,),
    lambda ids: Article.objects.filter(parts__page_id__in=ids).values_list(
        "pk", "bylines__person__name", "dateline"
    ),
    primary=True,
)

#: The photographers' names of the photos on pages (ids), a row per credit: (name,).
PHOTOGRAPHERS = Prepared(
    PhotoCredit,
    (list,),
    lambda ids: PhotoCredit.objects.filter(photo__page_id__in=ids).values_list("person__name"),
    primary=True,
)
