"""What a settling reads of a batch's jumps through statements built once
(articles/importing/settlereads.py) is what the querysets it replaced gave: the same rows in the
same order, the same objects with the same columns read and the same left deferred."""

import pytest

from articles.importing.settlereads import (
    linked_away,
    linked_away_filter,
    open_filter,
    open_jumps,
    story_numbers,
)
from articles.models import ArticlePart, Page
from tests.conftest import DATA
from tests.factories import import_seed, import_text

pytestmark = pytest.mark.django_db


def _loaded(obj) -> dict:
    """The columns an object holds (the deferred ones are absent) and the objects cached on it."""
    deferred = obj.get_deferred_fields()
    fields = obj._meta.concrete_fields
    values = {f.attname: obj.__dict__[f.attname] for f in fields if f.attname not in deferred}
    return {"values": values, "related": sorted(obj._state.fields_cache)}


def test_open_jumps_are_the_select_related_rows_with_the_page_text_deferred():
    import_seed()  # (A1's 下转 waits for A2: open)
    page_ids = list(Page.objects.values_list("pk", flat=True))
    expected = list(
        open_filter(page_ids, [])
        .select_related("part__page")
        .defer("part__page__raw_text", "part__page__parser_flags")
        .order_by("part__position", "direction")
    )
    found = open_jumps(page_ids, [])
    assert len(found) == len(expected) >= 1
    for ours, theirs in zip(found, expected, strict=True):
        assert _loaded(ours) == _loaded(theirs)
        assert _loaded(ours.part) == _loaded(theirs.part)
        assert _loaded(ours.part.page) == _loaded(theirs.part.page)
    jump_ids = [j.pk for j in found]
    assert [j.pk for j in open_jumps([], jump_ids)] == jump_ids  # (the jumps asked by id)
    assert open_jumps([], []) == []


def test_jumps_linked_away_are_the_select_related_rows_and_their_story_numbers():
    import_seed()
    import_text((DATA / "jumps" / "A2.txt").read_text(encoding="utf-8"), "A2")
    pages = Page.objects.filter(label="A1").values_list("pk", flat=True)
    page_ids = list(pages)
    expected = list(
        linked_away_filter(page_ids)
        .select_related("part", "to_part__page")
        .defer("to_part__page__raw_text", "to_part__page__parser_flags")
        .order_by("part__position", "direction")
    )
    found = linked_away(page_ids)
    assert len(found) == len(expected) >= 1
    for ours, theirs in zip(found, expected, strict=True):
        assert _loaded(ours) == _loaded(theirs)
        assert _loaded(ours.part) == _loaded(theirs.part)
        assert _loaded(ours.to_part) == _loaded(theirs.to_part)
        assert _loaded(ours.to_part.page) == _loaded(theirs.to_part.page)
    every = set(Page.objects.values_list("pk", flat=True))
    assert story_numbers(every) == ArticlePart.objects.story_numbers(every) != {}
    assert linked_away(every) == []  # (linked to a page among them: not away)


def test_the_copies_a_settling_reads_are_the_cross_page_copies_of_its_pages():
    from datetime import date

    from articles.continuations.crosscopies import copied_on, cross_page_copies
    from articles.importing.settlereads import copies_of_stories

    cross = DATA / "cross_page"
    for name, label in (("songchuan-2", "2"), ("songchuan-1", "1")):  # (2 first: either order)
        text = (cross / f"{name}.txt").read_text(encoding="utf-8")
        import_text(text, label, when=date(2025, 9, 12), paper="松川日报", slug="songchuan")
    import_seed()  # (another paper's pages, no copy)
    page_ids = list(Page.objects.values_list("pk", flat=True))
    copies = copies_of_stories(copied_on(page_ids))
    assert copies == cross_page_copies(pages=page_ids) != []
    assert "全文同时见于1版、2版" in copies[0].message
    assert copies_of_stories([]) == []
