"""Rows inserted many to a statement (``insert_rows(together=True)``): the same rows as one a
statement, in as many statements as the connection's parameter limit needs."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.bulk import insert_rows, rows_delete
from articles.models import Person

pytestmark = pytest.mark.django_db


def test_rows_inserted_together_go_a_few_to_a_statement_and_are_all_written(monkeypatch):
    monkeypatch.setattr(connection.ops, "bulk_batch_size", lambda fields, objs: 2)
    names = ["陈明", "李华", "周游", "王芳", "赵亮"]
    with CaptureQueriesContext(connection) as queries:
        insert_rows(Person, ["name"], [(n,) for n in names], together=True)
    inserts = [q["sql"] for q in queries if q["sql"].startswith("INSERT")]
    assert len(inserts) == 3  # 2 + 2 + 1 rows
    assert sorted(Person.objects.values_list("name", flat=True)) == sorted(names)


def test_rows_inserted_together_leave_a_row_already_there_alone():
    kept = Person.objects.create(name="陈明")
    rows = [("陈明", ""), ("王芳", "")]  # (the natural key: name and note)
    insert_rows(Person, ["name", "note"], rows, conflict=("name", "note"), together=True)
    assert Person.objects.get(name="陈明").pk == kept.pk
    assert sorted(Person.objects.values_list("name", flat=True)) == ["王芳", "陈明"]


def _page():
    from datetime import date

    from articles.models import Issue, Page, Publication

    paper = Publication.objects.create(name="江海晚报", slug="jianghai")
    issue = Issue.objects.create(publication=paper, date=date(2024, 6, 1))
    return Page.objects.create(issue=issue, label="3")


def _columns(model, pk, *, but=("position",)):
    """The row's columns but its id, its dates and ``but``."""
    from django.db.models import DateTimeField

    names = [
        f.attname
        for f in model._meta.concrete_fields
        if not f.primary_key and not isinstance(f, DateTimeField) and f.attname not in but
    ]
    return dict(zip(names, model.objects.filter(pk=pk).values_list(*names).get(), strict=True))


def test_rows_inserted_returning_their_ids_are_the_rows_bulk_create_writes():
    from articles.bulk import insert_returning
    from articles.models import Article, ArticlePart

    page = _page()
    values = {"headline": "夜市开张", "dateline": "本报讯"}
    [made] = Article.objects.bulk_create(
        [Article(issue=page.issue, page=page, position=1, **values)]
    )
    [pk] = insert_returning(
        Article, [{"issue_id": page.issue_id, "page_id": page.pk, "position": 2, **values}]
    )
    assert _columns(Article, pk) == _columns(Article, made.pk)
    created = Article.objects.get(pk=pk)
    assert created.position == 2
    assert created.created_at is not None and created.updated_at is not None
    blocks = [{"kind": "paragraph", "text": "夜市今晚开张。"}]
    [part] = ArticlePart.objects.bulk_create(
        [ArticlePart(article=made, page=page, position=1, blocks=blocks)]
    )
    [part_pk] = insert_returning(
        ArticlePart, [{"article_id": pk, "page_id": page.pk, "position": 2, "blocks": blocks}]
    )
    but = ("position", "article_id")
    assert _columns(ArticlePart, part_pk, but=but) == _columns(ArticlePart, part.pk, but=but)
    assert ArticlePart.objects.get(pk=part_pk).blocks == blocks


def test_ids_come_back_in_the_order_given_over_several_statements(monkeypatch):
    from articles.bulk import insert_returning
    from articles.models import Article

    page = _page()
    monkeypatch.setattr(connection.ops, "bulk_batch_size", lambda fields, objs: 2)
    rows = [
        {"issue_id": page.issue_id, "page_id": page.pk, "position": n, "headline": f"第{n}条"}
        for n in (5, 3, 9, 1, 7)
    ]
    with CaptureQueriesContext(connection) as queries:
        ids = insert_returning(Article, rows)
    assert len([q for q in queries if q["sql"].startswith("INSERT")]) == 3
    by_id = dict(Article.objects.values_list("pk", "headline"))
    assert [by_id[pk] for pk in ids] == ["第5条", "第3条", "第9条", "第1条", "第7条"]


