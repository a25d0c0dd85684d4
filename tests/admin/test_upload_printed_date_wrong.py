"""The desk's upload of a page whose printed date is wrong: the refusal names the tick box, and
the 出版日期 filled in with 版面上印的日期有误，按此日期导入 ticked imports it with its warning."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Page

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
MISPRINTED = "人民日报\n一九四九年十月一日 星期六 第1版\n\n开国大典隆重举行\n\n本报讯 首都各界群众三十万人昨日在天安门广场集会，庆祝中华人民共和国成立。\n"
WARNING = "版面印的日期 1949-10-01 与出版日期 1949-10-02 不符（按编辑指定导入）"
FIELDS = {"paper": "人民日报", "paper_slug": "renmin-ribao", "issue_date": "1949-10-02"}


def post(client, **fields):
    page = SimpleUploadedFile("1.txt", MISPRINTED.encode(), content_type="text/plain")
    return client.post(UPLOAD, {**FIELDS, "files": [page], **fields})


def test_the_desk_refusal_names_the_date_field_and_the_tick_box(editor_client):
    errors = " ".join(post(editor_client).context["form"].non_field_errors())
    assert "版面上印的日期是 1949-10-01" in errors and "--" not in errors
    assert "请把“出版日期”填为 1949-10-02，勾选“版面上印的日期有误，按此日期导入”" in errors


def test_the_tick_box_needs_the_date_filled_in(editor_client):
    response = post(editor_client, issue_date="", printed_date_wrong="on")
    errors = response.context["form"].errors["printed_date_wrong"]
    assert "请在“出版日期”里填写这一版正确的出版日期" in " ".join(errors)


def test_ticked_the_page_imports_under_the_date_filled_in_with_its_warning(editor_client):
    response = post(editor_client, printed_date_wrong="on")
    assert WARNING in response.content.decode()
    editor_client.post(UPLOAD, {"confirm": "1", "token": response.context["token"]})
    page = Page.objects.get()
    assert str(page.issue.date) == "1949-10-02"
    assert any("与出版日期 1949-10-02 不符" in w for w in page.import_warnings)
    # the page's form at the desk says it to whoever opens the page later
    html = editor_client.get(f"/admin/articles/page/{page.pk}/change/").content.decode()
    assert "导入提示" in html and WARNING in html


def test_a_page_without_import_warnings_says_so_on_its_form(editor_client):
    page_text = MISPRINTED.replace("十月一日", "十月二日")
    page = SimpleUploadedFile("1.txt", page_text.encode(), content_type="text/plain")
    response = editor_client.post(UPLOAD, {**FIELDS, "files": [page]})
    editor_client.post(UPLOAD, {"confirm": "1", "token": response.context["token"]})
    page = Page.objects.get()
    html = editor_client.get(f"/admin/articles/page/{page.pk}/change/").content.decode()
    assert "导入提示" in html and "版面印的日期" not in html
