"""What :mod:`~articles.continuations.resolution` reads of an import's issues for every batch
(and again when links moved): the issues' pages, their jumps with each marker's part, page and
story, their open teasers. Each statement is built once per connection
(:class:`articles.queries.Prepared`: Django building these queries again every batch cost more
than running them) and its rows made into the objects the ORM's queryset gave, with the same
columns left unread (deferred: a page's text, flags, warnings and type sizes, a marker part's
blocks and title lines), in the same order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from articles.models import Article, ArticlePart, ArticleRedirect, Jump, Page, Photo, Teaser
from articles.queries import Prepared, field_names, maker, relater
from articles.selectors.common import prefetched

# A page's text (up to 2 MB), flags, warnings and type sizes (JSON, decoded a row): never read by
# the resolver, so left unread (deferred: read on access).
_PAGE_UNREAD = ("raw_text", "parser_flags", "import_warnings", "line_sizes")
_PAGE_COLUMNS = field_names(Page, leave_out=_PAGE_UNREAD)
_JUMP_COLUMNS = field_names(Jump)
_PART_COLUMNS = field_names(ArticlePart, leave_out=("blocks", "title_lines"))
_STORY_COLUMNS = field_names(Article)
_WHOLE_PART_COLUMNS = field_names(ArticlePart)

_ISSUES_PAGES = Prepared(
    Page,
    (list,),
    lambda issue_ids: Page.objects.filter(issue_id__in=issue_ids).values_list(*_PAGE_COLUMNS),
    primary=True,
)
_ISSUES_JUMPS = Prepared(
    Jump,
    (list,),
    lambda issue_ids: (
        Jump.objects.filter(part__page__issue_id__in=issue_ids)
        .order_by("part__page__issue_id", "part__page__sequence", "part__position", "direction")
        .values_list(
            *_JUMP_COLUMNS,
            *field_names(ArticlePart, "part__", ("blocks", "title_lines")),
            *field_names(Page, "part__page__", _PAGE_UNREAD),
            *field_names(Article, "part__article__"),
        )
    ),
    primary=True,
)
_CONTINUING = Prepared(
    ArticlePart,
    (list, list),
    lambda page_ids, part_ids: (
        ArticlePart.objects.filter(page_id__in=page_ids, pk__in=part_ids)
        .order_by("position")
        .values_list(
            *_WHOLE_PART_COLUMNS,
            *field_names(Page, "page__", _PAGE_UNREAD),
            *field_names(Article, "article__"),
        )
    ),
    primary=True,
)
_STORIES = Prepared(
    Article,
    (list,),
    lambda ids: Article.objects.filter(pk__in=ids).values_list(*_STORY_COLUMNS),
    primary=True,
)
_STORIES_PARTS = Prepared(
    ArticlePart,
    (list,),
    lambda ids: (
        ArticlePart.objects.filter(article_id__in=ids)
        .order_by("sequence")
        .values_list(*_WHOLE_PART_COLUMNS)
    ),
    primary=True,
)
_HEADS = Prepared(
    ArticlePart,
    (list,),
    lambda page_ids: ArticlePart.objects.filter(page_id__in=page_ids, sequence=0).values_list(
        *_WHOLE_PART_COLUMNS, *field_names(Article, "article__")
    ),
    primary=True,
)
_OPEN_TEASERS = Prepared(
    Teaser,
    (list,),
    lambda issue_ids: Teaser.objects.filter(
        page__issue_id__in=issue_ids, target_article__isnull=True
    ).values_list("pk", "page__issue_id", "target_label", "target_section", "title_lines"),
    primary=True,
)
#: The places of stories' parts (:meth:`~articles.continuations.merging.MergeContext.keep_places`).
_PLACE_COLUMNS = ("id", "article_id", "sequence")
_PLACES = Prepared(
    ArticlePart,
    (list,),
    lambda ids: (
        ArticlePart.objects.filter(article_id__in=ids)
        .order_by("sequence")
        .values_list(*_PLACE_COLUMNS)
    ),
    primary=True,
)
#: What :func:`~articles.continuations.unmarked.unmarked_copies` reads of the first parts whose
#: headline another page prints: the part's place, its page's and its story's headline.
_HEAD_PART_COLUMNS = ("id", "article_id", "page_id", "position", "continued_from")
_HEAD_PAGE_COLUMNS = ("id", "issue_id", "label", "sequence")
_HEAD_STORY_COLUMNS = ("id", "headline")
_HEADS_FOUND = Prepared(
    ArticlePart,
    (list,),
    lambda ids: ArticlePart.objects.filter(pk__in=ids).values_list(
        *_HEAD_PART_COLUMNS,
        *(f"page__{name}" for name in _HEAD_PAGE_COLUMNS),
        *(f"article__{name}" for name in _HEAD_STORY_COLUMNS),
    ),
    primary=True,
)
#: The first parts (not whole copies) of issues' stories in print order, as the copies' marked
#: merge reads them (:func:`~articles.continuations.copies.copies_merge`): place, page, blocks.
_MARKED_PART_COLUMNS = ("id", "article_id", "page_id", "position", "blocks")
_MARKED_PAGE_COLUMNS = ("id", "issue_id", "label", "sequence")
_ISSUES_HEADS = Prepared(
    ArticlePart,
    (list,),
    lambda issue_ids: (
        ArticlePart.objects.filter(page__issue_id__in=issue_ids, sequence=0, whole_copy=False)
        .order_by("page__sequence", "position")
        .values_list(*_MARKED_PART_COLUMNS, *(f"page__{name}" for name in _MARKED_PAGE_COLUMNS))
    ),
    primary=True,
)
#: What points at a story a link empties (:meth:`~articles.continuations.merging.MergeContext.
#: flush` hands them to the story it ended in): each model's rows by that column.
_POINTING = {
    model: Prepared(
        model,
        (list,),
        lambda ids, model=model, column=column: model.objects.filter(
            **{f"{column}__in": ids}
        ).values_list("pk", column),
        primary=True,
    )
    for model, column in (
        (Photo, "article_id"),
        (Teaser, "target_article_id"),
        (ArticleRedirect, "article_id"),
    )
}
_on_page, _of_story, _of_part = (
    relater(ArticlePart, "page"),
    relater(ArticlePart, "article"),
    relater(Jump, "part"),
)


def issues_pages(issue_ids: Sequence[int]) -> list[Page]:
    """The pages of these issues, in the pages' own order, without their text, flags, warnings
    and type sizes."""
    alias, rows = _ISSUES_PAGES.rows(list(issue_ids))
    return list(map(maker(Page, alias, _PAGE_COLUMNS), rows))


def issues_jumps(issue_ids: Sequence[int]) -> list[Jump]:
    """Every jump of these issues, by issue, page, place and direction, each with its part
    (blocks and title lines not read), the part's page (text, flags, warnings and type sizes
    not read) and story: as ``select_related`` gives them, every row's objects its own."""
    alias, rows = _ISSUES_JUMPS.rows(list(issue_ids))
    at = len(_JUMP_COLUMNS)
    make_jump = maker(Jump, alias, _JUMP_COLUMNS)
    make_part = maker(ArticlePart, alias, _PART_COLUMNS, at)
    at += len(_PART_COLUMNS)
    make_page = maker(Page, alias, _PAGE_COLUMNS, at)
    make_story = maker(Article, alias, _STORY_COLUMNS, at + len(_PAGE_COLUMNS))
    jumps = []
    for row in rows:
        jump, part = make_jump(row), make_part(row)
        _on_page(part, make_page(row))
        _of_story(part, make_story(row))
        _of_part(jump, part)
        jumps.append(jump)
    return jumps


