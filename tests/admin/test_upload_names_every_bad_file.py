"""The upload form names every bad file at once (README: "named all at once… listed with every
bad file the form found"): a binary page text among files refused for their names is named
too, and an oversized file does not hide the others (a reviewer's upload of five bad files named
three, and with a 2.9 MB text only that one)."""

import random

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Page
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "青石日报", "paper_slug": "qingshi", "issue_date": "2021-05-06"}
GOOD = "城东新桥今天合龙\n\n本报讯 今天上午，城东新桥顺利合龙。\n".encode("gbk")


def bad_files() -> list[SimpleUploadedFile]:
    return [
        SimpleUploadedFile("B1.txt", random.Random(1).randbytes(5000)),
        SimpleUploadedFile("B2.pdf", b"%PDF-1.4 this is no PDF at all"),
        SimpleUploadedFile("A1.txt", b""),
        SimpleUploadedFile("╡┌╢■░µ.txt", GOOD),
        SimpleUploadedFile("A3.txt", GOOD),
    ]


def upload(client, files) -> str:
    sent = {**form_data(client.get(UPLOAD)), **FIELDS}  # as the rendered form sends it
    sent["files"] = files
    response = client.post(UPLOAD, sent)
    return " ".join(response.context["form"].non_field_errors())


def test_a_binary_text_is_named_with_the_files_refused_for_their_names(editor_client):
    errors = upload(editor_client, bad_files())
    assert "╡┌╢■░µ.txt" in errors
    assert "A1.txt”是空的" in errors
    assert "B2.pdf：" in errors
    assert "B1.txt：这像是二进制文件" in errors
    assert "A3.txt" not in errors
    assert Page.objects.count() == 0


def test_an_oversized_text_does_not_hide_the_other_bad_files(editor_client):
    oversized = SimpleUploadedFile("A2.txt", GOOD * (2_900_000 // len(GOOD)))
    errors = upload(editor_client, [*bad_files(), oversized])
    assert "文件“A2.txt”有 2.8 MB，超过一个版面文本的上限" in errors
    for named in ("╡┌╢■░µ.txt", "A1.txt”是空的", "B2.pdf：", "B1.txt：这像是二进制文件"):
        assert named in errors
    assert Page.objects.count() == 0
