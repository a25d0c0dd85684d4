"""A 保存 at the desk whose only difference is white space the form does not keep saves
nothing: a textarea's line breaks, which the browser sends as CRLF, and spaces the form's
cleaning drops (at a paragraph's or a title's ends, kept by an import) leave the story's
更新时间 (the feeds' ``<updated>``), ``edited_at`` and history alone. A space the form keeps
is an edit. Each posts what the rendered form sends (``form_data``: line breaks as CRLF)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from django.urls import reverse

from articles.models import Article, ArticlePart, Photo
from tests.admin.conftest import form_data
from tests.admin.test_feed_updated_on_noop_save import feed_updated
from tests.public.people_feeds import credited_story

pytestmark = pytest.mark.django_db
LONG_AGO = datetime(2021, 3, 5, 8, 0, tzinfo=UTC)


@pytest.fixture
def story(db):
    story = credited_story("跨江大桥完成检修", date(2021, 3, 4), photographer="李明")
    Article.objects.filter(pk=story.pk).update(updated_at=LONG_AGO)
    return Article.objects.get(pk=story.pk)


def save(client, url: str, change=None) -> None:
    data = form_data(client.get(url))
    response = client.post(url, {**(change(data) if change else data), "_save": "保存"})
    assert response.status_code == 302, response.content.decode()[:3000]


def story_url(story: Article) -> str:
    return reverse("admin:articles_article_change", args=[story.pk])


def assert_untouched(client, story: Article, shown: list[str], records: int) -> None:
    assert feed_updated(client, story) == shown
    again = Article.objects.get(pk=story.pk)
    assert again.updated_at == LONG_AGO and again.edited_at is None
    assert again.history.count() == records


def test_a_caption_with_a_line_break_sent_as_crlf_saves_nothing(client, editor_client, story):
    Photo.objects.filter(article=story).update(caption="大桥全景。\n左为新建引桥。")
    shown, records = feed_updated(client, story), story.history.count()
    save(editor_client, story_url(story))
    assert_untouched(client, story, shown, records)
    assert Photo.objects.get(article=story).caption == "大桥全景。\n左为新建引桥。"


def test_spaces_an_import_kept_at_the_ends_of_a_title_and_a_paragraph_save_nothing(
    client, editor_client, story
):
    Article.objects.filter(pk=story.pk).update(headline="跨江大桥完成检修 ")
    blocks = [{"kind": "paragraph", "text": "\u3000\u3000记者从有关部门获悉。 "}]
    ArticlePart.objects.filter(article=story).update(blocks=blocks)
    shown, records = feed_updated(client, story), story.history.count()

    def typed_at_the_ends(data):
        return {**data, "parts-0-blocks": data["parts-0-blocks"] + " \r\n", "byline": " "}

    save(editor_client, story_url(story), typed_at_the_ends)
    assert_untouched(client, story, shown, records)
    assert ArticlePart.objects.get(article=story).blocks == blocks


def test_a_title_line_with_a_trailing_space_on_the_parts_form_saves_nothing(
    client, editor_client, story
):
    ArticlePart.objects.filter(article=story).update(title_lines=["跨江大桥完成检修 "])
    shown, records = feed_updated(client, story), story.history.count()
    part = story.parts.get()
    save(editor_client, reverse("admin:articles_articlepart_change", args=[part.pk]))
    assert_untouched(client, story, shown, records)


def test_a_space_kept_inside_a_paragraph_is_an_edit(client, editor_client, story):
    shown = feed_updated(client, story)

    def spaced(data):
        return {**data, "parts-0-blocks": data["parts-0-blocks"].replace("记者", "记者 ")}

    save(editor_client, story_url(story), spaced)
    assert feed_updated(client, story) != shown
    assert Article.objects.get(pk=story.pk).updated_at > LONG_AGO
    assert "记者 从" in ArticlePart.objects.get(article=story).blocks[0]["text"]


def test_an_edited_caption_keeps_its_line_breaks_as_typed(editor_client, story):
    Photo.objects.filter(article=story).update(caption="大桥全景。\n左为新建引桥。")

    def edited(data):
        return {**data, "photos-0-caption": data["photos-0-caption"].replace("新建", "新修")}

    save(editor_client, story_url(story), edited)
    assert Photo.objects.get(article=story).caption == "大桥全景。\n左为新修引桥。"
