"""A story sheet's 记者 cell printing a renamed reporter's former name (曾用名) is said to be
theirs in the import preview (a third reviewer, session 62): it read ``第 1 行的记者“王明涛”
不是已有的人员，确认后将新建一位人员…``, and confirming then credited 王明远, as the importer
does for a former name (articles/spreadsheets/newpeople.py)."""

from __future__ import annotations

import pytest

from articles.models import Person
from tests.admin.test_spreadsheets import CSV, as_file, dataset, export, import_preview
from tests.factories import import_text
from tests.review_s62.test_renamed_reporter_is_one_name_in_the_byline import PAGE, rename

pytestmark = pytest.mark.django_db


def test_a_former_name_in_the_sheet_is_said_to_credit_the_renamed_person(editor_client):
    import_text(PAGE, "A1")
    assert rename(editor_client, "王明", "王明涛").status_code == 302
    assert rename(editor_client, "王明涛", "王明远").status_code == 302
    ds = dataset(export(editor_client, "article", CSV), CSV)
    ds.dict = [{**row, "记者": "王明涛、李娜"} for row in ds.dict]
    page = import_preview(editor_client, "article", as_file(ds, CSV), CSV).content.decode()
    assert "第 1 行的记者“王明涛”是“王明远”的曾用名，确认后将记在“王明远”名下，不新建人员。" in page
    assert "不是已有的人员" not in page and 'id="near-people-warning"' not in page
    assert not Person.objects.filter(name="王明涛").exists()
