"""合并人员 (articles/people/merge.py): a split undone (two 王明 one again), and a typo's second
person (王 明 beside 王明) made one; the one merged leads to the one kept."""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

import pytest
from django.urls import reverse

from articles.crediting import people_get_or_create
from articles.models import Byline, Person, PersonAlias, PersonMerged
from articles.people.merge import person_merge
from articles.people.moves import PeopleChangeRefused
from articles.people.split import person_split
from tests.people.conftest import DAILY, import_page
from tests.public.conftest import publish_everything

pytestmark = pytest.mark.django_db


def test_merging_namesakes_back_makes_one_wang_ming_without_a_note(split_wangs):
    done = person_merge(person=split_wangs["evening_wang"], other=split_wangs["sports"])

    kept = Person.objects.get(name="王明")
    assert kept.pk == split_wangs["evening_wang"].pk and kept.note == ""
    assert set(Byline.objects.filter(person=kept).values_list("article_id", flat=True)) == {
        split_wangs["daily"].pk,
        split_wangs["evening"].pk,
    }
    assert PersonMerged.objects.get(former_id=split_wangs["sports"].pk).person == kept
    assert done.message() == (
        f"合并人员：王明（体育部）（#{split_wangs['sports'].pk}）并入本人员，稿件 1 篇、图片 0 张"
    )


def test_the_merged_namesake_s_address_leads_to_the_one_kept(client, split_wangs):
    publish_everything()
    sports = split_wangs["sports"]
    old = f"/people/{quote('王明')}/{sports.pk}/"
    assert client.get(old).status_code == 200

    person_merge(person=split_wangs["evening_wang"], other=sports)

    response = client.get(old + "?page=1")
    assert response.status_code == 301
    assert response["Location"] == f"/people/{quote('王明')}/?page=1"
    feed = client.get(old + "feed.xml")
    assert feed.status_code == 301 and feed["Location"] == f"/people/{quote('王明')}/feed.xml"


def test_a_typo_s_person_merged_is_a_former_name_a_later_page_credits(two_wangs):
    import_page("篮球联赛开幕", "各队积极备战", date(1995, 6, 1), DAILY, label="A5")
    typo = people_get_or_create(["王 明"])["王 明"]
    Byline.objects.filter(article__headline="篮球联赛开幕", person__name="王明").update(person=typo)

    done = person_merge(person=two_wangs["person"], other=typo)

    assert done.alias == "王 明"
    assert PersonAlias.objects.get(name="王 明").person == two_wangs["person"]
    assert people_get_or_create(["王 明"])["王 明"] == two_wangs["person"]
    assert not Person.objects.filter(name="王 明").exists()


def test_a_story_crediting_both_keeps_one_credit(split_wangs):
    story = split_wangs["daily"]
    Byline.objects.create(article=story, person=split_wangs["evening_wang"], order=5)

    person_merge(person=split_wangs["evening_wang"], other=split_wangs["sports"])

    assert list(
        Byline.objects.filter(article=story, person__name="王明").values_list(
            "person_id", flat=True
        )
    ) == [split_wangs["evening_wang"].pk]


def test_merging_a_person_into_themselves_is_refused(two_wangs):
    with pytest.raises(PeopleChangeRefused, match="同一位人员"):
        person_merge(person=two_wangs["person"], other=two_wangs["person"])


def test_the_desk_merges_a_namesake_picked_on_the_person_page(editor_client, split_wangs):
    kept, other = split_wangs["evening_wang"], split_wangs["sports"]
    address = reverse("admin:articles_person_merge", args=[kept.pk])
    page = editor_client.get(address).content.decode()
    assert "王明（体育部）（稿件 1 篇、图片 0 张）" in page

    response = editor_client.post(address, {"namesake": str(other.pk), "confirm": "1"})

    assert response.status_code == 302
    assert not Person.objects.filter(pk=other.pk).exists()


def test_the_desk_asks_which_one_when_a_typed_name_is_borne_by_namesakes(
    editor_client, split_wangs
):
    lee = Person.objects.get(name="李华")
    address = reverse("admin:articles_person_merge", args=[lee.pk])

    response = editor_client.post(address, {"other": "王明", "confirm": "1"})

    said = response.content.decode()
    assert "叫“王明”的人员有 2 位：“王明（体育部）”、“王明（晴川晚报）”" in said
    assert Person.objects.filter(name="王明").count() == 2


def test_the_kept_person_s_cached_page_lists_what_the_merge_brought(
    client, split_wangs, django_capture_on_commit_callbacks
):
    import_page("篮球联赛开幕", "各队积极备战", date(1995, 6, 1), DAILY, label="A5")
    sports = split_wangs["sports"]
    third = person_split(  # a third 王明: the basketball story's
        person=sports,
        note_kept="体育部",
        note_new="校园版",
        story_ids=[Byline.objects.get(article__headline="篮球联赛开幕", person=sports).article_id],
        photo_ids=[],
    ).new
    publish_everything()
    address = f"/people/{quote('王明')}/{sports.pk}/"
    assert "篮球联赛开幕" not in client.get(address).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        person_merge(person=sports, other=third)  # (a third remains: the note stays)

    assert "篮球联赛开幕" in client.get(address).content.decode()
