"""The 人员 form's 区分说明 (articles/forms/people.py): a second person of a name needs a note
none of the namesakes has; one person alone with a name keeps the old refusal."""

from __future__ import annotations

import re

import pytest

from articles.models import Person
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db

ADD = "/admin/articles/person/add/"


def errors(response) -> str:
    return " ".join(
        re.findall(r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', response.content.decode(), re.S)
    )


def add(client, **typed):
    return client.post(ADD, {**form_data(client.get(ADD)), **typed, "_save": "保存"})


def test_a_second_wang_ming_with_a_note_is_added_beside_the_noted_one(editor_client):
    Person.objects.create(name="王明", note="晴川晚报")

    response = add(editor_client, name="王明", note="  体育部 ")

    assert response.status_code == 302, errors(response)
    assert set(Person.objects.values_list("note", flat=True)) == {"晴川晚报", "体育部"}


@pytest.mark.parametrize("note", ["", "晴川晚报"])
def test_a_namesake_without_a_distinct_note_is_refused_naming_the_others(editor_client, note):
    Person.objects.create(name="王明", note="晴川晚报")

    said = errors(add(editor_client, name="王明", note=note))

    assert "已有同名的人员“王明（晴川晚报）”：同名的人员要各有一个不同的区分说明" in said
    assert Person.objects.count() == 1


def test_a_name_borne_by_one_person_without_a_note_says_open_them_as_before(editor_client):
    Person.objects.create(name="王明")

    said = errors(add(editor_client, name="王明"))

    assert "同一个名字；请打开这位已有的人员" in said and "区分说明" not in said


def test_a_namesake_of_a_person_without_a_note_waits_for_their_note(editor_client):
    Person.objects.create(name="王明")

    said = errors(add(editor_client, name="王明", note="体育部"))

    assert "已有人员“王明”，还没有区分说明" in said
    assert Person.objects.count() == 1