def test_a_row_naming_no_field_of_the_model_is_refused():
    from articles.bulk import insert_returning
    from articles.models import Article

    with pytest.raises(KeyError):
        insert_returning(Article, [{"headline": "x", "no_such_field": 1}])


def test_new_rows_inserted_are_the_rows_bulk_create_writes_and_a_clash_keeps_the_row_there():
    from datetime import date

    from articles.bulk import insert_new
    from articles.models import Issue, Page

    page = _page()
    [made] = Page.objects.bulk_create(
        [Page(issue=page.issue, label="5", sequence=5)], ignore_conflicts=True
    )
    made = Page.objects.get(issue=page.issue, label="5")
    insert_new(
        Page,
        [
            {"issue_id": page.issue_id, "label": "3", "sequence": 99},  # there already
            {"issue_id": page.issue_id, "label": "6", "sequence": 6},
        ],
    )
    assert Page.objects.get(pk=page.pk).sequence == page.sequence  # left alone
    new = Page.objects.get(issue=page.issue, label="6")
    but = ("label", "sequence")
    assert _columns(Page, new.pk, but=but) == _columns(Page, made.pk, but=but)
    assert new.sequence == 6 and new.parser_flags == made.parser_flags
    insert_new(Issue, [{"publication_id": page.issue.publication_id, "date": date(2024, 6, 2)}])
    issue = Issue.objects.get(date=date(2024, 6, 2))
    assert _columns(Issue, issue.pk, but=("date",)) == _columns(Issue, page.issue_id, but=("date",))
    assert issue.created_at is not None and issue.updated_at is not None


def test_new_rows_go_many_to_a_statement(monkeypatch):
    from articles.bulk import insert_new
    from articles.models import Page

    page = _page()
    monkeypatch.setattr(connection.ops, "bulk_batch_size", lambda fields, objs: 2)
    rows = [{"issue_id": page.issue_id, "label": str(n), "sequence": n} for n in (4, 5, 6)]
    with CaptureQueriesContext(connection) as queries:
        insert_new(Page, rows)
    assert len([q for q in queries if q["sql"].startswith("INSERT")]) == 2
    assert sorted(Page.objects.values_list("label", flat=True)) == ["3", "4", "5", "6"]


def test_a_value_repeated_from_row_to_row_is_prepared_once_and_written_in_every_row():
    """A column's value that is the same object in consecutive rows is prepared once (its
    result given again); another object, equal or not, is prepared on its own."""
    from articles.bulk import insert_returning
    from articles.models import Article, ArticlePart

    page = _page()
    [pk] = insert_returning(
        Article, [{"issue_id": page.issue_id, "page_id": page.pk, "position": 1}]
    )
    one = [{"kind": "paragraph", "text": "一"}]
    two = [{"kind": "paragraph", "text": "二"}]
    rows = [
        {"article_id": pk, "page_id": page.pk, "position": n, "sequence": n, "blocks": blocks}
        for n, blocks in enumerate([one, one, two, one, [dict(two[0])]])
    ]
    ids = insert_returning(ArticlePart, rows)
    written = dict(ArticlePart.objects.filter(pk__in=ids).values_list("position", "blocks"))
    assert written == {0: one, 1: one, 2: two, 3: one, 4: two}


def test_rows_deleted_by_ids_in_one_statement_are_the_querysets():
    from articles.models import Article
    from search.models import Keyword

    page = _page()
    stories = [
        Article.objects.create(issue=page.issue, page=page, position=n, headline=f"稿件{n}")
        for n in range(1, 4)
    ]
    for story in stories:
        Keyword.objects.create(article=story, word="江海", weight=1.0, rank=0)
    with CaptureQueriesContext(connection) as queries:
        rows_delete(Keyword, "article", [stories[0].pk, stories[2].pk, -1])
    assert len(queries) == 1 and queries[0]["sql"].startswith("DELETE")
    assert list(Keyword.objects.values_list("article_id", flat=True)) == [stories[1].pk]
    rows_delete(Keyword, "article", [])
    assert Keyword.objects.count() == 1


