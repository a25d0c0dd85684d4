"""Row changes collected in a batch (articles/changes.py, ``collecting``): the import works out
the cache tags of the rows it saves once per batch, and bumps them once, yet invalidates
everything the row-by-row receiver would have, before and after each row moved."""

from __future__ import annotations

import pytest
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save

from articles import caching, changes
from articles.caching import _Bump, committed_changes
from articles.importing import PageInput, pages_import
from articles.models import Article, ArticlePart, Person, Publication
from tests.factories import SEED, SEED_DATE, import_seed, import_text
from tests.public.conftest import A2_TEXT, LEAD

pytestmark = pytest.mark.django_db


def bumps(callbacks) -> list[_Bump]:
    return [func for func in callbacks if isinstance(func, _Bump)]


@pytest.fixture
def both_ways(monkeypatch):
    """``(row_by_row, batched)``: the tags the row-by-row receiver works out for each row saved
    or deleted inside :func:`changes.collecting` (worked out beside it, on the database as
    each row changes), and the tags the batch works out at the end of each block."""
    row_by_row: set[str] = set()
    batched: set[str] = set()

    def before(sender, instance, raw=False, **kwargs):
        if changes._batch.get() is None or instance.pk is None:
            return
        old = sender._base_manager.filter(pk=instance.pk).first()
        instance._shadow_before = (old, changes.row_scope(old) if old else set())

    def after(sender, instance, raw=False, **kwargs):
        if changes._batch.get() is None:
            return
        old, scope = getattr(instance, "_shadow_before", (None, set()))
        instance._shadow_before = (None, set())
        scope = changes.row_scope(instance) | scope
        deleted = kwargs.get("signal") is post_delete
        if changes._layout_changed(instance, old, deleted=deleted):
            scope = changes._with_layout(scope)
        row_by_row.update(scope)

    for model in changes.MOVABLE_MODELS:
        pre_save.connect(before, sender=model, weak=False, dispatch_uid=f"shadow-{model}")
    for model in changes.CONTENT_MODELS:
        post_save.connect(after, sender=model, weak=False, dispatch_uid=f"shadow-s-{model}")
        post_delete.connect(after, sender=model, weak=False, dispatch_uid=f"shadow-d-{model}")
    tags_of = changes._Batch.tags

    def recorded(self):
        tags = tags_of(self)
        batched.update(tags)
        return tags

    monkeypatch.setattr(changes._Batch, "tags", recorded)
    yield row_by_row, batched
    for model in changes.MOVABLE_MODELS:
        pre_save.disconnect(sender=model, dispatch_uid=f"shadow-{model}")
    for model in changes.CONTENT_MODELS:
        post_save.disconnect(sender=model, dispatch_uid=f"shadow-s-{model}")
        post_delete.disconnect(sender=model, dispatch_uid=f"shadow-d-{model}")


def swapped_continuations(text: str) -> str:
    """The A2 page with its first two continuations (a headline and a paragraph each) printed
    the other way round."""
    blocks = text.split("\n\n")
    return "\n\n".join([blocks[0], *blocks[3:5], *blocks[1:3], *blocks[5:]])


def test_an_import_and_reimports_that_move_parts_bump_what_row_by_row_would(both_ways):
    row_by_row, batched = both_ways
    import_seed()
    import_text(A2_TEXT, "A2")  # the continuations join their stories on A1
    import_seed(force=True)
    import_text(swapped_continuations(A2_TEXT), "A2")  # parts move on the page
    import_text(A2_TEXT.split("\n\n千企联千村")[0], "A2")  # continuations dropped
    assert ArticlePart.objects.filter(page__label="A2").exists()
    assert row_by_row
    assert row_by_row <= batched
    # What the batch adds reads the rows once more at the end: the layout of a page a story
    # was moved to after its row was saved (stitching moves parts by update()).
    assert {tag[0] for tag in batched - row_by_row} <= {"l"}


def test_an_import_that_creates_papers_bumps_once(django_capture_on_commit_callbacks):
    # Each new paper is created in a savepoint of its own inside the batch's transaction.
    text = SEED.read_bytes()
    items = [
        PageInput(paper_name=name, paper_slug=slug, issue_date=SEED_DATE, label="A1", data=text)
        for name, slug in (("南通日报", "nantong-daily"), ("江海晚报", "jianghai-evening"))
    ]
    before = committed_changes("default")
    with django_capture_on_commit_callbacks() as callbacks:
        reports = list(pages_import(items))
    assert [r.action for r in reports] == ["created", "created"]
    [bump] = bumps(callbacks)
    assert caching.ALL in bump.tags  # a new paper's name is on every page
    assert committed_changes("default") == before + 1


def test_rows_saved_in_savepoints_of_a_block_share_its_one_bump(
    django_capture_on_commit_callbacks,
):
    import_seed()
    story = Article.objects.get(headline=LEAD)
    before = committed_changes("default")
    with (
        django_capture_on_commit_callbacks() as callbacks,
        transaction.atomic(),
        changes.collecting(),
    ):
        with transaction.atomic():
            Publication.objects.create(name="如东日报", slug="rudong-daily")
        with transaction.atomic():
            story.headline += "（改）"
            story.save()
    [bump] = bumps(callbacks)
    assert {caching.ALL, caching.story(story.pk), caching.page(story.page_id)} <= bump.tags
    assert committed_changes("default") == before + 1


def test_a_story_moved_then_deleted_in_a_block_still_refreshes_where_it_was(
    django_capture_on_commit_callbacks,
):
    # Where a row was is read when it changes, not when the block ends: by then the story and
    # its reporters' bylines are gone.
    import_seed()
    import_text(A2_TEXT, "A2")
    story = Article.objects.filter(bylines__isnull=False).order_by("pk").first()
    home = story.page_id
    reporters = set(story.bylines.values_list("person_id", flat=True))
    assert reporters
    other = story.issue.pages.exclude(pk=home).first()
    with (
        django_capture_on_commit_callbacks() as callbacks,
        transaction.atomic(),
        changes.collecting(),
    ):
        story.page = other
        story.save()
        Article.objects.filter(pk=story.pk).delete()
    [bump] = bumps(callbacks)
    assert {caching.page(home), caching.layout(home)} <= bump.tags
    assert {caching.works(pk) for pk in reporters} <= bump.tags


def test_a_block_that_fails_in_a_transaction_that_commits_invalidates_every_page(
    django_capture_on_commit_callbacks,
):
    person = Person.objects.create(name="王小明")
    with (
        django_capture_on_commit_callbacks() as callbacks,
        transaction.atomic(),
        pytest.raises(RuntimeError),
        changes.collecting(),
    ):
        person.name = "王晓明"
        person.save()
        raise RuntimeError("the caller catches this and commits")
    [bump] = bumps(callbacks)
    assert caching.ALL in bump.tags


def test_nothing_saved_in_a_block_bumps_nothing(django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks() as callbacks,
        transaction.atomic(),
        changes.collecting(),
    ):
        Article.objects.count()
    assert bumps(callbacks) == []
