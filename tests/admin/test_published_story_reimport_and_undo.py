"""On a paper that requires sign-off, what readers see is the chief editor's to change: an
editor's re-upload of a page whose text corrects a published story is refused for that page
(named in the preview, nothing of it written), and so is an editor's 撤销本版导入 or 删除本期
that would delete published stories; a chief editor does both. On a paper without sign-off
the confirmation still says which of the stories going are published. (A reviewer's editor
changed 第四次 to 第五次 live by re-uploading A1, and deleted a published story with
撤销本版导入.)"""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article, Issue, Page, Publication, Status
from tests.admin.conftest import form_data
from tests.admin.test_upload import SEED_FIELDS, confirm, page_file, preview
from tests.factories import SEED

pytestmark = pytest.mark.django_db

OLD, NEW = "二季度全市重大项目推进情况汇报会", "三季度全市重大项目推进情况汇报会"


@pytest.fixture
def published(seed):
    """The seed paper requiring sign-off, its issue and stories published."""
    Publication.objects.update(review_required=True)
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)


def corrected_a1():
    text = SEED.read_text(encoding="utf-8")
    assert OLD in text
    return page_file("A1.txt", text.replace(OLD, NEW, 1).encode())


def printed() -> str:
    return " ".join(Article.objects.values_list("kicker", flat=True))


def test_an_editors_reupload_correcting_a_published_story_is_refused_for_that_page(
    editor_client, published
):
    shown = preview(editor_client, [corrected_a1()], **SEED_FIELDS)
    html = shown.content.decode()
    assert (
        "本报须经签发：重新导入会改动读者正在看的内容，只有总编辑（签发权限）可以导入这一版" in html
    )
    assert "无法导入 A1.txt" in html
    assert NEW not in printed()


def test_a_chief_editors_reupload_corrects_the_published_story(chief_client, published):
    confirm(chief_client, preview(chief_client, [corrected_a1()], **SEED_FIELDS))
    assert NEW in printed()
    assert Article.objects.filter(kicker__contains=NEW, status=Status.PUBLISHED).exists()


def test_the_same_page_again_is_no_change_and_goes_through_for_an_editor(editor_client, published):
    shown = preview(editor_client, [page_file("A1.txt", SEED.read_bytes())], **SEED_FIELDS)
    assert "本报须经签发" not in shown.content.decode()
    assert shown.context["token"]


def undo(client, page):
    return reverse("admin:articles_page_undo_import", args=[page.pk])


def test_an_editors_undo_of_a_page_with_published_stories_is_refused_saying_why(
    editor_client, chief_client, published
):
    page = Page.objects.get(label="A1")
    shown = editor_client.get(undo(editor_client, page)).content.decode()
    assert "只有总编辑（签发权限）可以撤销本版导入" in shown
    assert 'name="confirm"' not in shown
    sent = {**form_data(chief_client.get(undo(chief_client, page)), "removal-form"), "confirm": "1"}
    answer = editor_client.post(undo(editor_client, page), sent)
    assert "什么都没有删除" in answer.content.decode()
    assert Article.objects.count() == 5


def test_a_chief_editor_undoes_it(chief_client, published):
    page = Page.objects.get(label="A1")
    sent = {**form_data(chief_client.get(undo(chief_client, page)), "removal-form"), "confirm": "1"}
    chief_client.post(undo(chief_client, page), sent)
    assert not Article.objects.exists()


def test_an_editors_deletion_of_an_issue_with_published_stories_is_refused(
    editor_client, published
):
    issue = Issue.objects.get()
    address = reverse("admin:articles_issue_remove", args=[issue.pk])
    assert "只有总编辑（签发权限）可以删除本期" in editor_client.get(address).content.decode()


def test_without_sign_off_the_confirmation_says_which_stories_are_published(editor_client, seed):
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.filter(position=1).update(status=Status.PUBLISHED)
    page = Page.objects.get(label="A1")
    shown = editor_client.get(undo(editor_client, page)).content.decode()
    assert "其中 1 篇已发布，读者正在看" in shown and "——已发布，读者正在看" in shown
    assert 'name="confirm"' in shown
