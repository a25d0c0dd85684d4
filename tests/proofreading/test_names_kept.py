"""The names the archive knows, as an import run's checks read them: every person once a run,
then only the people added since, never what a transaction may still roll back."""

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from articles.models import Person
from articles.proofingreads import known_names, names_kept

pytestmark = pytest.mark.django_db(transaction=True)


def _reads_of_people(queries) -> list[str]:
    return [q["sql"] for q in queries if '"articles_person"' in q["sql"]]


def test_an_import_run_reads_every_name_once_then_only_the_people_added():
    Person.objects.create(name="王嘉欣")
    with names_kept():
        assert known_names() == {"王嘉欣"}
        Person.objects.create(name="陈 明")
        with CaptureQueriesContext(connection) as queries:
            assert known_names() == {"王嘉欣", "陈 明"}
        [read] = _reads_of_people(queries)
        assert '"articles_person"."id" >' in read


def test_outside_a_run_or_inside_a_transaction_every_name_is_read():
    Person.objects.create(name="王嘉欣")
    assert known_names() == {"王嘉欣"}
    with names_kept():
        with transaction.atomic():
            Person.objects.create(name="李华")
            assert known_names() == {"王嘉欣", "李华"}
            transaction.set_rollback(True)
        assert known_names() == {"王嘉欣"}  # (the rolled back one never kept)
    Person.objects.filter(name="王嘉欣").update(name="王嘉")
    assert known_names() == {"王嘉"}
