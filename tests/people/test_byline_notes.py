"""A 区分说明 typed into a story's 署名 at the desk (articles/people/bylinenotes.py):
``记者 王明（体育部）`` credits that 王明, never a person named 体育部; a note no 王明 has is
refused saying which notes exist; an imported byline's brackets stay the parser's."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article, Byline, Person
from articles.people.split import person_split
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db


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


def _post_byline(client, story, byline):
    change = reverse("admin:articles_article_change", args=[story.pk])
    data = {**form_data(client.get(change)), "byline": byline}
    return client.post(change, data)


def _wangs(story):
    return list(
        Byline.objects.filter(article=story, person__name="王明").values_list("person", flat=True)
    )


def test_a_typed_note_credits_that_namesake_and_makes_no_person(editor_client, split_wangs):
    story = split_wangs["evening"]

    response = _post_byline(editor_client, story, "记者 王明（体育部（1990年代））")

    assert response.status_code == 302, response.content.decode()[:3000]
    assert _wangs(story) == [split_wangs["sports"].pk]
    assert Article.objects.get(pk=story.pk).byline == "记者 王明（体育部（1990年代））"
    assert not Person.objects.filter(name__contains="体育部").exists()


def test_a_note_no_namesake_has_is_refused_saying_which_exist(editor_client, split_wangs):
    story = split_wangs["evening"]

    response = _post_byline(editor_client, story, "记者 王明（财经部）")

    assert response.status_code == 200
    page = response.content.decode()
    assert (
        "署名里“王明”后括号中的“财经部”不是哪一位王明的区分说明（现有：“晴川晚报”、"
        "“体育部（1990年代）”）；请改成其中一个，或删去括号，在下方“记者”栏里选定是哪一位"
    ) in page
    assert Article.objects.get(pk=story.pk).byline != "记者 王明（财经部）"
    assert _wangs(story) == [split_wangs["evening_wang"].pk]
    assert not Person.objects.filter(name="财经部").exists()


def test_two_namesakes_typed_each_with_their_note_are_both_credited(editor_client, split_wangs):
    story = split_wangs["evening"]
    byline = "记者 王明（体育部（1990年代）） 王明（晴川晚报） 李华"

    response = _post_byline(editor_client, story, byline)

    assert response.status_code == 302, response.content.decode()[:3000]
    assert _wangs(story) == [split_wangs["sports"].pk, split_wangs["evening_wang"].pk]
    names = Byline.objects.filter(article=story).order_by("order")
    assert [str(b.person) for b in names] == [
        "王明（体育部（1990年代））",
        "王明（晴川晚报）",
        "李华",
    ]
    assert not Person.objects.filter(name__in=["晴川晚报", "体育部", "体育部（1990年代）"]).exists()
    said = [str(m) for m in editor_client.get(response.url).context["messages"]]
    assert "署名已改，记者随之改为：王明（体育部（1990年代））、王明（晴川晚报）、李华" in said


def test_a_name_namesakes_bear_typed_twice_without_a_note_after_each_is_refused(
    editor_client, split_wangs
):
    story = split_wangs["evening"]

    response = _post_byline(editor_client, story, "记者 王明 王明（晴川晚报）")

    assert response.status_code == 200
    assert (
        "署名里有 2 处“王明”，王明有 2 位同名的人员，看不出各是哪一位；请在每个“王明”后面用括号"
        "写上区分说明，如“王明（晴川晚报） 王明（体育部（1990年代））”（现有：“晴川晚报”、"
        "“体育部（1990年代）”）"
    ) in response.content.decode()
    assert _wangs(story) == [split_wangs["evening_wang"].pk]
    assert not Person.objects.filter(name="晴川晚报").exists()


@pytest.mark.parametrize("byline", ["记者 王明（晴川晚报）（1990年代）", "记者 王明（晴川晚报"])
def test_two_notes_or_an_unclosed_one_after_a_namesake_are_refused(
    editor_client, split_wangs, byline
):
    story = split_wangs["evening"]
    before = Article.objects.get(pk=story.pk).byline
    people = Person.objects.count()

    response = _post_byline(editor_client, story, byline)

    assert response.status_code == 200
    page = response.content.decode()
    assert "署名里“王明”后面的括号写法不对" in page
    assert "如“王明（晴川晚报）”" in page
    assert Article.objects.get(pk=story.pk).byline == before
    assert _wangs(story) == [split_wangs["evening_wang"].pk]
    assert Person.objects.count() == people
