"""Migration 0020 merges the people whose names are one name once canonical
(articles/namechars.py ``name_canonical``): the person with the most links is kept (the lowest
id on a tie), the others' bylines and photo credits move to it, a story or photo crediting two
of them keeps one row (the first printed), the name is written canonical; traditional and
simplified twins stay apart. Called as ``migrate`` calls it, on rows written for this test."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps
from django.db import connection

from articles.models import Byline, Person, Photo, PhotoCredit
from tests.search.conftest import make_story

merge = importlib.import_module("articles.migrations.0020_merge_people_same_name")

ZOE, ZOE_DECOMPOSED = "Zo\u00eb", "Zoe\u0308"


def _credit(story, *people):
    for order, person in enumerate(people):
        Byline.objects.create(article=story, person=person, order=order)


@pytest.mark.django_db
def test_people_of_one_canonical_name_are_merged_into_the_one_with_most_links():
    composed = Person.objects.create(name=ZOE)
    decomposed = Person.objects.create(name=ZOE_DECOMPOSED)
    radical = Person.objects.create(name="王\u2f06明")
    lone_radical = Person.objects.create(name="李\u2f24")  # ⼤: 李大, no one else
    twins = [Person.objects.create(name="林報明"), Person.objects.create(name="林报明")]
    plain = Person.objects.create(name="王二明")
    first, second, third = (make_story(f"稿件{n}", "正文。") for n in range(3))
    _credit(first, decomposed, composed)  # credited to both: one byline stays, the first
    _credit(second, decomposed)
    _credit(third, radical, *twins)
    photo = Photo.objects.create(page=first.page, position=9, caption="图")
    PhotoCredit.objects.create(photo=photo, person=composed, order=0)
    PhotoCredit.objects.create(photo=photo, person=decomposed, order=1)

    merge.merge_people(apps, connection.schema_editor())

    names = dict(Person.objects.values_list("pk", "name"))
    assert names == {
        decomposed.pk: ZOE,  # two bylines and a credit against a byline and a credit
        radical.pk: "王二明",  # a byline against none: kept, though its id is higher
        lone_radical.pk: "李大",
        twins[0].pk: "林報明",
        twins[1].pk: "林报明",
    }
    assert not Person.objects.filter(pk=plain.pk).exists()
    assert list(first.bylines.values_list("person_id", "order")) == [(decomposed.pk, 0)]
    assert list(second.bylines.values_list("person_id", flat=True)) == [decomposed.pk]
    assert list(third.bylines.order_by("order").values_list("person_id", flat=True)) == [
        radical.pk,
        *(t.pk for t in twins),
    ]
    assert list(photo.credits.values_list("person_id", "order")) == [(decomposed.pk, 0)]


@pytest.mark.django_db
def test_a_tie_keeps_the_lowest_id_and_a_second_run_changes_nothing():
    older = Person.objects.create(name=ZOE_DECOMPOSED)
    newer = Person.objects.create(name=ZOE)
    _credit(make_story("稿件", "正文。"), newer)
    _credit(make_story("稿件二", "正文。", label="A2"), older)

    merge.merge_people(apps, connection.schema_editor())
    merge.merge_people(apps, connection.schema_editor())

    assert list(Person.objects.values_list("pk", "name")) == [(older.pk, ZOE)]
    assert Byline.objects.filter(person=older).count() == 2
