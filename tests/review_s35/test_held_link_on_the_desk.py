"""Review of session 35: a link held for sign-off, by hand on the desk (Django's test client), as
a chief editor would meet it: 发布所选稿件, 定时发布 and 发布本期 on the head, and the jump's fix
page, each with what readers then get at the continuation's old address."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Jump, JumpState, Status
from articles.scheduling import publish_due, stories_schedule
from articles.signoff import stories_sign_off
from tests.admin.conftest import (  # noqa: F401  (fixtures)
    chief,
    chief_client,
    editor,
    editor_client,
    form_data,
    groups,
)
from tests.review_s35.test_held_published_continuation import held, read

pytestmark = pytest.mark.django_db


def joined(tail: Article, client) -> Article:
    """The one story left, published, A1 then A2, the continuation's address leading to it."""
    story = Article.objects.get()
    assert story.status == Status.PUBLISHED
    assert [p.page.label for p in story.parts.order_by("sequence")] == ["A1", "A2"]
    assert Jump.objects.get(direction="forward").state == JumpState.LINKED
    moved = read(client, tail.get_absolute_url())
    assert moved.status_code == 301 and moved["Location"] == story.get_absolute_url()
    return story


def test_a_chief_editor_publishing_the_head_from_the_story_list_joins_it(
    tmp_path,
    chief_client,  # noqa: F811
    client,
):
    tail, _ = held(tmp_path)
    head = Article.objects.get(headline="老街改造完工")
    stories_sign_off(articles=[head])
    done = chief_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish_selected", ACTION_CHECKBOX_NAME: [head.pk]},
        follow=True,
    )
    assert done.status_code == 200
    said = " ".join(str(m) for m in done.context["messages"])
    assert "发布" in said
    joined(tail, client)


def test_a_scheduled_publication_of_the_head_joins_it(tmp_path, client):
    tail, _ = held(tmp_path)
    head = Article.objects.get(headline="老街改造完工")
    stories_sign_off(articles=[head])
    stories_schedule(articles=[head], at=timezone.now() + timedelta(minutes=5))
    assert Article.objects.count() == 2  # nothing joined before its time
    publish_due(now=timezone.now() + timedelta(minutes=6))
    joined(tail, client)


def test_an_editor_cannot_link_the_held_jump_by_hand_on_its_fix_page(
    tmp_path,
    editor_client,  # noqa: F811
    client,
):
    tail, _ = held(tmp_path)
    jump = Jump.objects.get(direction="forward")
    url = reverse("admin:articles_jump_fix", args=[jump.pk])
    page = editor_client.get(url)
    assert page.status_code == 200
    picked = editor_client.post(url, {"action": "link", "part": tail.parts.get().pk}, follow=True)
    said = " ".join(str(m) for m in picked.context["messages"]) + picked.content.decode()
    assert "须经签发" in said  # the refusal gives the reason
    assert Article.objects.count() == 2  # still held: readers keep the continuation
    assert read(client, tail.get_absolute_url()).status_code == 200


def test_the_fix_page_of_a_held_jump_says_it_is_held_for_sign_off(
    tmp_path,
    editor_client,  # noqa: F811
):
    held(tmp_path)
    jump = Jump.objects.get(direction="forward")
    page = editor_client.get(reverse("admin:articles_jump_fix", args=[jump.pk]))
    text = page.content.decode()
    assert "待目标版面" not in text
    assert "须经签发" in text


def test_a_chief_editor_publishing_the_issue_on_the_desk_needs_no_acknowledgement(
    tmp_path,
    chief_client,  # noqa: F811
    client,
):
    tail, _ = held(tmp_path)
    head = Article.objects.get(headline="老街改造完工")
    stories_sign_off(articles=[head])
    url = reverse("admin:articles_issue_publish", args=[head.issue_id])
    page = chief_client.get(url)
    data = {k: v for k, v in form_data(page).items() if k != "acknowledge_broken"}
    done = chief_client.post(url, data, follow=True).content.decode()
    assert "处转版未接好，未发布" not in done  # what it says today
    joined(tail, client)


def test_the_desk_home_says_a_held_link_waits_for_sign_off(
    tmp_path,
    editor_client,  # noqa: F811
):
    held(tmp_path)
    text = editor_client.get("/admin/").content.decode()
    assert "老街改造完工" in text
    assert "待目标版面" not in text
    assert "须经签发" in text


def test_the_jump_list_says_a_held_jump_is_held_for_sign_off(
    tmp_path,
    editor_client,  # noqa: F811
):
    held(tmp_path)
    text = editor_client.get(reverse("admin:articles_jump_changelist")).content.decode()
    # Both jumps of the link (下转 on A1, 上接 on A2), in the state column.
    assert text.count("须经签发，先不接上</td>") == 2
    assert "待目标版面</td>" not in text


def test_the_story_page_of_the_held_head_says_its_jump_is_held_for_sign_off(
    tmp_path,
    editor_client,  # noqa: F811
):
    held(tmp_path)
    head = Article.objects.get(headline="老街改造完工")
    text = editor_client.get(reverse("admin:articles_article_change", args=[head.pk]))
    assert "请总编辑签发并发布这篇稿件" in text.content.decode()


def test_turning_sign_off_off_on_the_desk_joins_the_held_link(
    tmp_path,
    chief_client,  # noqa: F811
    client,
):
    tail, _ = held(tmp_path)
    publication = tail.issue.publication
    url = reverse("admin:articles_publication_change", args=[publication.pk])
    data = {k: v for k, v in form_data(chief_client.get(url)).items() if k != "review_required"}
    assert chief_client.post(url, data).status_code == 302
    joined(tail, client)  # the head is published with the continuation it joined
