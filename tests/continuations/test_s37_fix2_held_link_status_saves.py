"""A held link (README, Continuations: 发布须经签发) is decided again however a story of it is
published or withdrawn: a story's save that changes its 状态 says so (``Article.save`` sends
``story_status_changed``, ``articles.publishing.story_status_follow`` answers), and the bulk
services, which save no row, decide once themselves. Texts from tests/review_s35."""

import pytest
from django.test import Client
from django.urls import reverse

from articles.models import Article, Jump, JumpDirection, JumpState, Status
from articles.models.stories import story_status_changed
from articles.publishing import stories_publish
from articles.signoff import stories_sign_off
from tests.admin.conftest import chief, editor, form_data, groups  # noqa: F401
from tests.review_s35.test_held_published_continuation import held

pytestmark = pytest.mark.django_db


def forward_state() -> str:
    return Jump.objects.get(direction=JumpDirection.FORWARD).state


@pytest.fixture
def sent():
    """The status changes a story's save announced during the test."""
    seen: list[tuple[int, str, str]] = []

    def spy(sender, article, before, **kwargs):
        seen.append((article.pk, before, article.status))

    story_status_changed.connect(spy, dispatch_uid="test-spy")
    yield seen
    story_status_changed.disconnect(dispatch_uid="test-spy")


def test_a_shell_save_that_publishes_the_head_links_it(tmp_path, sent):
    tail, _ = held(tmp_path)
    head = Article.objects.exclude(pk=tail.pk).get()
    stories_sign_off(articles=[head])
    head.refresh_from_db()
    head.status = Status.PUBLISHED
    head.save()
    assert sent == [(head.pk, Status.SIGNED_OFF, Status.PUBLISHED)]
    assert forward_state() == JumpState.LINKED
    assert not Article.objects.filter(pk=tail.pk).exists()  # joined its head


def test_a_save_that_keeps_the_state_announces_nothing_and_the_link_stays_held(tmp_path, sent):
    tail, _ = held(tmp_path)
    head = Article.objects.exclude(pk=tail.pk).get()
    head.headline = "老街改造工程完工"
    head.save()
    head.save(update_fields=["headline", "updated_at"])
    assert sent == []
    assert forward_state() == JumpState.PENDING  # still held: the head is not published


def test_the_list_action_decides_once_through_the_service_not_through_a_save(tmp_path, sent):
    tail, _ = held(tmp_path)
    head = Article.objects.exclude(pk=tail.pk).get()
    stories_sign_off(articles=[head])
    stories_publish(articles=Article.objects.filter(pk=head.pk))
    assert sent == []  # bulk: no row saved, so no second decision
    assert forward_state() == JumpState.LINKED


def test_withdrawing_the_published_continuation_from_its_form_joins_it_to_its_head(
    tmp_path,
    chief,  # noqa: F811
):
    tail, _ = held(tmp_path)
    client = Client()
    client.force_login(chief)
    url = reverse("admin:articles_article_change", args=[tail.pk])
    response = client.post(url, {**form_data(client.get(url)), "status": "draft", "_save": "1"})
    assert response.status_code == 302
    assert forward_state() == JumpState.LINKED  # a draft continuation joins as drafts do
    head = Article.objects.get()
    assert head.status == Status.DRAFT and len(head.parts.all()) == 2


def test_withdrawing_the_continuation_with_an_edit_to_its_text_keeps_the_edit_in_the_whole_story(
    tmp_path,
    chief,  # noqa: F811
):
    tail, _ = held(tmp_path)
    client = Client()
    client.force_login(chief)
    url = reverse("admin:articles_article_change", args=[tail.pk])
    data = form_data(client.get(url))
    data["parts-0-blocks"] += "补一句。"
    response = client.post(url, {**data, "status": "draft", "_save": "1"})
    assert response.status_code == 302
    head = Article.objects.get()  # the continuation joined its head, with the edit
    assert head.full_text().endswith("补一句。")
