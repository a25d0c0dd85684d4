"""A mistaken rename can be undone (a third reviewer, session 62): 王明 → 王明远 → 王明涛 left
曾用名 ``王明、王明远`` for good, so a real 王明远 could never be added (the 人员 form refuses a
former name). The 人员 form lists the former names with a delete box: one no stored byline
prints goes, one a byline prints (``记者王明``) is refused, naming the story."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Person, PersonAlias
from tests.admin.conftest import form_data
from tests.factories import import_text
from tests.review_s62.test_renamed_reporter_is_one_name_in_the_byline import PAGE, rename

pytestmark = pytest.mark.django_db


@pytest.fixture
def twice_renamed(editor_client):
    import_text(PAGE, "A1")
    assert rename(editor_client, "王明", "王明远").status_code == 302
    assert rename(editor_client, "王明远", "王明涛").status_code == 302
    return Person.objects.get(name="王明涛")


def remove(client, person: Person, former: str):
    url = reverse("admin:articles_person_change", args=[person.pk])
    page = client.get(url)
    names = list(person.aliases.values_list("name", flat=True))
    assert all(f">{name}<" in page.content.decode() for name in names)  # listed, read-only
    box = f"aliases-{names.index(former)}-DELETE"
    assert f'name="{box}"' in page.content.decode()
    return client.post(url, form_data(page) | {box: "on", "_save": "保存"})


def test_a_former_name_no_byline_prints_is_removed(editor_client, twice_renamed):
    assert remove(editor_client, twice_renamed, "王明远").status_code == 302
    assert list(twice_renamed.aliases.values_list("name", flat=True)) == ["王明"]
    add = reverse("admin:articles_person_add")
    data = form_data(editor_client.get(add)) | {"name": "王明远", "_save": "保存"}
    assert editor_client.post(add, data).status_code == 302  # a real 王明远 may now be added
    assert Person.objects.filter(name="王明远").exclude(pk=twice_renamed.pk).exists()


def test_a_former_name_a_byline_prints_is_kept_naming_the_story(editor_client, twice_renamed):
    response = remove(editor_client, twice_renamed, "王明")
    assert response.status_code == 200
    page = response.content.decode()
    assert "曾用名“王明”不能删除：这些稿件的署名印着它，指的就是这位人员" in page
    assert "“市区新开三条公交线路”" in page
    assert PersonAlias.objects.filter(name="王明", person=twice_renamed).exists()
    assert Person.objects.get(pk=twice_renamed.pk).name == "王明涛"


def test_the_desk_activity_says_a_rename_from_what_to_what(editor_client, twice_renamed):
    from articles.admin.changelog import desk_recent

    lines = [line.text for line in desk_recent()]
    assert "修改人员“王明涛”：改名：王明远 → 王明涛" in lines
    assert "修改人员“王明远”：改名：王明 → 王明远" in lines
    assert remove(editor_client, twice_renamed, "王明远").status_code == 302
    assert desk_recent()[0].text == "修改人员“王明涛”：删除了 曾用名“王明远”。"
