"""A story's version is all of it: deck, dateline, byline, reporters, status and the text of every
printed part. Reverting restores all of it in one transaction; the history shows all of it, the
body diffed by character with paragraphs named by their number in the story."""

from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse

from articles.models import Article
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db


def change_url(story):
    return reverse("admin:articles_article_change", args=[story.pk])


def version_url(story, record):
    return reverse("admin:articles_article_simple_history", args=[story.pk, record.history_id])


@pytest.fixture
def story(seed):
    return Article.objects.get(position=2, page__label="A1")


def edit_story(client, story, *, headline=None, body=None, reporters=None):
    """Save the story form as a browser would, with a new headline and/or body text."""
    data = form_data(client.get(change_url(story)))
    if headline is not None:
        data["headline"] = headline
    if body is not None:
        data["parts-0-blocks"] = body(data["parts-0-blocks"])
    if reporters is not None:
        reporters(data)
    response = client.post(change_url(story), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    story.refresh_from_db()


def test_reverting_a_story_restores_its_body_and_its_headline(editor_client, story):
    part = story.parts.get()
    printed_headline, printed_blocks = story.headline, part.blocks
    edit_story(
        editor_client,
        story,
        headline="改错了的标题",
        body=lambda text: text.replace("。", "！", 1),
    )
    part.refresh_from_db()
    assert story.headline == "改错了的标题" and part.blocks != printed_blocks

    baseline = story.history.earliest("history_date")
    address = version_url(story, baseline)
    page = editor_client.get(address)
    assert page.status_code == 200
    response = editor_client.post(address, {**form_data(page), "_save": "1"})
    assert response.status_code == 302

    story.refresh_from_db()
    part.refresh_from_db()
    assert story.headline == printed_headline
    assert part.blocks == printed_blocks
    assert story.is_edited
    assert story.history.first().history_change_reason == "恢复到历史版本"


def test_reverting_restores_the_reporters(editor_client, story):
    names = story.reporter_names()
    assert names, "the seed story has reporters"

    def drop_all(data):
        for key in [k for k in data if k.startswith("bylines-") and k.endswith("-id")]:
            data[key.removesuffix("-id") + "-DELETE"] = "on"

    edit_story(editor_client, story, reporters=drop_all)
    assert story.reporter_names() == []
    baseline = story.history.earliest("history_date")
    page = editor_client.get(version_url(story, baseline))
    editor_client.post(version_url(story, baseline), {**form_data(page), "_save": "1"})
    assert Article.objects.get(pk=story.pk).reporter_names() == names


def test_the_version_page_shows_the_body_of_that_version(editor_client, story):
    part = story.parts.get()
    first = part.blocks[0]["text"]
    edit_story(editor_client, story, body=lambda text: "全新的第一段。\r\n\r\n" + text)
    baseline = story.history.earliest("history_date")
    html = editor_client.get(version_url(story, baseline)).content.decode()
    assert first in html
    assert "全新的第一段" in html  # what the revert would take out, in its diff


def test_the_history_diffs_the_body_by_character_and_names_paragraphs_by_number(
    editor_client, story
):
    part = story.parts.get()
    second = part.blocks[1]["text"]
    changed = second.replace("，", "；", 1)
    edit_story(editor_client, story, body=lambda text: text.replace(second, changed, 1))
    html = editor_client.get(
        reverse("admin:articles_article_history", args=[story.pk])
    ).content.decode()
    assert "正文第2段" in html
    assert '<del class="diff-del">，</del><ins class="diff-ins">；</ins>' in html
    assert f'<del class="diff-del">{second}</del>' not in html  # not the whole paragraph


def test_a_revert_that_fails_halfway_writes_nothing(editor, story):
    from articles.editing import hand_edit, story_revert

    part = story.parts.get()
    hand_edit([story, part])  # the imported version, recorded
    part.blocks = [{"kind": "paragraph", "text": "后来改的正文。"}]
    part.save()
    story.headline = "后来改的标题"
    story.save()
    baseline = story.history.earliest("history_date")
    with (
        mock.patch.object(Article, "save", side_effect=RuntimeError("disk full")),
        pytest.raises(RuntimeError),
    ):
        story_revert(article=story, record=baseline, user=editor)
    story.refresh_from_db()
    part.refresh_from_db()
    assert story.headline == "后来改的标题"
    assert part.blocks == [{"kind": "paragraph", "text": "后来改的正文。"}]


def test_a_viewer_sees_a_version_but_cannot_revert_it(viewer, editor_client, story):
    edit_story(editor_client, story, headline="改过的标题")
    viewer_client = Client()
    viewer_client.force_login(viewer)
    baseline = story.history.earliest("history_date")
    page = viewer_client.get(version_url(story, baseline))
    assert page.status_code == 200 and "恢复到此版本" not in page.content.decode()
    assert viewer_client.post(version_url(story, baseline), {"_save": "1"}).status_code == 403


def test_a_revert_from_a_page_opened_before_a_later_save_is_refused(editor_client, story):
    edit_story(editor_client, story, headline="第一次改的标题")
    baseline = story.history.earliest("history_date")
    opened = editor_client.get(version_url(story, baseline))
    edit_story(editor_client, story, headline="另一位编辑后来改的标题")
    response = editor_client.post(version_url(story, baseline), {**form_data(opened), "_save": "1"})
    assert response.status_code == 200 and "已被修改" in response.content.decode()
    assert 'id="reload-fresh-form"' in response.content.decode()
    story.refresh_from_db()
    assert story.headline == "另一位编辑后来改的标题"
