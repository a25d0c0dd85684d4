"""A Latin former name's address leads to the renamed person in any case (a third reviewer,
session 62): ``/people/john%20smith/`` was a 404 once John Smith was renamed, while a current
name's address is found in any case."""

from __future__ import annotations

import pytest

from articles.models import Person
from tests.review_s62.test_renamed_reporter_is_one_name_in_the_byline import rename

pytestmark = pytest.mark.django_db


def test_a_latin_former_name_redirects_in_any_case(client, editor_client):
    Person.objects.create(name="John Smith")
    assert rename(editor_client, "John Smith", "John A. Smith").status_code == 302
    for asked in ("John Smith", "john smith", "JOHN SMITH"):
        page = client.get(f"/people/{asked}/?page=1")
        assert page.status_code == 301, asked
        assert page["Location"] == "/people/John%20A.%20Smith/?page=1"
