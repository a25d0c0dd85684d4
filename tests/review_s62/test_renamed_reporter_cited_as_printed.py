"""A story printed ``记者王明 李娜`` whose 王明 the desk renamed 王明远 names its author as printed
(a third reviewer, session 62): its 引用本文 entry, the JSON's ``citation`` and the search's
result line said ``王明远, 李娜`` while the page prints 记者王明."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.public.test_citation import cite_block
from tests.review_s62.test_renamed_reporter_is_found import renamed  # noqa: F401

pytestmark = pytest.mark.django_db


def test_the_citation_names_the_author_as_printed(client, renamed):  # noqa: F811
    block = cite_block(client.get(renamed.get_absolute_url()).content.decode())
    assert "王明, 李娜. 市区新开三条公交线路[N/OL]" in block and "王明远" not in block
    data = client.get(renamed.get_absolute_url().rstrip("/") + ".json").json()
    assert data["citation"].startswith("王明, 李娜. 市区新开三条公交线路[N/OL]")


def test_the_search_result_line_names_the_reporter_as_printed(client, renamed):  # noqa: F811
    response = client.get(reverse("search:search"), {"q": "公交"})
    (story,) = response.context["page_obj"]
    assert story.shown.people == ("王明", "李娜")
    assert "/people/%E7%8E%8B%E6%98%8E/" in response.content.decode()  # (a 301 to 王明远)
