"""A page file refused at the desk for its name whose content is no page text either (binary)
is told both: renaming it alone would only lead to a second refusal."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Page
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "青石日报", "paper_slug": "qingshi", "issue_date": "2021-05-06"}


def upload(client, name: str, data: bytes):
    sent = {**form_data(client.get(UPLOAD)), **FIELDS}  # as the rendered form sends it
    sent["files"] = [SimpleUploadedFile(name, data, content_type="text/plain")]
    response = client.post(UPLOAD, sent)
    return " ".join(response.context["form"].non_field_errors())


def test_a_badly_named_binary_file_is_told_both_its_name_and_its_content(editor_client):
    errors = upload(editor_client, "notes.txt", b"\x89\x00\x13\x00binary\x00\xff" * 40)
    assert "notes.txt：无法从文件名看出是哪一版" in errors
    assert "而且它的内容也不是可导入的版面文本：这像是二进制文件" in errors
    assert Page.objects.count() == 0


def test_a_badly_named_page_text_is_told_only_its_name(editor_client):
    errors = upload(
        editor_client, "notes.txt", "城东新桥今天合龙\n\n本报讯 今天上午合龙。\n".encode()
    )
    assert "notes.txt：无法从文件名看出是哪一版" in errors
    assert "内容" not in errors
