"""Prepared queries (articles/queries.py): built once, run with new arguments, the same rows as
the ORM gives, on both databases."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from django.db import connection
from django.db.models import signals
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import queries
from articles.models import (
    Article,
    ArticlePart,
    Byline,
    Issue,
    Page,
    Person,
    Photo,
    PhotoCredit,
    Publication,
    Teaser,
)
from articles.queries import Prepared, field_names, instance, maker
from articles.selectors import public_issue_on
from tests.public.conftest import DAY, PAPER


def parts_on(page_id):
    return (
        ArticlePart.objects.public()
        .filter(page_id=page_id)
        .order_by("position")
        .values_list("id", "title_lines", "blocks", "whole_copy", "article__updated_at")
    )


def test_prepared_rows_are_the_orms_for_every_argument(edition):
    prepared = Prepared(ArticlePart, (int,), parts_on)
    issue = Issue.objects.get()
    for page in issue.pages.all():
        _alias, rows = prepared.rows(page.pk)
        assert [tuple(row) for row in rows] == list(parts_on(page.pk))
        assert rows  # JSON decoded, booleans and datetimes as the ORM gives them


def test_prepared_query_is_built_once(edition, monkeypatch):
    built = []
    prepared = Prepared(ArticlePart, (int,), lambda pk: built.append(pk) or parts_on(pk))
    pages = list(Issue.objects.get().pages.values_list("pk", flat=True))
    with CaptureQueriesContext(connection) as captured:
        for pk in pages * 2:
            prepared.rows(pk)
    assert len(built) == 1 and len(captured) == 2 * len(pages)


def test_prepared_query_is_built_again_when_the_day_moves_on(edition, monkeypatch):
    built = []
    prepared = Prepared(ArticlePart, (int,), lambda pk: built.append(pk) or parts_on(pk))
    page = Issue.objects.get().pages.first()
    prepared.rows(page.pk)
    prepared.rows(page.pk)
    assert len(built) == 1  # the same day
    ends = queries._day_ends()
    monkeypatch.setattr(queries, "_now", lambda: ends)  # local midnight: the gate's dates move
    prepared.rows(page.pk)
    assert len(built) == 2


def test_the_local_day_ends_at_the_next_local_midnight(settings):
    settings.TIME_ZONE = "Asia/Shanghai"
    ends = timezone.localtime(datetime.fromtimestamp(queries._day_ends(), tz=UTC))
    assert (ends.hour, ends.minute, ends.second) == (0, 0, 0)
    assert ends.date() == timezone.localdate() + timedelta(days=1)


def test_public_issue_on_takes_a_string_and_a_date(edition):
    issue = public_issue_on(PAPER, date.fromisoformat(DAY))
    assert issue == Issue.objects.get() and issue.publication.slug == PAPER
    assert public_issue_on(PAPER, date(2020, 7, 10)) is None
    assert public_issue_on("no-such-paper", date.fromisoformat(DAY)) is None
    Issue.objects.update(status="draft")
    assert public_issue_on(PAPER, date.fromisoformat(DAY)) is None


def test_an_argument_used_outside_a_lookup_is_refused(db):
    prepared = Prepared(Issue, (int,), lambda pk: Issue.objects.values_list("pk"))
    with pytest.raises(ValueError, match="lookup"):
        prepared.rows(1)
    annotated = Prepared(Issue, (int,), lambda pk: Issue.objects.filter(pk=pk))
    with pytest.raises(ValueError, match="values_list"):
        annotated.rows(1)
    assert field_names(Issue, "issue__")[0] == "issue__id"


BUILT = [Publication, Issue, Page, Article, ArticlePart, Byline, Person, Photo, PhotoCredit, Teaser]


@pytest.mark.parametrize("model", BUILT, ids=lambda model: model.__name__)
def test_a_row_built_directly_is_the_object_from_db_gives(edition, model):
    names = field_names(model)
    some = names[: len(names) // 2 + 1]  # the rest deferred
    rows = list(model.objects.values_list(*names))
    assert rows or model is Teaser  # (every model the public views build has rows here)
    for row in rows:
        for columns in (names, some):
            values = row[: len(columns)]
            direct = instance(model, "default", columns, values)
            loaded = model.from_db("default", columns, values)
            assert type(direct) is model
            assert direct.__dict__.keys() == loaded.__dict__.keys()
            assert all(direct.__dict__[n] == loaded.__dict__[n] for n in columns)
            assert direct.get_deferred_fields() == loaded.get_deferred_fields()
            assert (direct._state.adding, direct._state.db) == (False, "default")
            # (str() may read a deferred column, e.g. a person's note: compared before it)
            keys, deferred = set(direct.__dict__), direct.get_deferred_fields()
            assert direct == loaded and str(direct) == str(loaded)
            # maker(): the same object from a row the columns start further into.
            made = maker(model, "default", columns, 2)(("x", "y", *values))
            assert set(made.__dict__) == keys
            assert all(made.__dict__[n] == direct.__dict__[n] for n in columns)
            assert made.get_deferred_fields() == deferred
            assert (made._state.adding, made._state.db) == (False, "default")


def test_a_model_with_a_post_init_receiver_is_built_by_its_init(edition):
    seen = []

    def receiver(sender, instance, **kwargs):
        seen.append(instance)

    signals.post_init.connect(receiver, sender=Person)
    try:
        names = field_names(Person)
        row = Person.objects.values_list(*names).first()
        person = instance(Person, "default", names, row)
        made = maker(Person, "default", names)(row)
    finally:
        signals.post_init.disconnect(receiver, sender=Person)
    assert seen == [person, made]


def test_on_sqlite_a_prepared_query_skips_rewriting_its_placeholders_each_run(edition, monkeypatch):
    if connection.vendor != "sqlite":
        pytest.skip("the placeholders are rewritten by Django's SQLite backend only")
    from django.db.backends.sqlite3.base import SQLiteCursorWrapper

    prepared = Prepared(ArticlePart, (int,), parts_on)
    page = Issue.objects.get().pages.first()
    expected = list(parts_on(page.pk))
    prepared.rows(page.pk)  # built: its SQL rewritten once, here
    rewritten = []
    original = SQLiteCursorWrapper.convert_query
    monkeypatch.setattr(
        SQLiteCursorWrapper,
        "convert_query",
        lambda self, query, **kw: rewritten.append(query) or original(self, query, **kw),
    )
    for _ in range(3):
        assert [tuple(row) for row in prepared.rows(page.pk)[1]] == expected
    assert rewritten == []


def test_a_watched_connection_still_sees_every_prepared_query(edition):
    prepared = Prepared(ArticlePart, (int,), parts_on)
    page = Issue.objects.get().pages.first()
    prepared.rows(page.pk)
    seen = []

    def watch(execute, sql, params, many, context):
        seen.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(watch):
        prepared.rows(page.pk)
    with CaptureQueriesContext(connection) as captured:
        prepared.rows(page.pk)
    assert len(seen) == 1 and len(captured) == 1


def test_relate_caches_a_row_read_with_its_foreign_key_as_the_descriptor_would(
    edition, monkeypatch
):
    from django.db.models.fields.related_descriptors import ForwardManyToOneDescriptor

    from articles.queries import relate

    part = ArticlePart.objects.first()
    story = Article.objects.get(pk=part.article_id)
    stranger = Article.objects.exclude(pk=part.article_id).first()
    through_descriptor = []
    original = ForwardManyToOneDescriptor.__set__
    monkeypatch.setattr(
        ForwardManyToOneDescriptor,
        "__set__",
        lambda self, obj, value: (
            through_descriptor.append(self.field.name) or original(self, obj, value)
        ),
    )
    relate(part, "article", story)  # the key it holds: cached, no descriptor
    assert through_descriptor == []
    with CaptureQueriesContext(connection) as captured:
        assert part.article is story
    assert len(captured) == 0
    relate(part, "article", stranger)  # another story: the descriptor moves the key too
    assert through_descriptor == ["article"] and part.article_id == stranger.pk
    photo = Photo.objects.first()
    relate(photo, "article", None)  # None: through the descriptor, which empties the key
    assert through_descriptor == ["article", "article"] and photo.article_id is None


def test_relate_leaves_a_one_to_one_field_to_its_descriptor():
    from articles.models import PageImage
    from articles.queries import _plain_foreign_key

    # Its descriptor also caches the row on the related one (page.picture): not a plain key.
    assert _plain_foreign_key(PageImage, "page") is False
    assert _plain_foreign_key(ArticlePart, "article") is True
    assert _plain_foreign_key(ArticlePart, "blocks") is False


def test_a_connection_whose_cursor_is_replaced_still_sees_every_prepared_query(
    edition, monkeypatch
):
    prepared = Prepared(ArticlePart, (int,), parts_on)
    page = Issue.objects.get().pages.first()
    prepared.rows(page.pk)
    expected = list(parts_on(page.pk))
    from django.db import connections

    real = connections["default"]
    seen = []
    original = real.cursor

    def watching_cursor():
        seen.append("cursor")
        return original()

    monkeypatch.setattr(real, "cursor", watching_cursor)  # as a debugging toolbar does
    assert [tuple(row) for row in prepared.rows(page.pk)[1]] == expected
    assert seen == ["cursor"]


def test_the_urls_date_range_is_worked_out_again_when_the_day_moves_on(monkeypatch):
    from articles.dates import issue_date_range

    monkeypatch.setattr(queries, "_today", [None, 0.0])
    worked_out = []
    monkeypatch.setattr(
        queries, "issue_date_range", lambda: worked_out.append(1) or issue_date_range()
    )
    assert queries.issue_dates() == issue_date_range()
    queries.issue_dates()
    assert len(worked_out) == 1  # the same day
    ends = queries._day_ends()
    monkeypatch.setattr(queries, "_now", lambda: ends)  # local midnight: the range moves on
    assert queries.issue_dates() == issue_date_range()
    assert len(worked_out) == 2


def test_a_date_past_the_range_is_no_address(monkeypatch):
    from django.urls import Resolver404, resolve

    from articles.dates import latest_issue_date

    day = latest_issue_date()
    assert resolve(f"/p/{day.isoformat()}/").url_name == "issue"
    with pytest.raises(Resolver404):
        resolve(f"/p/{(day + timedelta(days=1)).isoformat()}/")
