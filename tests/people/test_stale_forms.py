"""The 拆分同名记者 and 合并 forms opened in one tab and submitted after another tab changed
things (articles/forms/personsplit.py): the editor reads what happened, not Django's
``选择一个有效的选项``; a typed namesake whose note holds brackets is found."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Byline, Person
from articles.people.split import person_split
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db


def test_a_split_form_ticking_a_story_split_off_meanwhile_says_so(editor_client, two_wangs):
    person = two_wangs["person"]
    address = reverse("admin:articles_person_split", args=[person.pk])
    data = {
        **form_data(editor_client.get(address)),  # (tab A opens the form)
        "note_kept": "甲",
        "note_new": "乙",
        "stories": [str(two_wangs["daily"].pk)],
    }
    person_split(  # (tab B splits the daily's story off)
        person=person,
        note_kept="晴川晚报",
        note_new="体育部",
        story_ids=[two_wangs["daily"].pk],
        photo_ids=[],
    )

    response = editor_client.post(address, data)

    page = response.content.decode()
    assert response.status_code == 200
    assert f"#{two_wangs['daily'].pk} 已不署“王明”的名了（可能刚在另一个窗口改过）" in page
    assert "不在可用的选项中" not in page


@pytest.fixture
def split_wangs(two_wangs):
    done = person_split(
        person=two_wangs["person"],
        note_kept="晴川晚报",
        note_new="体育部（1990年代）",
        story_ids=[two_wangs["daily"].pk],
        photo_ids=[],
    )
    return {**two_wangs, "sports": done.new, "evening_wang": done.person}


def test_a_merge_picking_a_namesake_gone_meanwhile_says_to_reload(editor_client, split_wangs):
    address = reverse("admin:articles_person_merge", args=[split_wangs["evening_wang"].pk])
    data = {**form_data(editor_client.get(address)), "namesake": "999999"}

    response = editor_client.post(address, data)

    page = response.content.decode()
    assert response.status_code == 200
    assert (
        "选中的同名人员已经不在了（可能刚在另一个窗口合并或删除了）；请重新打开这一页再选。" in page
    )
    assert "请选一位同名的人员" not in page


@pytest.mark.parametrize("typed", ["王明（体育部（1990年代））", "王明(体育部（1990年代）)"])
def test_a_typed_namesake_whose_note_holds_brackets_is_merged(editor_client, split_wangs, typed):
    address = reverse("admin:articles_person_merge", args=[split_wangs["evening_wang"].pk])
    data = {**form_data(editor_client.get(address)), "other": typed}

    response = editor_client.post(address, data)

    assert response.status_code == 302, response.content.decode()[:3000]
    assert not Person.objects.filter(pk=split_wangs["sports"].pk).exists()
    assert Byline.objects.get(article=split_wangs["daily"]).person == split_wangs["evening_wang"]
