"""A story sheet's 记者 cell naming a new person one character off an existing one (柯兰 while
柯岚 exists, or 柯嵐 written in traditional characters) is warned about in the import preview,
as the page upload warns about a paper name close to an existing paper; a new name like no one
is not. Pages and names written for these tests (an invented paper, 澜江晚报)."""

from __future__ import annotations

import pytest

from articles.models import Person
from articles.spreadsheets.newpeople import closest_person
from tests.admin.test_spreadsheets import CSV, as_file, dataset, export, import_preview
from tests.factories import import_text

pytestmark = pytest.mark.django_db

STORY = "社区食堂开到家门口\n\n本报讯（记者 吴一帆）今年以来，我市新建社区食堂二十六家。\n"


def _preview(client, reporters: str) -> str:
    import_text(STORY, "A2", paper="澜江晚报", slug="lanjiang")
    Person.objects.create(name="柯岚")
    ds = dataset(export(client, "article", CSV), CSV)
    ds.dict = [{**row, "记者": reporters} for row in ds.dict]
    preview = import_preview(client, "article", as_file(ds, CSV), CSV)
    assert preview.status_code == 200
    return preview.content.decode()


def test_a_reporter_one_character_off_an_existing_one_is_warned_about_in_the_preview(
    editor_client,
):
    page = _preview(editor_client, "吴一帆、柯兰")
    assert 'id="near-people-warning"' in page
    assert "第 1 行的记者“柯兰”不是已有的人员" in page
    assert "最接近的已有人员是“柯岚”，相差 1 个字" in page
    assert 'name="import_file_name"' in page  # the editor may still confirm
    assert not Person.objects.filter(name="柯兰").exists()


def test_a_reporter_in_traditional_characters_is_said_to_be_a_typo(editor_client):
    page = _preview(editor_client, "柯嵐")
    assert "记者“柯嵐”不是已有的人员" in page and "只差繁体、简体的写法，多半是笔误" in page


def test_a_new_reporter_like_no_one_gets_no_warning(editor_client):
    page = _preview(editor_client, "吴一帆、郑涛")
    assert 'id="near-people-warning"' not in page


def test_closeness_is_one_character_of_the_same_length_or_the_same_folded():
    assert closest_person("柯兰", ["吴一帆", "柯岚"]) == ("柯岚", False)
    assert closest_person("柯嵐", ["柯岚"]) == ("柯岚", True)
    assert closest_person("柯兰兰", ["柯岚"]) is None
    assert closest_person("郑涛", ["柯岚", "吴一帆"]) is None
