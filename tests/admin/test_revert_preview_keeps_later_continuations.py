"""The version page previews what the revert does: a continuation joined after the version
(a late A2) is kept by the revert, so the preview names it as kept, not as paragraphs deleted
(a reviewer's preview listed ``删去正文第5段`` for a continuation the revert then kept)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article, Jump, JumpDirection
from tests.admin.conftest import JUMPS, form_data
from tests.factories import import_text

pytestmark = pytest.mark.django_db


def test_the_preview_keeps_a_continuation_joined_after_the_version(editor_client, seed):
    jump = Jump.objects.filter(direction=JumpDirection.FORWARD).order_by("pk").first()
    story = jump.part.article
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(editor_client.get(url))
    data["headline"] = "编辑改过的标题"
    assert editor_client.post(url, data).status_code == 302
    edited = story.history.latest("history_date")  # the version: its body is A1's alone

    import_text((JUMPS / "A2.txt").read_text(encoding="utf-8"), "A2")  # the late A2 joins
    story = Article.objects.get(pk=story.pk)
    assert [p.page.label for p in story.ordered_parts()] == ["A1", "A2"]
    continued = story.ordered_parts()[1].blocks[0]["text"]

    address = reverse("admin:articles_article_simple_history", args=[story.pk, edited.history_id])
    page = editor_client.get(address)
    html = page.content.decode()
    assert "删去正文" not in html
    assert "A2版的续文是在那个版本之后接上的，恢复后保持现状" in html

    response = editor_client.post(address, {**form_data(page), "_save": "1"}, follow=True)
    assert "A2版的续文是在那个版本之后接上的，保持现状" in response.content.decode()
    story = Article.objects.get(pk=story.pk)
    assert continued in story.full_text()  # the revert kept it, as the preview said


def test_the_preview_says_an_edited_continuation_gone_since_is_not_brought_back(
    editor_client, seed
):
    """The version holds an A2 part edited by hand; that page's import was undone and done
    again since: the old part is gone (not brought back), the new one kept, and the page does
    not say the story is the same as the version without saying so."""
    from articles.models import Page
    from articles.removal import page_remove

    import_text((JUMPS / "A2.txt").read_text(encoding="utf-8"), "A2")
    jump = Jump.objects.filter(direction=JumpDirection.FORWARD).order_by("pk").first()
    story = jump.part.article
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(editor_client.get(url))
    data["parts-1-blocks"] = data["parts-1-blocks"].replace("。", "！", 1)
    assert editor_client.post(url, data).status_code == 302
    edited = story.history.latest("history_date")

    page_remove(page=Page.objects.get(label="A2"))
    import_text((JUMPS / "A2.txt").read_text(encoding="utf-8"), "A2")
    address = reverse("admin:articles_article_simple_history", args=[story.pk, edited.history_id])
    html = editor_client.get(address).content.decode()
    assert "那个版本里A2版的那段正文已不在这篇稿件里" in html and "不会恢复" in html
    assert "A2版的续文是在那个版本之后接上的，恢复后保持现状" in html
    assert ">稿件现在的内容与这个版本相同" not in html  # not said bare: parts differ
