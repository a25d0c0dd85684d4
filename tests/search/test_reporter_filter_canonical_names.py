"""The 记者 filter looks a name up as ``Person.name`` holds it (articles/namechars.py
``name_canonical``): typed decomposed or with a PDF's Kangxi radical, it finds the person (search.forms
``lookup_values``)."""

from datetime import date

import pytest
from django.urls import reverse

from articles.models import Byline, Person
from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db


def _credited(headline: str, name: str, day: date):
    story = make_story(headline, f"{headline}。", day=day)
    Byline.objects.create(article=story, person=Person.objects.create(name=name))
    return story


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("Zoe\u0308", "Zo\u00eb"), ("王\u2f06明", "王二明")],
    ids=["decomposed", "kangxi-radical"],
)
def test_the_reporter_filter_finds_a_name_typed_in_another_encoding(client, typed, stored):
    story = _credited("港口夜市开张", stored, date(2021, 3, 2))
    response = client.get(reverse("search:search"), {"reporter": typed})
    assert response.status_code == 200
    found = {s.pk for s in response.context["page_obj"]}
    assert found == {story.pk}
