"""A person's feed is kept in the page cache by what it shows (their name, their works, any
photo, the names of its authors) and rendered again when a story crediting them, by byline or
by a photo, is edited, published, withdrawn or deleted, or a photo's credit changes; a feed
that shows none of it stays cached. In one process's memory (locmem), on the one-host disk
cache and on Redis shared by hosts."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from articles.models import Article, Issue, Person, Photo
from articles.publishing import issue_publish
from tests.admin.conftest import editor, editor_client, form_data, groups  # noqa: F401
from tests.public.people_feeds import credited_story, entries, feed_url
from tests.public.test_scoped_caching import backend, redis_server  # noqa: F401 (autouse: 3 caches)

DAY1, DAY2 = date(2021, 3, 1), date(2021, 3, 2)


@pytest.fixture
def stories(db, django_capture_on_commit_callbacks) -> dict[str, Article]:
    """林晓舟 reports one story and photographs another (王刚's); 苏明远's story credits
    neither. Written as committed (their change done), so that a test's change is its own."""
    with django_capture_on_commit_callbacks(execute=True):
        return {
            "reported": credited_story("城东口袋公园开放", DAY1, reporters=("林晓舟",)),
            "photographed": credited_story(
                "跨江大桥完成检修", DAY2, reporters=("王刚",), photographer="林晓舟"
            ),
            "other": credited_story("港口夜市开张", DAY2, reporters=("苏明远",)),
        }


def warm(client, *names: str) -> None:
    for name in names:
        entries(client, name)
        assert client.get(feed_url(name))["X-Cache"] == "hit", name


def cached(client, name: str) -> str:
    return client.get(feed_url(name))["X-Cache"]


def test_an_edit_to_a_story_they_photographed_refreshes_their_feed_and_no_other(
    client, stories, django_capture_on_commit_callbacks
):
    warm(client, "林晓舟", "苏明远")
    story = stories["photographed"]
    with django_capture_on_commit_callbacks(execute=True):
        story.headline = "跨江大桥检修完成 恢复通行"
        story.save()  # what the admin does
    assert cached(client, "林晓舟") == "miss"
    assert entries(client, "林晓舟") == ["跨江大桥检修完成 恢复通行", "城东口袋公园开放"]
    assert cached(client, "苏明远") == "hit"


def test_withdrawing_and_publishing_a_story_refreshes_the_feed_of_everyone_credited(
    client, stories, django_capture_on_commit_callbacks
):
    warm(client, "林晓舟", "王刚")
    story = stories["photographed"]
    with django_capture_on_commit_callbacks(execute=True):
        story.status = "draft"
        story.save()
    assert entries(client, "林晓舟") == ["城东口袋公园开放"]
    assert client.get(feed_url("王刚")).status_code == 404  # nothing of his is published
    with django_capture_on_commit_callbacks(execute=True):
        story.status = "published"
        story.save()
    assert entries(client, "林晓舟") == ["跨江大桥完成检修", "城东口袋公园开放"]
    assert entries(client, "王刚") == ["跨江大桥完成检修"]


def test_an_issue_published_puts_the_stories_they_photographed_in_their_feed(
    client, stories, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        later = credited_story("新一期的图片稿", date(2021, 3, 5), photographer="林晓舟")
        Issue.objects.filter(pk=later.issue_id).update(status="draft")
    warm(client, "林晓舟")
    with django_capture_on_commit_callbacks(execute=True):
        issue_publish(issue=Issue.objects.get(pk=later.issue_id), acknowledge_broken=True)
    assert entries(client, "林晓舟")[0] == "新一期的图片稿"


def test_a_credit_changed_in_the_photo_form_moves_the_story_from_one_feed_to_the_other(
    editor_client,  # noqa: F811
    stories,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        credited_story("苏明远的图片稿", DAY1, photographer="苏明远")
    warm(editor_client, "林晓舟", "苏明远")
    photo = Photo.objects.get(article=stories["photographed"])
    url = reverse("admin:articles_photo_change", args=[photo.pk])
    data = {
        **form_data(editor_client.get(url)),
        "credit_line": "本报记者 苏明远摄",
        "_save": "保存",
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert entries(editor_client, "林晓舟") == ["城东口袋公园开放"]
    assert entries(editor_client, "苏明远") == [
        "跨江大桥完成检修",
        "港口夜市开张",
        "苏明远的图片稿",
    ]


def test_a_photo_deleted_takes_its_story_off_its_photographers_feed(
    client, stories, django_capture_on_commit_callbacks
):
    warm(client, "林晓舟")
    with django_capture_on_commit_callbacks(execute=True):
        Photo.objects.get(article=stories["photographed"]).delete()
    assert entries(client, "林晓舟") == ["城东口袋公园开放"]


def test_a_story_deleted_leaves_its_photographers_feed_its_photo_standing_alone(
    client, stories, django_capture_on_commit_callbacks
):
    warm(client, "林晓舟")
    with django_capture_on_commit_callbacks(execute=True):
        stories["photographed"].delete()
    # its photo stays on its page, standing alone now (``Photo.article`` set to NULL): an
    # entry of its own, as the page and search show it
    assert entries(client, "林晓舟") == ["跨江大桥完成检修现场。", "城东口袋公园开放"]


def test_renaming_a_reporter_refreshes_the_feeds_that_name_them_as_an_author(
    client, stories, django_capture_on_commit_callbacks
):
    warm(client, "林晓舟", "苏明远")
    with django_capture_on_commit_callbacks(execute=True):
        renamed = Person.objects.get(name="王刚")
        renamed.name = "王刚（改）"
        renamed.save()
    assert "<name>王刚（改）</name>" in client.get(feed_url("林晓舟")).content.decode()
    assert cached(client, "苏明远") == "hit"