def parts_on_pages(page_ids: Sequence[int], part_ids: Sequence[int]) -> list[ArticlePart]:
    """The parts ``part_ids`` printed on these pages, by place, each with its page (text, flags,
    warnings and type sizes not read) and story: as ``select_related`` gives them, every row's
    objects its own."""
    alias, rows = _CONTINUING.rows(list(page_ids), list(part_ids))
    return _parts_made(alias, rows, (_WHOLE_PART_COLUMNS, _PAGE_COLUMNS, _STORY_COLUMNS))


def heads_on_pages(page_ids: Iterable[int]) -> list[ArticlePart]:
    """The first parts printed on these pages, in the parts' own order (by page, then place),
    each with its story: as ``select_related("article")`` gives them."""
    alias, rows = _HEADS.rows(list(page_ids))
    make_part = maker(ArticlePart, alias, _WHOLE_PART_COLUMNS)
    make_story = maker(Article, alias, _STORY_COLUMNS, len(_WHOLE_PART_COLUMNS))
    parts = []
    for row in rows:
        part = make_part(row)
        _of_story(part, make_story(row))
        parts.append(part)
    return parts


def open_teasers(issue_ids: Sequence[int]) -> list:
    """(id, issue id, target label, target section, title lines) of each teaser of these issues
    not linked to a story yet, in the teasers' own order (by page, then place)."""
    return _OPEN_TEASERS.rows(list(issue_ids))[1]


