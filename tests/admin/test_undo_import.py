"""Undoing a wrong import: “撤销本版导入” on a page and “删除本期” on an issue, for editors.

A confirmation lists exactly what goes (stories, parts, photos, jumps, hand edits that would be
lost); confirming removes all of it in one transaction and records it in history (who, when,
what). A story continued from another page that stays loses only its part there, and its jump
waits for that page again. The buttons are shown only to those who may use them; Django's own
delete (which would cut stories in half) to nobody."""

from unittest import mock

import pytest
from django.contrib.admin.models import LogEntry
from django.test import Client
from django.urls import reverse

from articles.models import (
    Article,
    ArticlePart,
    Issue,
    Jump,
    JumpState,
    Page,
    Photo,
    Publication,
    Teaser,
)
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db


def undo_url(page):
    return reverse("admin:articles_page_undo_import", args=[page.pk])


def remove_url(issue):
    return reverse("admin:articles_issue_remove", args=[issue.pk])


def confirm(client, address):
    page = client.get(address)
    assert page.status_code == 200
    return client.post(address, {**form_data(page, "removal-form"), "confirm": "1"})


def edit_a2_continuation(client):
    """An editor corrects the A2 continuation of the 讲评会 story (a hand edit on A2)."""
    part = ArticlePart.objects.get(page__label="A2", article__page__label="A1", position=4)
    url = reverse("admin:articles_articlepart_change", args=[part.pk])
    data = form_data(client.get(url))
    data["blocks"] = data["blocks"].replace("王晖要求", "王晖强调")
    assert client.post(url, {**data, "_save": "1"}).status_code == 302
    return part


def test_undoing_a_page_lists_what_goes_and_changes_nothing_until_confirmed(
    editor_client, seed_with_a2
):
    story = edit_a2_continuation(editor_client).article
    a2 = Page.objects.get(label="A2")
    before = ArticlePart.objects.count()
    html = editor_client.get(undo_url(a2)).content.decode()
    plan = html.split('id="removal-plan"')[1].split("</form>")[0]
    assert "其他版面稿件在本版的续文（4）" in plan
    assert f"A1版“{story.title}”在本版的续文" in plan
    assert "转版标记（4）" in plan
    hand_edits = html.split('id="removal-hand-edits"')[1].split("</div>")[0]
    assert "将丢失的人工修改（1 处）" in hand_edits and "desk-editor" in hand_edits
    assert ArticlePart.objects.count() == before and Page.objects.filter(pk=a2.pk).exists()


def test_undoing_a_continuation_page_leaves_the_stories_with_their_first_part_and_open_jumps(
    editor_client, editor, seed_with_a2
):
    a2 = Page.objects.get(label="A2")
    stories = set(Article.objects.filter(page__label="A1").values_list("pk", flat=True))
    response = confirm(editor_client, undo_url(a2))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=a2.pk).exists()
    assert not ArticlePart.objects.filter(page__label="A2").exists()
    assert set(Article.objects.values_list("pk", flat=True)) == stories  # A1's stories stay
    forward = Jump.objects.filter(direction="forward")
    assert forward.count() == 4 and {j.state for j in forward} == {JumpState.PENDING}
    gone = ArticlePart.history.filter(history_type="-")
    assert gone.count() == 4 and {r.history_user for r in gone} == {editor}
    record = Issue.objects.get().history.first()
    assert record.history_user == editor
    assert record.history_change_reason.startswith("撤销本版导入（A2版）：4 段续文")
    assert LogEntry.objects.filter(change_message__startswith="撤销A2版导入").exists()


def test_undoing_the_first_page_keeps_the_continuations_as_stories_of_their_own(
    editor_client, seed_with_a2
):
    a1 = Page.objects.get(label="A1")
    confirm(editor_client, undo_url(a1))
    assert not Page.objects.filter(label="A1").exists()
    assert not Photo.objects.exists() and not Teaser.objects.exists()
    a2_parts = ArticlePart.objects.filter(page__label="A2")
    assert a2_parts.count() == 4
    assert all(part.sequence == 0 and part.article.page.label == "A2" for part in a2_parts)
    assert Article.objects.count() == 4


def test_deleting_an_issue_removes_everything_imported_into_it_and_says_who(
    editor_client, editor, seed_with_a2
):
    issue = Issue.objects.get()
    html = editor_client.get(remove_url(issue)).content.decode()
    assert "版面（2）" in html and "稿件（5）" in html and "图片（1）" in html
    assert confirm(editor_client, remove_url(issue)).status_code == 302
    for model in (Issue, Page, Article, ArticlePart, Photo, Teaser, Jump):
        assert not model.objects.exists(), model
    assert Publication.objects.exists()
    record = Issue.history.get(history_type="-")
    assert record.history_user == editor and record.history_change_reason.startswith("删除本期")
    assert Article.history.filter(history_type="-", history_user=editor).count() == 5


def test_a_confirmation_made_stale_by_a_later_change_removes_nothing(editor_client, seed_with_a2):
    a2 = Page.objects.get(label="A2")
    page = editor_client.get(undo_url(a2))
    edit_a2_continuation(editor_client)  # meanwhile, another editor's hand edit
    response = editor_client.post(undo_url(a2), {**form_data(page, "removal-form"), "confirm": "1"})
    assert response.status_code == 200 and "什么都没有删除" in response.content.decode()
    assert Page.objects.filter(pk=a2.pk).exists()


def test_a_removal_that_fails_halfway_removes_nothing(editor_client, seed_with_a2):
    issue = Issue.objects.get()
    counts = {m: m.objects.count() for m in (Page, Article, ArticlePart, Photo, Jump)}
    with (
        mock.patch.object(Photo, "delete", side_effect=RuntimeError("disk full")),
        pytest.raises(RuntimeError),
    ):
        confirm(editor_client, remove_url(issue))
    assert {m: m.objects.count() for m in counts} == counts


def test_the_buttons_are_shown_only_to_those_who_may_use_them(
    editor_client, viewer, admin_user, seed
):
    page, issue = Page.objects.get(), Issue.objects.get()
    story = Article.objects.first()
    as_editor = editor_client.get(reverse("admin:articles_page_change", args=[page.pk]))
    assert "撤销本版导入" in as_editor.content.decode()
    as_editor = editor_client.get(reverse("admin:articles_issue_change", args=[issue.pk]))
    assert "删除本期" in as_editor.content.decode()

    viewer_client = Client()
    viewer_client.force_login(viewer)
    for url in (
        reverse("admin:articles_page_change", args=[page.pk]),
        reverse("admin:articles_issue_change", args=[issue.pk]),
    ):
        html = viewer_client.get(url).content.decode()
        assert "撤销本版导入" not in html and "删除本期" not in html
    assert viewer_client.get(undo_url(page)).status_code == 403

    root = Client()
    root.force_login(admin_user)
    for url in (
        reverse("admin:articles_page_change", args=[page.pk]),
        reverse("admin:articles_issue_change", args=[issue.pk]),
        reverse("admin:articles_article_change", args=[story.pk]),
    ):
        assert 'class="deletelink"' not in root.get(url).content.decode(), url
    for name in ("page", "issue", "article"):
        html = root.get(reverse(f"admin:articles_{name}_changelist")).content.decode()
        assert 'value="delete_selected"' not in html, name
