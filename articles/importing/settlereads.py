"""What a settling of page imports (:mod:`articles.importing.settling`,
:mod:`articles.importing.linkedlines`) reads of the jumps of a batch's pages when there are
some: each statement built once per connection (:class:`articles.queries.Prepared`: Django
building these querysets again each batch cost more than running them) and its rows made into
the objects the ORM's ``select_related`` gave, with the same columns left unread (deferred: a
page's text and flags), in the same order."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Q

from articles.continuations.crosscopies import CrossPageCopy
from articles.models import Article, ArticlePart, Jump, JumpState, Page
from articles.queries import Prepared, field_names, maker, relater

_JUMP_COLUMNS = field_names(Jump)
_PART_COLUMNS = field_names(ArticlePart)
# A page's text (up to 2 MB) and its flags (up to MAX_FLAGS entries): never read once a jump.
_PAGE_COLUMNS = field_names(Page, leave_out=("raw_text", "parser_flags"))


def open_filter(page_ids, jump_ids):
    """The jumps of these pages, and these jumps, not linked nor unlinked (the settling's
    open jumps)."""
    parts = ArticlePart.objects.filter(page_id__in=page_ids)  # (a subquery: see linkedlines)
    return Jump.objects.filter(Q(part__in=parts) | Q(pk__in=jump_ids)).exclude(
        state__in=[JumpState.LINKED, JumpState.MANUAL, JumpState.UNLINKED]
    )


def linked_away_filter(page_ids):
    """The jumps of these pages linked to a page not among them (the settling's linked jumps)."""
    return Jump.objects.filter(
        part__page_id__in=page_ids, state__in=[JumpState.LINKED, JumpState.MANUAL]
    ).exclude(to_part__page_id__in=page_ids)


_OPEN = Prepared(
    Jump,
    (list, list),
    lambda pages, jumps: (
        open_filter(pages, jumps)
        .order_by("part__position", "direction")
        .values_list(
            *_JUMP_COLUMNS,
            *field_names(ArticlePart, "part__"),
            *field_names(Page, "part__page__", ("raw_text", "parser_flags")),
        )
    ),
    primary=True,
)
_LINKED_AWAY = Prepared(
    Jump,
    (list,),
    lambda pages: (
        linked_away_filter(pages)
        .order_by("part__position", "direction")
        .values_list(
            *_JUMP_COLUMNS,
            *field_names(ArticlePart, "part__"),
            *field_names(ArticlePart, "to_part__"),
            *field_names(Page, "to_part__page__", ("raw_text", "parser_flags")),
        )
    ),
    primary=True,
)
_PAGES_PARTS = Prepared(
    ArticlePart,
    (list,),
    lambda pages: (
        ArticlePart.objects.filter(page_id__in=pages)
        .order_by("page_id", "position")
        .values_list("pk", "page_id")
    ),
    primary=True,
)
_of_part, _to_part, _on_page = (
    relater(Jump, "part"),
    relater(Jump, "to_part"),
    relater(ArticlePart, "page"),
)


def open_jumps(page_ids: Iterable[int], jump_ids: Iterable[int]) -> list[Jump]:
    """:func:`open_filter`'s jumps by their part's place, then direction, each with its part and
    the part's page (text and flags not read): as ``select_related("part__page")`` gives them.
    One statement."""
    alias, rows = _OPEN.rows(list(page_ids), list(jump_ids))
    at = len(_JUMP_COLUMNS)
    make_jump = maker(Jump, alias, _JUMP_COLUMNS)
    make_part = maker(ArticlePart, alias, _PART_COLUMNS, at)
    make_page = maker(Page, alias, _PAGE_COLUMNS, at + len(_PART_COLUMNS))
    jumps = []
    for row in rows:
        jump, part = make_jump(row), make_part(row)
        _on_page(part, make_page(row))
        _of_part(jump, part)
        jumps.append(jump)
    return jumps


def linked_away(page_ids: Iterable[int]) -> list[Jump]:
    """:func:`linked_away_filter`'s jumps by their part's place, then direction, each with its
    part and the part linked to, with that part's page (text and flags not read): as
    ``select_related("part", "to_part__page")`` gives them. One statement."""
    alias, rows = _LINKED_AWAY.rows(list(page_ids))
    at = len(_JUMP_COLUMNS)
    make_jump = maker(Jump, alias, _JUMP_COLUMNS)
    make_part = maker(ArticlePart, alias, _PART_COLUMNS, at)
    make_to = maker(ArticlePart, alias, _PART_COLUMNS, at + len(_PART_COLUMNS))
    make_page = maker(Page, alias, _PAGE_COLUMNS, at + 2 * len(_PART_COLUMNS))
    jumps = []
    for row in rows:
        jump, to = make_jump(row), make_to(row)
        _of_part(jump, make_part(row))
        _on_page(to, make_page(row))
        _to_part(jump, to)
        jumps.append(jump)
    return jumps


def story_numbers(page_ids: Iterable[int]) -> dict[int, int]:
    """``ArticlePart.objects.story_numbers(page_ids)`` (``{part id: n}``, each part's number
    among its page's stories in print order) by a statement built once."""
    numbers: dict[int, int] = {}
    counts: dict[int, int] = {}
    for pk, page_id in _PAGES_PARTS.rows(list(set(page_ids)))[1]:
        counts[page_id] = counts.get(page_id, 0) + 1
        numbers[pk] = counts[page_id]
    return numbers


#: What :func:`copies_of_stories` reads of each story and of its parts.
_COPY_STORY_COLUMNS = ("id", "position", "kicker", "headline", "subheadline")
_COPY_STORIES = Prepared(
    Article,
    (list,),
    lambda ids: (
        Article.objects.filter(pk__in=ids)
        .order_by("issue__date", "issue__publication__name", "page__sequence", "position")
        .values_list(*_COPY_STORY_COLUMNS, "issue__date", "issue__publication__name")
    ),
    primary=True,
)
_COPY_PARTS = Prepared(
    ArticlePart,
    (list,),
    lambda ids: (
        ArticlePart.objects.filter(article_id__in=ids)
        .order_by("sequence")
        .values_list("article_id", "whole_copy", "page_id", "page__label", "page__sequence")
    ),
    primary=True,
)


def copies_of_stories(article_ids: Iterable[int]) -> list[CrossPageCopy]:
    """:func:`~articles.continuations.problems.cross_page_copies` of these stories (those with a
    whole copy on another page, as an import's settling finds them): the same copies in the
    same order, by two statements built once instead of a queryset with its prefetch."""
    ids = list(article_ids)
    alias, stories = _COPY_STORIES.rows(ids)
    parts: dict[int, list[tuple]] = {}
    for article_id, *part in _COPY_PARTS.rows(ids)[1]:
        parts.setdefault(article_id, []).append(part)
    make_story = maker(Article, alias, _COPY_STORY_COLUMNS)
    result = []
    for row in stories:
        article, (day, paper) = make_story(row), row[len(_COPY_STORY_COLUMNS) :]
        own = parts.get(article.pk, [])
        home = [p for p in own if not p[0]][:1]
        # The copies in page order (1版、2版、10版), however the pages arrived.
        printed = home + sorted((p for p in own if p[0]), key=lambda p: p[3])
        result.append(
            CrossPageCopy(
                issue=f"{paper} {day.isoformat()}",
                pages=tuple(dict.fromkeys(p[2] for p in printed)),
                position=article.position,
                title=article.title,
                article_id=article.pk,
                page_ids=tuple(p[1] for p in printed),
            )
        )
    return result
