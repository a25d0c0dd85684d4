"""Rows inserted many to a statement (``insert_rows(together=True)``): the same rows as one a
statement, in as many statements as the connection's parameter limit needs."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.bulk import insert_rows
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
    insert_rows(Person, ["name"], [("陈明",), ("王芳",)], conflict="name", together=True)
    assert Person.objects.get(name="陈明").pk == kept.pk
    assert sorted(Person.objects.values_list("name", flat=True)) == ["王芳", "陈明"]
