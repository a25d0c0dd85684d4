"""A story saved at the desk without a change (the editor opened its form and pressed 保存)
leaves what readers see alone: its feed entry's ``<updated>`` (and the feed's) and its 更新时间
stay as they were. A real edit still moves them. Each posts what the rendered form sends."""

from __future__ import annotations

from datetime import UTC, date, datetime
from xml.etree import ElementTree

import pytest
from django.core.cache import cache
from django.urls import reverse

from articles.models import Article
from tests.admin.conftest import form_data
from tests.public.people_feeds import ATOM, credited_story

pytestmark = pytest.mark.django_db
LONG_AGO = datetime(2021, 3, 5, 8, 0, tzinfo=UTC)


def feed_updated(client, article: Article) -> list[str]:
    """The feed's own ``<updated>`` and the story's entry's (read afresh, not from the cache)."""
    cache.clear()
    url = reverse("articles:feed", kwargs={"paper": article.issue.publication.slug})
    response = client.get(url)
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    (entry,) = root.iter(f"{ATOM}entry")
    return [root.findtext(f"{ATOM}updated"), entry.findtext(f"{ATOM}updated")]


@pytest.fixture
def story(db):
    story = credited_story("跨江大桥完成检修", date(2021, 3, 4), reporters=("王刚",))
    Article.objects.filter(pk=story.pk).update(updated_at=LONG_AGO)
    return Article.objects.get(pk=story.pk)


def save(client, story: Article, change=None):
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(client.get(url))
    if change:
        data = change(data)
    response = client.post(url, {**data, "_save": "保存"})
    assert response.status_code == 302, response.content.decode()[:3000]


def test_saving_a_story_without_a_change_leaves_its_feed_updated_and_history_alone(
    client, editor_client, story
):
    shown = feed_updated(client, story)
    records = story.history.count()
    save(editor_client, story)
    assert feed_updated(client, story) == shown
    again = Article.objects.get(pk=story.pk)
    assert again.updated_at == LONG_AGO and again.edited_at is None
    assert again.history.count() == records


def test_an_edit_moves_the_feeds_updated(client, editor_client, story):
    shown = feed_updated(client, story)

    def corrected(data):
        return {**data, "parts-0-blocks": data["parts-0-blocks"].replace("获悉", "得知")}

    save(editor_client, story, corrected)
    assert feed_updated(client, story) != shown
    assert Article.objects.get(pk=story.pk).updated_at > LONG_AGO


def test_saving_a_part_on_its_own_form_without_a_change_leaves_its_story_alone(
    client, editor_client, story
):
    shown = feed_updated(client, story)
    url = reverse("admin:articles_articlepart_change", args=[story.parts.get().pk])
    response = editor_client.post(url, {**form_data(editor_client.get(url)), "_save": "保存"})
    assert response.status_code == 302, response.content.decode()[:3000]
    assert feed_updated(client, story) == shown
    again = Article.objects.get(pk=story.pk)
    assert again.updated_at == LONG_AGO and again.edited_at is None
