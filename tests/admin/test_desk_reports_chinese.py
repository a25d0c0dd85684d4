"""What the desk says of an imported page is Chinese: why the parser set a line aside, how the
page's text was read, the parser's warnings and what attaching the PDF did (issue 16, 7)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.importing import page_import, reports
from articles.importing.pdfs import PdfReport
from articles.importing.runs import outcome_entry
from articles.importing.upload import UploadOutcome
from articles.models import Page
from tests.factories import SEED_DATE, import_text
from tests.importing.test_parser_warnings_said_in_chinese import NO_TITLE, SAID

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "南通日报", "paper_slug": "nantong-daily", "issue_date": "2020-07-09"}
# Two title lines with no story under them: set aside as "unplaced", with a warning.
LONELY_TITLES = "红星县报\n\n山区公路今年全线贯通\n\n乡村振兴看今朝\n"


def test_the_upload_preview_says_the_set_aside_reasons_and_warnings_in_chinese(editor_client):
    upload = SimpleUploadedFile("A1.txt", LONELY_TITLES.encode(), content_type="text/plain")
    html = editor_client.post(UPLOAD, {**FIELDS, "files": [upload]}).content.decode()
    assert "这些标题行找不到可归属的稿件" in html
    assert "放不进任何稿件的行" in html and "报头" in html
    assert "title lines with no story" not in html
    assert "unplaced" not in html and "[masthead]" not in html


def test_the_page_form_says_why_a_line_was_set_aside_in_chinese(editor_client):
    report = import_text(LONELY_TITLES, "A1")
    page = Page.objects.get(pk=report.page_id)
    # A page imported before the reasons were Chinese keeps the slug in its stored message.
    page.parser_flags = [
        {**page.parser_flags[0], "message": "这一行像正文（解析时作为“photo-label”放在一边）"},
        *page.parser_flags[1:],
    ]
    page.save(update_fields=["parser_flags"])
    html = editor_client.get(reverse("admin:articles_page_change", args=[page.pk])).content
    html = html.decode()
    assert "放不进任何稿件的行" in html and "图片标注" in html
    assert "unplaced" not in html and "photo-label" not in html


def test_every_set_aside_reason_has_chinese_and_an_unknown_one_stays_readable():
    for slug in ("unplaced", "masthead", "page-stamp", "staff", "weather", "repeated-title"):
        assert not reports.set_aside_reason(slug).isascii()
    assert reports.set_aside_reason("new-kind") == "其他（new-kind）"


def test_a_page_read_from_a_pdf_text_layer_says_so_not_unicode(editor_client):
    report = page_import(
        paper_name="南通日报",
        paper_slug="nantong-daily",
        issue_date=SEED_DATE,
        label="A1",
        data="山区公路今年全线贯通\n本报讯（记者 林舒）红星县山区公路改造工程进入收尾阶段。\n",
        source_name="A1.pdf",
    )
    url = reverse("admin:articles_page_change", args=[report.page_id])
    html = editor_client.get(url).content.decode()
    assert "PDF 文字层" in html and "unicode" not in html


def test_the_pdf_and_parser_lines_of_a_report_are_chinese():
    assert PdfReport(action="created", zones=13).lines() == ["版面 PDF：新建，13 个热区"]
    assert PdfReport(action="unchanged", zones=2).lines() == ["版面 PDF：未变，2 个热区"]
    report = import_text(LONELY_TITLES, "A1")
    entry = outcome_entry(UploadOutcome(item=None, report=report))
    assert any("这些标题行找不到可归属的稿件" in line for line in entry["lines"])
    assert not any("title lines" in line for line in entry["lines"])


def test_a_pdf_on_which_no_story_of_the_page_is_found_is_called_into_question():
    # The PDF of another page or day beside a page's text: its picture is attached, zones none.
    lines = PdfReport(action="created", zones=0, unmatched=["城南新建两座口袋公园"]).lines()
    assert lines[-1].startswith(
        "版面 PDF：这一版的稿件一篇也没有在 PDF 上找到：请确认这个 PDF 是本版"
    )
    some_found = PdfReport(action="created", zones=3, unmatched=["城南新建两座口袋公园"]).lines()
    assert not any("一篇也没有" in line for line in some_found)
    assert not any("一篇也没有" in line for line in PdfReport(action="created").lines())


def test_a_teaser_without_its_title_is_said_in_chinese_in_the_preview_and_result(editor_client):
    files = [SimpleUploadedFile("1.txt", NO_TITLE.encode(), content_type="text/plain")]
    fields = {**FIELDS, "issue_date": "2024-05-06"}  # (the date the page prints)
    preview = editor_client.post(UPLOAD, {**fields, "files": files, "page": "1"})
    html = preview.content.decode()
    assert SAID in html and "has no title" not in html
    token = preview.context["token"]
    result = editor_client.post(
        UPLOAD,
        {"confirm": "1", "token": token, "new_paper": FIELDS["paper"]},
        follow=True,
    )
    said = "\n".join(str(m) for m in result.context["messages"])
    assert f"注意：{SAID}" in said and "has no title" not in said