def pointing_at(model, story_ids: Sequence[int]) -> list:
    """(id, story id) of each photo, teaser or story address (``model``) pointing at one of
    these stories, in the model's own order."""
    return _POINTING[model].rows(list(story_ids))[1]


def parts_places(story_ids: Iterable[int]) -> list[ArticlePart]:
    """The parts of these stories by sequence with only their id, story and sequence read (the
    other columns deferred): as ``ArticlePart.objects.filter(article_id__in=story_ids)
    .only("pk", "article_id", "sequence").order_by("sequence")`` gives them. One statement."""
    alias, rows = _PLACES.rows(list(story_ids))
    return list(map(maker(ArticlePart, alias, _PLACE_COLUMNS), rows))


def heads_found(part_ids: Iterable[int]) -> list[ArticlePart]:
    """The parts ``part_ids`` with their place, page (id, issue, label, sequence) and story (id,
    headline) read, every other column deferred: as ``select_related("page", "article").only``
    of those gives them, in the parts' own order. One statement."""
    alias, rows = _HEADS_FOUND.rows(list(part_ids))
    return _parts_made(alias, rows, (_HEAD_PART_COLUMNS, _HEAD_PAGE_COLUMNS, _HEAD_STORY_COLUMNS))


def _parts_made(alias, rows, columns: tuple) -> list[ArticlePart]:
    """Each row's part with its page and story, every row's objects its own; ``columns``: the
    part's, the page's and the story's columns, in the row's order."""
    part_columns, page_columns, story_columns = columns
    at = len(part_columns)
    make_part = maker(ArticlePart, alias, part_columns)
    make_page = maker(Page, alias, page_columns, at)
    make_story = maker(Article, alias, story_columns, at + len(page_columns))
    parts = []
    for row in rows:
        part = make_part(row)
        _on_page(part, make_page(row))
        _of_story(part, make_story(row))
        parts.append(part)
    return parts


def issues_heads(issue_ids: Iterable[int]) -> list[ArticlePart]:
    """The first parts of these issues' stories (whole copies aside) by page, then place, with
    their place, blocks and page (id, issue, label, sequence) read, every other column deferred:
    as ``select_related("page").only`` of those gives them. One statement."""
    alias, rows = _ISSUES_HEADS.rows(list(issue_ids))
    make_part = maker(ArticlePart, alias, _MARKED_PART_COLUMNS)
    make_page = maker(Page, alias, _MARKED_PAGE_COLUMNS, len(_MARKED_PART_COLUMNS))
    parts = []
    for row in rows:
        part = make_part(row)
        _on_page(part, make_page(row))
        parts.append(part)
    return parts


def stories_parts(story_ids: Iterable[int]) -> dict[int, tuple[Article, list[ArticlePart]]]:
    """Each of these stories (in the stories' own order) with its parts by sequence, as
    ``prefetch_related(Prefetch("parts", queryset=ArticlePart.objects.order_by("sequence")))``
    gives them (the parts prefetched on the story, each part's story cached): two queries."""
    ids = list(set(story_ids))
    alias, rows = _STORIES.rows(ids)
    make_story = maker(Article, alias, _STORY_COLUMNS)
    stories = {story.pk: (story, []) for story in map(make_story, rows)}
    make_part = maker(ArticlePart, alias, _WHOLE_PART_COLUMNS)
    for row in _STORIES_PARTS.rows(ids)[1]:
        part = make_part(row)
        found = stories.get(part.article_id)
        if found is not None:
            _of_story(part, found[0])
            found[1].append(part)
    for story, parts in stories.values():
        prefetched(story, "parts", parts)
    return {pk: (story, list(parts)) for pk, (story, parts) in stories.items()}
