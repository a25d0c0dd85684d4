"""A continuation edited at the desk while it stood alone keeps that edit as an edit once it
joins the story it continues.

The steps, as the desk posts them: A2 (``（上接A1版）``) imported before A1, so its continuation is
a story of its own; an editor corrects a figure in it (一千万 → 一千二百万) in the story's form;
A1 comes (the importer joins the two); A2 is re-sent with a correction of the page's own
(一千万 → 两千万). The joined story kept no trace of the edit: not edited by hand, no history,
so the re-send overwrote the editor's figure without a word (the editor's text had become the
page's text), and no 版面文本与这篇稿件不同 was offered. Now the story says the page's change
against the text as imported, keeps the editor's figure, offers 采用版面文本, and its history
shows the import's version and the edit by the editor (``articles/continuations/handedits.py``).
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.continuations.published import HAND_EDITED_JOIN_REASON, HAND_EDITED_KEPT_REASON
from articles.models import Article
from tests.admin.conftest import form_data
from tests.admin.test_late_continuation_page_text import CONTINUED, JUMPING, publish, upload

pytestmark = pytest.mark.django_db
CHANGE = "版面文本有改动：第1段“…力将增加一千万吨。”→“…力将增加两千万吨。”"


def edit_the_continuation(client) -> Article:
    """The continuation's own story, its figure corrected in its form as the page posts it."""
    story = Article.objects.get()
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(client.get(url))
    assert data["parts-0-blocks"] == "新泊位建成后，港口年吞吐能力将增加一千万吨。"
    data["parts-0-blocks"] = "新泊位建成后，港口年吞吐能力将增加一千二百万吨。"
    assert client.post(url, {**data, "_save": "保存"}).status_code == 302
    return story


@pytest.fixture
def joined(editor_client):
    upload(editor_client, "A2", CONTINUED)
    edit_the_continuation(editor_client)
    upload(editor_client, "A1", JUMPING)
    story = Article.objects.get()
    assert [p.page.label for p in story.parts.all()] == ["A1", "A2"]
    return story


def continuation(story: Article) -> str:
    return story.parts.get(page__label="A2").blocks[0]["text"]


def test_the_joined_story_is_edited_by_hand_and_keeps_the_editors_text(editor_client, joined):
    joined.refresh_from_db()
    assert joined.edited_at is not None
    said = upload(editor_client, "A2", CONTINUED.replace("一千万", "两千万"))
    [line] = [m for m in said if "港口建设提速" in m and "编辑改过" in m]
    assert CHANGE in line  # (the page's change, against the text as imported)
    assert "一千二百万" not in line
    assert "一千二百万吨" in continuation(Article.objects.get(pk=joined.pk))


def test_the_story_form_offers_the_page_text_against_the_imported_baseline(editor_client, joined):
    upload(editor_client, "A2", CONTINUED.replace("一千万", "两千万"))
    url = reverse("admin:articles_article_change", args=[joined.pk])
    html = editor_client.get(url).content.decode()
    assert "版面文本与这篇稿件不同（A2版 " in html and CHANGE.split("：", 1)[1] in html
    a2 = joined.parts.get(page__label="A2").page
    take = reverse("admin:articles_article_page_text", args=[joined.pk, a2.pk])
    assert f'href="{take}"' in html
    assert (
        editor_client.post(take, form_data(editor_client.get(take), "page-text-form")).status_code
        == 302
    )
    assert "两千万吨" in continuation(Article.objects.get(pk=joined.pk))


def test_its_history_shows_the_imported_text_then_the_editors_edit(editor_client, editor, joined):
    records = list(joined.history.order_by("history_date", "history_id"))
    reasons = [r.history_change_reason for r in records]
    assert reasons[-2:] == [HAND_EDITED_JOIN_REASON, HAND_EDITED_KEPT_REASON]
    imported, kept = records[-2:]
    a2 = lambda record: next(p for p in record.story["parts"] if p["page"] == "A2")  # noqa: E731
    assert a2(imported)["blocks"][0]["text"].endswith("一千万吨。")
    assert a2(kept)["blocks"][0]["text"].endswith("一千二百万吨。")
    assert kept.history_user == editor and imported.history_user is None
    page = editor_client.get(reverse("admin:articles_article_history", args=[joined.pk]))
    assert HAND_EDITED_KEPT_REASON in page.content.decode()


def test_a_continuation_never_edited_joins_as_before(editor_client):
    upload(editor_client, "A2", CONTINUED)
    upload(editor_client, "A1", JUMPING)
    story = Article.objects.get()
    assert story.edited_at is None and not story.history.exists()
    upload(editor_client, "A2", CONTINUED.replace("一千万", "两千万"))
    assert "两千万吨" in continuation(Article.objects.get(pk=story.pk))  # (the import updates it)


def test_a_published_continuation_edited_then_joined_keeps_the_edit(editor_client):
    upload(editor_client, "A2", CONTINUED)
    publish()
    edit_the_continuation(editor_client)
    upload(editor_client, "A1", JUMPING)
    story = Article.objects.get()
    said = upload(editor_client, "A2", CONTINUED.replace("一千万", "两千万"))
    [line] = [m for m in said if "港口建设提速" in m and "编辑改过" in m]
    assert CHANGE in line
    assert "一千二百万吨" in continuation(Article.objects.get(pk=story.pk))
