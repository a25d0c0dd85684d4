"""The search page's renamed-reporter note (``王明远的署名也印作“王明”``) costs no SQL query on
the common path: every former name is read at once and held by the process under the version of
the cache's ``renames`` tag (articles/selectors/people.py former_names_of), which a person's or
a former name's change bumps when it commits; so a rename (or a former name removed) shows on
the next search at once, never a stale note."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Person, PersonAlias
from tests.review_s62.test_renamed_reporter_is_found import renamed

pytestmark = pytest.mark.django_db
__all__ = ["renamed"]  # (the fixture, used by name)
NOTE = "王明远的署名也印作“王明”（改名前的姓名）"


def search(client, q: str) -> tuple[str, list[str]]:
    """The page for ``?q=``, and the SQL it ran."""
    with CaptureQueriesContext(connection) as queries:
        html = client.get(reverse("search:search"), {"q": q}).content.decode()
    return html, [query["sql"] for query in queries.captured_queries]


def asked(sql: list[str]) -> list[str]:
    """The queries of ``sql`` that read former names but for the results' bylines (those
    name the results' reporters: ``person_id IN (…)``, articles.selectors.byline_former_names)."""
    return [line for line in sql if "personalias" in line.lower() and '"person_id" IN' not in line]


def test_a_one_word_search_asks_the_database_no_former_names_again(client, renamed):
    search(client, "张华")  # (the first reads them all)
    _, sql = search(client, "李娜")
    assert not asked(sql)
    html, sql = search(client, "王明远")
    assert NOTE in html and not asked(sql)


def test_a_rename_shows_at_once(client, renamed, django_capture_on_commit_callbacks):
    assert "改名前的姓名" not in search(client, "李娜")[0]
    with django_capture_on_commit_callbacks(execute=True):
        person = Person.objects.get(name="李娜")
        PersonAlias.objects.create(person=person, name="李娜")  # (as the 人员 form's rename)
        person.name = "李娜娜"
        person.save()
    assert "李娜娜的署名也印作“李娜”" in search(client, "李娜娜")[0]


def test_a_former_name_removed_shows_at_once(client, renamed, django_capture_on_commit_callbacks):
    assert NOTE in search(client, "王明远")[0]
    with django_capture_on_commit_callbacks(execute=True):
        PersonAlias.objects.filter(name="王明").delete()
    assert "改名前的姓名" not in search(client, "王明远")[0]
