"""A person a corrected credit leaves behind (a photo's credit 王海洋 → 王海涛) is said to be
unused: the photo's save says so, the 人员 list marks them 未使用 and filters them
(?used=no), and 删除所选的未使用人员 deletes them, refusing by name anyone still credited."""

from __future__ import annotations

from datetime import date

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from articles.models import Person
from tests.admin.conftest import form_data
from tests.public.people_feeds import photo_alone

pytestmark = pytest.mark.django_db

PEOPLE = reverse("admin:articles_person_changelist")


def said(response) -> list[str]:
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def corrected(editor_client):
    """A photo credited 本报记者 王海洋 摄, its credit corrected to 王海涛 in its form."""
    photo = photo_alone("市民在公园里散步。", date(2026, 11, 22), "王海洋")
    address = reverse("admin:articles_photo_change", args=[photo.pk])
    data = form_data(editor_client.get(address))
    data.update(credit_line="本报记者 王海涛 摄", _save="保存")
    response = editor_client.post(address, data, follow=True)
    assert list(photo.credits.values_list("person__name", flat=True)) == ["王海涛"]
    return response


def test_the_photo_save_says_the_old_name_is_now_unused(corrected):
    assert any("“王海洋”已没有署名稿件和图片" in line for line in said(corrected))


def test_the_people_list_marks_and_filters_the_unused(editor_client, corrected):
    listing = editor_client.get(PEOPLE + "?used=no")
    shown = [person.name for person in listing.context["cl"].result_list]
    assert shown == ["王海洋"]
    assert "未使用" in listing.content.decode()
    used = editor_client.get(PEOPLE + "?used=yes")
    assert [person.name for person in used.context["cl"].result_list] == ["王海涛"]


def test_deleting_the_unused_refuses_anyone_still_credited(editor_client, corrected):
    chosen = [str(Person.objects.get(name=name).pk) for name in ("王海洋", "王海涛")]
    data = form_data(editor_client.get(PEOPLE), "changelist-form")
    data.update(action="delete_unused", **{ACTION_CHECKBOX_NAME: chosen})
    response = editor_client.post(PEOPLE, data, follow=True)
    assert list(Person.objects.values_list("name", flat=True)) == ["王海涛"]
    lines = said(response)
    assert "已删除 1 位未使用的人员：王海洋。" in lines
    assert any(
        line.startswith("“王海涛”仍有署名（稿件 0 篇、图片 1 张），没有删除") for line in lines
    )


def test_a_viewer_may_not_delete_people(viewer_client):
    person = Person.objects.create(name="王海洋")
    data = {"action": "delete_unused", ACTION_CHECKBOX_NAME: [str(person.pk)], "index": "0"}
    response = viewer_client.post(PEOPLE, data)
    assert response.status_code == 403
    assert Person.objects.filter(pk=person.pk).exists()