def test_rows_with_a_delete_receiver_are_deleted_through_the_orm():
    from django.db.models.signals import post_delete

    from articles.models import Person

    gone = []
    kept, dropped = Person.objects.create(name="陈明"), Person.objects.create(name="李华")

    def noted(sender, instance, **kwargs):
        gone.append(instance.name)

    post_delete.connect(noted, sender=Person, dispatch_uid="test-rows-delete")
    try:
        rows_delete(Person, "id", [dropped.pk])
    finally:
        post_delete.disconnect(dispatch_uid="test-rows-delete", sender=Person)
    assert gone == ["李华"]
    assert list(Person.objects.values_list("pk", flat=True)) == [kept.pk]


def test_on_sqlite_bulk_inserts_skip_rewriting_their_placeholders_each_time(monkeypatch):
    if connection.vendor != "sqlite":
        pytest.skip("the placeholders are rewritten by Django's SQLite backend only")
    from django.db.backends.sqlite3.base import SQLiteCursorWrapper

    monkeypatch.setattr(connection.ops, "bulk_batch_size", lambda fields, objs: 2)
    insert_rows(Person, ["name"], [("周游",), ("王芳",)], together=True)  # (rewritten once, here)
    rewritten = []
    original = SQLiteCursorWrapper.convert_query
    monkeypatch.setattr(
        SQLiteCursorWrapper,
        "convert_query",
        lambda self, query, **kw: rewritten.append(query) or original(self, query, **kw),
    )
    insert_rows(Person, ["name"], [("陈明",), ("李华",)], together=True)
    insert_rows(Person, ["name"], [("赵亮",), ("钱多",)])
    assert rewritten == []
    assert Person.objects.count() == 6


def test_a_watched_connection_still_sees_every_bulk_write():
    seen = []

    def watch(execute, sql, params, many, context):
        seen.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(watch):
        insert_rows(Person, ["name"], [("陈明",), ("李华",)], together=True)
    with CaptureQueriesContext(connection) as captured:
        insert_rows(Person, ["name"], [("王芳",)])
    assert len(seen) == 1 and len(captured) == 1
    assert Person.objects.count() == 3


def test_a_clash_written_straight_to_the_driver_is_djangos_integrity_error():
    from django.db import IntegrityError, transaction

    Person.objects.create(name="陈明")
    with pytest.raises(IntegrityError), transaction.atomic():
        insert_rows(Person, ["name"], [("陈明",)], together=True)
    assert Person.objects.count() == 1


def test_ints_of_id_and_number_columns_are_written_as_given_where_the_field_would_not_change_them(
    monkeypatch,
):
    """On SQLite an int for an id, a foreign key or a number column is what the field would make
    of it, so it is sent without a call through the field; any other value still goes through
    it (a str id is made an int), and on a database whose backend adapts ints every value does."""
    from django.db.models import ForeignKey

    from articles.bulk import _int_as_is, insert_returning
    from articles.models import Article, ArticlePart

    page = _page()
    calls = []
    original = ForeignKey.get_db_prep_save

    def counting(self, value, connection):
        calls.append(value)
        return original(self, value, connection)

    monkeypatch.setattr(ForeignKey, "get_db_prep_save", counting)
    [pk] = insert_returning(
        Article, [{"issue_id": page.issue_id, "page_id": str(page.pk), "position": 1}]
    )
    stored = Article.objects.values_list("issue_id", "page_id", "position").get(pk=pk)
    assert stored == (page.issue_id, page.pk, 1)
    field = ArticlePart._meta.get_field("article")
    if connection.vendor == "sqlite":
        # (the int issue id as it is; the str page id prepared, as the unset keys' None)
        assert [value for value in calls if value is not None] == [str(page.pk)]
        assert _int_as_is(field, connection)
    else:
        assert not _int_as_is(field, connection)
