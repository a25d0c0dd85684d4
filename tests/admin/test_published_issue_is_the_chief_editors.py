"""On a paper that requires sign-off, what readers see on a published issue beside its stories
(导读, photos standing alone, pages' 版名, photos and zones, 期号) is changed only by a chief
editor, as its published stories are: the forms are read-only to an editor (saying why), a POST
of them is refused saying why, and so are list actions and spreadsheet rows. A reviewer's editor
changed a published 导读, a standing photo's caption and a page's 版名, each public at once."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article, Issue, Page, Photo, Publication, Status, Teaser
from articles.signoff import PUBLISHED_ISSUE_LOCKED_MESSAGE
from tests.admin.conftest import form_data
from tests.admin.test_spreadsheets import CSV, as_file, dataset, export, import_preview

pytestmark = pytest.mark.django_db

REASON = PUBLISHED_ISSUE_LOCKED_MESSAGE[:20]


@pytest.fixture
def published(seed_with_a2):
    """The seed paper requiring sign-off, its issue and stories published."""
    Publication.objects.update(review_required=True)
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)
    return Issue.objects.get()


def change_url(model: str, obj) -> str:
    return reverse(f"admin:articles_{model}_change", args=[obj.pk])


def _refused_post(editor_client, url, data) -> str:
    response = editor_client.post(url, {**data, "_save": "保存"}, follow=True)
    assert response.redirect_chain == [(url, 302)]
    return response.content.decode()


def test_an_editors_teaser_change_on_a_published_issue_is_refused_saying_why(
    editor_client, chief_client, published
):
    teaser = Teaser.objects.order_by("pk").first()
    url = change_url("teaser", teaser)
    html = editor_client.get(url).content.decode()
    assert REASON in html and 'name="title_lines"' not in html
    data = form_data(chief_client.get(url))  # a form opened before it was read-only
    data["title_lines"] += "（编辑改导读）"
    html = _refused_post(editor_client, url, data)
    assert REASON in html and "您这次的修改没有保存" in html and "成功修改" not in html
    teaser.refresh_from_db()
    assert not any("编辑改导读" in line for line in teaser.title_lines)


def test_a_chief_editor_changes_a_teaser_and_an_editor_does_on_a_paper_without_sign_off(
    editor_client, chief_client, published
):
    teaser = Teaser.objects.order_by("pk").first()
    url = change_url("teaser", teaser)
    for client, paper_review in ((chief_client, True), (editor_client, False)):
        Publication.objects.update(review_required=paper_review)
        data = form_data(client.get(url))
        data["title_lines"] += "（改）"
        assert client.post(url, {**data, "_save": "保存"}).status_code == 302
    teaser.refresh_from_db()
    assert "".join(teaser.title_lines).count("（改）") == 2


def test_an_editors_caption_of_a_standing_photo_on_a_published_issue_is_refused(
    editor_client, chief_client, published
):
    photo = Photo.objects.order_by("pk").first()
    Photo.objects.filter(pk=photo.pk).update(article=None)
    url = change_url("photo", photo)
    assert REASON in editor_client.get(url).content.decode()
    data = form_data(chief_client.get(url))
    data["caption"] = "编辑改的图注"
    assert REASON in _refused_post(editor_client, url, data)
    photo.refresh_from_db()
    assert photo.caption != "编辑改的图注"


def test_an_editors_section_name_of_a_published_page_is_refused_with_its_rows(
    editor_client, chief_client, published
):
    page = Page.objects.get(label="A1")
    url = change_url("page", page)
    html = editor_client.get(url).content.decode()
    assert REASON in html and 'name="section"' not in html and 'name="photos-0-caption"' not in html
    data = form_data(chief_client.get(url))
    data["section"] = "编辑私改栏目"
    assert REASON in _refused_post(editor_client, url, data)
    page.refresh_from_db()
    assert page.section != "编辑私改栏目"
    reparse = reverse("admin:articles_page_reparse", args=[page.pk])
    assert editor_client.post(reparse, {}).status_code == 302  # refused, back to the form
    data = form_data(chief_client.get(url))
    data["section"] = "总编改的栏目"
    assert chief_client.post(url, {**data, "_save": "保存"}).status_code == 302
    page.refresh_from_db()
    assert page.section == "总编改的栏目"


def test_the_page_list_actions_leave_a_published_page_alone_saying_why(editor_client, published):
    page = Page.objects.get(label="A1")
    changelist = reverse("admin:articles_page_changelist")
    data = {"action": "reparse_selected", "index": "0", "_selected_action": [str(page.pk)]}
    response = editor_client.post(changelist, data, follow=True)
    html = response.content.decode()
    assert REASON in html and "没有处理" in html and "无法重新解析" not in html


def test_a_spreadsheet_row_changing_a_published_pages_section_is_refused(editor_client, published):
    ds = dataset(export(editor_client, "page", CSV), CSV)
    column = ds.headers.index("版名")
    rows = [list(r) for r in ds]
    rows[0][column] = "表格改的栏目"
    ds.dict = [dict(zip(ds.headers, r, strict=True)) for r in rows]
    html = import_preview(editor_client, "page", as_file(ds, CSV), CSV).content.decode()
    assert REASON in html and 'name="import_file_name"' not in html
    assert not Page.objects.filter(section="表格改的栏目").exists()


def test_the_issue_number_is_the_chief_editors_once_published(editor_client, published):
    html = editor_client.get(change_url("issue", published)).content.decode()
    assert 'name="number"' not in html
    Publication.objects.update(review_required=False)
    assert 'name="number"' in editor_client.get(change_url("issue", published)).content.decode()


def test_deleting_a_published_issues_teaser_is_refused_to_an_editor(editor_client, published):
    teaser = Teaser.objects.order_by("pk").first()
    changelist = reverse("admin:articles_teaser_changelist")
    data = {"action": "delete_selected", "index": "0", "_selected_action": [str(teaser.pk)]}
    editor_client.post(changelist, {**data, "post": "yes"})
    assert Teaser.objects.filter(pk=teaser.pk).exists()
    url = reverse("admin:articles_teaser_delete", args=[teaser.pk])
    assert editor_client.post(url, {"post": "yes"}).status_code == 403
    assert Teaser.objects.filter(pk=teaser.pk).exists()


def test_the_papers_name_and_address_are_the_chief_editors_once_an_issue_is_out(
    editor_client, published
):
    paper = Publication.objects.get()
    url = change_url("publication", paper)
    html = editor_client.get(url).content.decode()
    assert 'name="name"' not in html and 'name="slug"' not in html
    Issue.objects.update(status=Status.DRAFT)
    assert 'name="name"' in editor_client.get(url).content.decode()


def _edited(resource, column: str, value: str):
    ds = resource().export()
    rows = [list(r) for r in ds]
    rows[0][ds.headers.index(column)] = value
    ds.dict = [dict(zip(ds.headers, r, strict=True)) for r in rows]
    return ds


def test_spreadsheet_rows_changing_a_published_issues_number_or_standing_photo_are_refused(
    editor, chief, published
):
    from articles.spreadsheets.issues import IssueResource
    from articles.spreadsheets.photos import PhotoResource

    Photo.objects.update(article=None)
    for resource, column, value in (
        (IssueResource, "期号", "99999"),
        (PhotoResource, "图片说明", "表格改的图注"),
    ):
        result = resource().import_data(
            _edited(resource, column, value), dry_run=False, user=editor
        )
        assert any(REASON in str(r.error_dict) for r in result.invalid_rows), resource
    assert Issue.objects.get().number != 99999
    assert not Photo.objects.filter(caption="表格改的图注").exists()
    result = IssueResource().import_data(
        _edited(IssueResource, "期号", "99999"), dry_run=False, user=chief
    )
    assert not result.invalid_rows and Issue.objects.get().number == 99999
