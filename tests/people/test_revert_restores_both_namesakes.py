"""A story crediting two namesakes (two 王明, told apart by their 区分说明) reverted on the desk to
a version that credited both credits both again, each the person it was (its history keeps
the people's ids, and their names and notes: articles/editing.py), not one of them twice or
once. Posted as the rendered 恢复到此版本 form sends it."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.editing import story_snapshot
from articles.models import Article, Byline, Person
from articles.people.typedlines import people_recorded
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db


def credited(story: Article) -> list[int]:
    return list(
        Byline.objects.filter(article=story).order_by("order").values_list("person_id", flat=True)
    )


def revert(client, story: Article, record) -> None:
    address = reverse("admin:articles_article_simple_history", args=[story.pk, record.pk])
    page = client.get(address)
    assert page.status_code == 200
    done = client.post(address, {**form_data(page, "revert-form"), "_save": "1"})
    assert done.status_code == 302, done.content.decode()[:2000]


@pytest.fixture
def both_wangs(split_wangs):
    """The evening paper's story crediting both 王明: the evening paper's, then the sports
    desk's; a version of it that says so."""
    story = split_wangs["evening"]
    Byline.objects.create(article=story, person=split_wangs["sports"], order=1)
    story._change_reason = "两位王明合写"
    story.save()
    both = story.history.order_by("-history_date", "-history_id").first()
    assert both.story["reporters"] == ["王明", "王明"]
    return {**split_wangs, "story": story, "both": both}


def test_reverting_to_a_version_crediting_two_namesakes_credits_both_again(
    editor_client, both_wangs
):
    story, evening, sports = both_wangs["story"], both_wangs["evening_wang"], both_wangs["sports"]
    Byline.objects.filter(article=story, person=sports).delete()  # an edit drops one
    story.headline = "晚报读者节开幕（改）"
    story._change_reason = "改标题"
    story.save()
    assert credited(story) == [evening.pk]
    revert(editor_client, story, both_wangs["both"])
    assert credited(story) == [evening.pk, sports.pk]
    assert Article.objects.get(pk=story.pk).headline == "晚报读者节开幕"


def test_reverting_keeps_each_namesake_where_an_edit_swapped_them(editor_client, both_wangs):
    story, evening, sports = both_wangs["story"], both_wangs["evening_wang"], both_wangs["sports"]
    Byline.objects.filter(article=story).delete()
    Byline.objects.create(article=story, person=sports, order=0)  # only the sports desk's now
    story._change_reason = "只署体育部王明"
    story.save()
    revert(editor_client, story, both_wangs["both"])
    assert credited(story) == [evening.pk, sports.pk]


def test_a_version_keeps_whom_it_credits_by_id_name_and_note(both_wangs):
    people = story_snapshot(both_wangs["story"].pk)["people"]
    assert people == [
        [both_wangs["evening_wang"].pk, "王明", "晴川晚报"],
        [both_wangs["sports"].pk, "王明", "体育部"],
    ]


def test_the_version_page_tells_the_namesakes_apart(editor_client, both_wangs):
    story, sports = both_wangs["story"], both_wangs["sports"]
    Byline.objects.filter(article=story, person=sports).delete()
    story._change_reason = "删去体育部王明"
    story.save()
    address = reverse(
        "admin:articles_article_simple_history", args=[story.pk, both_wangs["both"].pk]
    )
    html = editor_client.get(address).content.decode()
    assert "王明（晴川晚报）、王明（体育部）" in html  # the version's, and what the revert sets
    history = editor_client.get(reverse("admin:articles_article_history", args=[story.pk]))
    assert "王明（体育部）" in history.content.decode()  # the change that dropped him


def test_a_namesake_whose_id_is_gone_is_found_by_name_and_note(both_wangs):
    story, sports = both_wangs["story"], both_wangs["sports"]
    gone = max(Person.objects.values_list("pk", flat=True)) + 100
    found = people_recorded(story, [[gone, "王明", "体育部"], [gone + 1, "王明", "晴川晚报"]])
    assert [p.pk for p in found] == [sports.pk, both_wangs["evening_wang"].pk]
