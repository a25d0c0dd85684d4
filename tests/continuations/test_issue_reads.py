"""What jump resolution reads of an import's issues through statements built once
(articles/continuations/issuereads.py) is what the querysets it replaced gave: the same rows in
the same order, the same objects with the same columns read and the same left deferred."""

import pytest

from articles.continuations.issuereads import (
    issues_jumps,
    issues_pages,
    open_teasers,
    parts_on_pages,
)
from articles.models import ArticlePart, Issue, Jump, Page, Teaser
from tests.conftest import DATA
from tests.factories import import_seed, import_text

pytestmark = pytest.mark.django_db


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
            "part__page__raw_text", "part__page__parser_flags", "part__blocks", "part__title_lines"
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
    pages = list(Page.objects.filter(issue_id__in=issue_ids).defer("raw_text", "parser_flags"))
    assert [_loaded(p) for p in issues_pages(issue_ids)] == [_loaded(p) for p in pages]
    page_ids, part_ids = [p.pk for p in pages], [j.part_id for j in found][1::2]
    parts = list(
        ArticlePart.objects.filter(page_id__in=page_ids, pk__in=part_ids)
        .select_related("page", "article")
        .defer("page__raw_text", "page__parser_flags")
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
