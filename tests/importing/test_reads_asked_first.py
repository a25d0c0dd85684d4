"""An import batch's reads that almost never find a row ask first, through a statement built once,
and read the rows the ORM's way only when there are some (bench/HISTORY.md, stop 65): what they
give is the same either way."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.crediting import people_get_or_create
from articles.importeddecks import imported_decks
from articles.models import Article, Person, PersonAlias
from tests.factories import import_seed

pytestmark = pytest.mark.django_db


def ran(call):
    """``call()``'s result and the SQL it ran."""
    with CaptureQueriesContext(connection) as queries:
        result = call()
    return result, [query["sql"] for query in queries.captured_queries]


def test_stories_never_edited_by_hand_read_no_history_for_their_decks():
    import_seed()
    ids = list(Article.objects.values_list("pk", flat=True))
    decks, sql = ran(lambda: imported_decks(ids))
    assert decks == {}
    assert len(sql) == 1 and "historicalarticle" not in sql[0].lower()


def test_a_former_name_still_gives_the_renamed_person_and_new_names_join_no_aliases():
    person = Person.objects.create(name="王明远")
    PersonAlias.objects.create(person=person, name="王明")
    found = people_get_or_create(["王明", "李娜"])
    assert found["王明"] == person and found["李娜"].name == "李娜"
    _, sql = ran(lambda: people_get_or_create(["赵六"]))
    aliases = [line for line in sql if "personalias" in line.lower()]
    assert aliases and not [line for line in aliases if " JOIN " in line]
