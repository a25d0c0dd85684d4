"""What :func:`~articles.continuations.headlines.titles_follow` reads of an import's issues for
every batch: their stitched continuations, those stories' decks and title lines, the paragraph
before each jump and the raw text of the pages the continuations are printed on. Each statement
is built once per connection (:class:`articles.queries.Prepared`: Django building these five
queries again every batch, about four a batch, cost more than running them), its rows made into
the objects and values the ORM's querysets gave, with the same columns read."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from articles.models import Article, ArticlePart, Page
from articles.queries import Prepared, field_names, maker

#: A stitched part's columns read (the rest deferred, as ``.only()`` left them).
_PART_COLUMNS = [
    name
    for name in field_names(ArticlePart)
    if name in ("id", "article_id", "page_id", "sequence", "title_lines", "blocks")
]
#: A story's columns the rule reads: its deck, and whether an editor changed it.
_DECK_COLUMNS = [
    name
    for name in field_names(Article)
    if name in ("id", "kicker", "headline", "subheadline", "edited_at")
]

_STITCHED = Prepared(
    ArticlePart,
    (list,),
    lambda issue_ids: (
        ArticlePart.objects.filter(page__issue_id__in=issue_ids, sequence__gt=0)
        .filter(whole_copy=False)
        .exclude(continued_from="")
        .order_by()
        .values_list(*_PART_COLUMNS)
    ),
    primary=True,
)
_DECKS = Prepared(
    Article,
    (list,),
    lambda ids: Article.objects.filter(pk__in=ids).order_by().values_list(*_DECK_COLUMNS),
    primary=True,
)
#: Every part of the stories, ``(story id, sequence, <column>)``: for the title lines, and for
#: the blocks.
_PARTS_COLUMN = {
    column: Prepared(
        ArticlePart,
        (list,),
        lambda ids, column=column: (
            ArticlePart.objects.filter(article_id__in=ids)
            .order_by()
            .values_list("article_id", "sequence", column)
        ),
        primary=True,
    )
    for column in ("title_lines", "blocks")
}
_RAW_TEXTS = Prepared(
    Page,
    (list,),
    lambda ids: Page.objects.filter(pk__in=ids).values_list("pk", "raw_text"),
    primary=True,
)


def stitched_parts(issue_ids: Iterable[int]) -> list[ArticlePart]:
    """The parts after the first of the issues' stories that went on from a backward marker and
    are not whole copies (id, story, page, sequence, title lines and blocks read; the rest
    deferred), in no particular order."""
    alias, rows = _STITCHED.rows(list(issue_ids))
    return list(map(maker(ArticlePart, alias, _PART_COLUMNS), rows))


def decks(ids: Iterable[int]) -> list[Article]:
    """The stories ``ids`` (id, kicker, headline, subheadline and when an editor changed them
    read; the rest deferred), in no particular order."""
    alias, rows = _DECKS.rows(list(ids))
    return list(map(maker(Article, alias, _DECK_COLUMNS), rows))


def parts_titles(ids: Iterable[int]) -> list[tuple]:
    """``(story id, sequence, title lines)`` of every part of the stories ``ids``."""
    return _PARTS_COLUMN["title_lines"].rows(list(ids))[1]


def parts_blocks(ids: Iterable[int]) -> list[tuple]:
    """``(story id, sequence, blocks)`` of every part of the stories ``ids``."""
    return _PARTS_COLUMN["blocks"].rows(list(ids))[1]


def raw_texts(page_ids: Sequence[int]) -> list[tuple]:
    """``(page id, raw text)`` of these pages."""
    return _RAW_TEXTS.rows(list(page_ids))[1]
