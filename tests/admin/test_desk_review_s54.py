"""Smaller defects a fresh reviewer found at the desk (session 54): each test names what the
desk says now."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.admin.pdfuploads import FIELDS, imported
from tests.admin.test_upload_pdf_alone_keeps_text import front  # noqa: F401

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"


def test_a_pdf_alone_for_a_page_that_keeps_its_text_counts_its_stories_once(
    editor_client,
    front,  # noqa: F811
    tmp_path,
):
    text = tmp_path / "1.txt"
    text.write_text(front.text, encoding="utf-8")
    imported(tmp_path, text)
    files = [SimpleUploadedFile("1.pdf", front.pdf, content_type="application/pdf")]
    response = editor_client.post(UPLOAD, {**FIELDS, "files": files})
    body = response.content.decode()
    report = response.context["preview"][0]["outcome"].report
    assert report.articles == 3 and "3 篇稿件" in response.context["preview"][0]["summary"]
    assert "稿件（0 篇）" not in body and "图片（0 张）" not in body
    assert "稿件（3 篇，照旧）" in body
    assert "1.txt，不重新解析：导入后本版仍是现有的 3 篇稿件、1 张图片" in body


def test_a_pdf_named_as_text_is_told_to_be_renamed(editor_client):
    pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"
    files = [SimpleUploadedFile("A1.txt", pdf, content_type="text/plain")]
    response = editor_client.post(UPLOAD, {**FIELDS, "files": files})
    said = " ".join(response.context["form"].non_field_errors())
    assert "A1.txt：这是一个 PDF 文件" in said and "请把文件名改为“A1.pdf”后再上传" in said
    assert "请把版面导出为纯文本" not in said


def test_a_teaser_to_a_page_never_imported_is_listed_as_missing(editor_client, seed):
    """The seed's A1 prints ■A4 and ■A3 teasers; only A1 is imported."""
    from articles.models import Issue
    from articles.overview import desk_overview

    [glance] = desk_overview().issues
    assert {"A3", "A4"} <= set(glance.missing)
    issue = Issue.objects.get()
    body = editor_client.get(f"/admin/articles/issue/{issue.pk}/publish/").content.decode()
    assert 'id="teasers-unanswered"' in body
    assert "指向A4版，本期没有这一版：读者看到的是不带链接的“A4版" in body


def test_a_story_title_with_quotes_is_named_with_single_quotes_inside():
    from articles.storynames import quoted, story_name

    assert quoted("快递进村打通“最后一公里”") == "“快递进村打通‘最后一公里’”"
    assert story_name("快递进村打通“最后一公里”") == "“快递进村打通‘最后一公里’”"


def test_the_desk_home_says_when_a_pages_pdf_came(editor_client, seed):
    from django.utils import timezone

    from articles.models import Page, PageImage

    page = Page.objects.get()
    PageImage.objects.create(
        page=page, pdf="pages/aa/a.pdf", pdf_checksum="a" * 64, image="pages/aa/a.webp",
        thumbnail="pages/aa/a-thumb.webp", width=10, height=10,
    )  # fmt: skip
    at = timezone.localtime(PageImage.objects.get().updated_at)
    body = editor_client.get("/admin/").content.decode()
    assert f"版面 PDF {at:%Y-%m-%d %H:%M}" in body


def test_the_jump_fix_page_and_its_message_count_stories_alike(editor_client, seed):
    from django.urls import reverse

    from articles.models import ArticlePart, Jump, JumpDirection
    from tests.admin.conftest import form_data

    jumps = Jump.objects.filter(direction=JumpDirection.FORWARD).select_related("part")
    numbers = ArticlePart.objects.story_numbers({j.part.page_id for j in jumps})
    jump = next(j for j in jumps if numbers[j.part_id] != j.part.position)  # after the photo
    url = reverse("admin:articles_jump_fix", args=[jump.pk])
    page = editor_client.get(url)
    n = numbers[jump.part_id]
    assert f"A1版 第{n}篇" in page.content.decode()
    data = {**form_data(page, "jump-fix-form"), "action": "unlink"}
    response = editor_client.post(url, data, follow=True)
    said = " ".join(str(m) for m in response.context["messages"])
    assert f"已断开：A1版 第{n}篇" in said


def test_the_spreadsheet_error_table_shows_empty_cells_empty(seed):
    from articles.spreadsheets import ArticleResource
    from tests.admin.test_spreadsheets import edit_headlines

    ds = ArticleResource().export()
    edit_headlines(ds, {0: "=A1"})
    rows = [list(r) for r in ds]
    rows[0][ds.headers.index("副题")] = None
    headers = ds.headers
    ds.dict = [dict(zip(headers, r, strict=True)) for r in rows]
    result = ArticleResource().import_data(ds, dry_run=True)
    [row] = result.invalid_rows
    assert None not in row.values and "" in row.values


def test_a_spreadsheet_confirmed_after_a_newer_change_keeps_that_change(seed):
    """The spreadsheet import's confirmation checks the export's fingerprints against the
    database as it is then: what changed since the preview is kept (no stale-preview hole)."""
    from articles.models import Article
    from articles.spreadsheets import ArticleResource

    ds = ArticleResource().export()
    column = ds.headers.index("副题")
    rows = [list(r) for r in ds]
    rows[0][column] = "表格里改的副题"
    headers = ds.headers
    ds.dict = [dict(zip(headers, r, strict=True)) for r in rows]
    assert not ArticleResource().import_data(ds, dry_run=True).has_validation_errors()
    first = Article.objects.order_by("issue__date", "page__sequence", "position").first()
    Article.objects.filter(pk=first.pk).update(headline="预览之后重新导入的主题")

    result = ArticleResource().import_data(ds, dry_run=False)  # 确认导入
    assert not result.has_validation_errors() and not result.has_errors()
    first.refresh_from_db()
    assert first.headline == "预览之后重新导入的主题" and first.subheadline == "表格里改的副题"
