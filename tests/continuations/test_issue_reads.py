"""What jump resolution reads of an import's issues through statements built once
(articles/continuations/issuereads.py) is what the querysets it replaced gave: the same rows in
the same order, the same objects with the same columns read and the same left deferred."""

import pytest

from articles.continuations.issuereads import (
    heads_found,
    issues_heads,
    issues_jumps,
    issues_pages,
    open_teasers,
    parts_on_pages,
    parts_places,
)
from articles.models import ArticlePart, Issue, Jump, Page, Teaser
from tests.conftest import DATA
from tests.factories import import_seed, import_text

pytestmark = pytest.mark.django_db

#: A page's columns the resolver never reads (its text, flags, warnings and type sizes).
_PAGE_UNREAD = ("raw_text", "parser_flags", "import_warnings", "line_sizes")


def _loaded(obj) -> dict:
    """The columns an object holds (the deferred ones are absent) and the objects cached on it."""
    deferred = obj.get_deferred_fields()
    fields = obj._meta.concrete_fields
    values = {f.attname: obj.__dict__[f.attname] for f in fields if f.attname not in deferred}
    return {"values": values, "related": sorted(obj._state.fields_cache)}


def test_an_issues_jumps_are_the_select_related_rows_with_the_same_columns_deferred():
    import_seed()
    import_text((DATA / "jumps" / "A2.txt").read_text(encoding="utf-8"), "A2")
    issue_ids = list(Issue.objects.values_list("pk", flat=True))
    expected = list(
        Jump.objects.filter(part__page__issue_id__in=issue_ids)
        .select_related("part__page", "part__article")
        .defer(
            *(f"part__page__{name}" for name in _PAGE_UNREAD), "part__blocks", "part__title_lines"
        )
        .order_by("part__page__issue_id", "part__page__sequence", "part__position", "direction")
    )
    found = issues_jumps(issue_ids)
    assert len(found) == len(expected) >= 8
    for ours, theirs in zip(found, expected, strict=True):
        assert _loaded(ours) == _loaded(theirs)
        assert _loaded(ours.part) == _loaded(theirs.part)
        assert _loaded(ours.part.page) == _loaded(theirs.part.page)
        assert _loaded(ours.part.article) == _loaded(theirs.part.article)
        assert ours.part is not found[0].part or ours is found[0]  # every row's objects its own
    pages = list(Page.objects.filter(issue_id__in=issue_ids).defer(*_PAGE_UNREAD))
    assert [_loaded(p) for p in issues_pages(issue_ids)] == [_loaded(p) for p in pages]
    page_ids, part_ids = [p.pk for p in pages], [j.part_id for j in found][1::2]
    parts = list(
        ArticlePart.objects.filter(page_id__in=page_ids, pk__in=part_ids)
        .select_related("page", "article")
        .defer(*(f"page__{name}" for name in _PAGE_UNREAD))
        .order_by("position")
    )
    ours = parts_on_pages(page_ids, part_ids)
    assert len(ours) == len(parts) >= 2
    for mine, theirs in zip(ours, parts, strict=True):
        assert [_loaded(mine), _loaded(mine.page), _loaded(mine.article)] == [
            _loaded(theirs),
            _loaded(theirs.page),
            _loaded(theirs.article),
        ]


def test_part_places_and_repeated_heads_are_the_only_rows_they_replaced():
    import_seed()
    import_text((DATA / "jumps" / "A2.txt").read_text(encoding="utf-8"), "A2")
    story_ids = set(ArticlePart.objects.values_list("article_id", flat=True))
    expected = list(
        ArticlePart.objects.filter(article_id__in=story_ids)
        .only("pk", "article_id", "sequence")
        .order_by("sequence")
    )
    found = parts_places(story_ids)
    assert len(found) == len(expected) >= 8
    by_story = lambda parts: {  # noqa: E731 (ties of sequence between stories: any order)
        p.article_id: [_loaded(q) for q in parts if q.article_id == p.article_id] for p in parts
    }
    assert by_story(found) == by_story(expected)
    assert found[0].get_deferred_fields() == expected[0].get_deferred_fields() != set()
    part_ids = list(ArticlePart.objects.filter(sequence=0).values_list("pk", flat=True))[:5]
    heads = ArticlePart.objects.filter(pk__in=part_ids).select_related("page", "article")
    heads = heads.only(
        "pk",
        "article_id",
        "page_id",
        "page__issue_id",
        "page__label",
        "page__sequence",
        "position",
        "continued_from",
        "article__headline",
    )
    theirs = {p.pk: [_loaded(p), _loaded(p.page), _loaded(p.article)] for p in heads}
    ours = {p.pk: [_loaded(p), _loaded(p.page), _loaded(p.article)] for p in heads_found(part_ids)}
    assert ours == theirs and len(ours) == 5
    assert heads_found([]) == []
    issue_ids = list(Issue.objects.values_list("pk", flat=True))
    firsts = (
        ArticlePart.objects.filter(page__issue_id__in=issue_ids, sequence=0, whole_copy=False)
        .select_related("page")
        .only(
            "pk",
            "article_id",
            "page_id",
            "page__issue_id",
            "page__label",
            "page__sequence",
            "position",
            "blocks",
        )
        .order_by("page__sequence", "position")
    )
    found = issues_heads(issue_ids)
    assert [[_loaded(p), _loaded(p.page)] for p in found] == [
        [_loaded(p), _loaded(p.page)] for p in firsts
    ]
    assert len(found) >= 5


def test_open_teasers_are_the_teasers_not_linked_yet_in_their_order():
    import_seed()
    issue = Issue.objects.get()
    page = Page.objects.get(label="A1")
    Teaser.objects.bulk_create(
        [
            Teaser(page=page, position=2, title_lines=["第二条"], target_label="A3"),
            Teaser(
                page=page,
                position=1,
                title_lines=["第一条"],
                target_label="A2",
                target_section="要闻",
            ),
        ]
    )
    rows = [tuple(row) for row in open_teasers([issue.pk])]
    assert rows == [
        (t.pk, issue.pk, t.target_label, t.target_section, t.title_lines)
        for t in Teaser.objects.filter(page__issue=issue, target_article__isnull=True)
    ]
    added = {tuple(row[4]): row[2:4] for row in rows if row[4][0].startswith("第")}
    assert added == {("第一条",): ("A2", "要闻"), ("第二条",): ("A3", "")}
    assert open_teasers([issue.pk + 1]) == []
