"""People named on imported pages: created once, found again by name."""

import pytest

from articles.bulk import insert_rows
from articles.crediting import people_get_or_create
from articles.models import Person

pytestmark = pytest.mark.django_db


def test_people_named_again_keep_their_rows_and_new_ones_are_added():
    first = people_get_or_create(["陈明", "李华"])
    again = people_get_or_create(["李华", "周游", "陈明"])
    assert {n: p.pk for n, p in first.items()} == {n: again[n].pk for n in first}
    assert sorted(again) == sorted(["陈明", "李华", "周游"])
    assert Person.objects.count() == 3


def test_inserting_a_name_already_there_leaves_its_row_alone():
    kept = Person.objects.create(name="陈明")
    insert_rows(Person, ["name", "note"], [("陈明", ""), ("王芳", "")], conflict=("name", "note"))
    assert Person.objects.get(name="陈明").pk == kept.pk
    assert sorted(Person.objects.values_list("name", flat=True)) == ["王芳", "陈明"]
