"""One upload with several bad files names every one of them at once, each with its own
message, and previews (then imports) the good pages: what ``import_pages`` does with a run of
files some of which are bad (``failed:`` lines, the rest imported)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Page
from tests.admin.conftest import form_data
from tests.factories import SEED

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
SEED_FIELDS = {"paper": "南通日报", "paper_slug": "nantong-daily", "issue_date": "2020-07-09"}
CUT_GBK = "本报讯（记者王小明）城东新桥今天合龙。".encode("gbk")[:-1]  # ends mid-character
JUNK = bytes((n * 37 + 11) % 256 for n in range(3000))  # NUL bytes and all


def bad_and_good() -> list[SimpleUploadedFile]:
    files = {
        "A1.txt": SEED.read_bytes(),
        "A3.txt": CUT_GBK,
        "A4.pdf": SEED.read_bytes(),  # text named .pdf
        "A5.txt": JUNK,
        "A6.txt": b"",
    }
    return [SimpleUploadedFile(name, data) for name, data in files.items()]


def test_one_preview_names_every_bad_file_and_previews_the_good_page(editor_client):
    response = editor_client.post(UPLOAD, {**SEED_FIELDS, "files": bad_and_good()})
    html = response.content.decode()
    assert response.status_code == 200 and response.context["token"]
    failed = response.context["failed"]
    assert len(failed) == 4, failed
    said = "\n".join(failed)
    assert "无法导入 A3.txt：" in said and "中途结束" in said
    assert "A4.pdf：这不是 PDF 文件" in said
    assert "无法导入 A5.txt：这像是二进制文件" in said
    assert "文件“A6.txt”是空的（0 字节）" in said
    assert 'id="upload-failed"' in html and all(name in html for name in ("A3", "A4", "A5", "A6"))
    assert "其余 1 个版面照常预览，确认后照常导入" in html
    assert [entry["outcome"].item.name for entry in response.context["preview"]] == ["A1.txt"]
    assert 'id="confirm-leaves-out"' in html
    assert Page.objects.count() == 0


def test_confirming_imports_the_good_pages_and_names_the_files_left_out(editor_client):
    preview = editor_client.post(UPLOAD, {**SEED_FIELDS, "files": bad_and_good()})
    done = editor_client.post(
        UPLOAD, {**form_data(preview, "confirm-form"), "confirm": "1"}, follow=True
    )
    assert list(Page.objects.values_list("label", flat=True)) == ["A1"]
    said = [str(m) for m in done.context["messages"]]
    left_out = [m for m in said if m.startswith("以下文件没有导入")]
    assert len(left_out) == 1
    for name in ("A3.txt", "A4.pdf", "A5.txt", "A6.txt"):
        assert name in left_out[0]


def test_an_upload_of_bad_files_only_names_each_on_the_form(editor_client):
    files = [f for f in bad_and_good() if f.name != "A1.txt"]
    response = editor_client.post(UPLOAD, {**SEED_FIELDS, "files": files})
    errors = list(response.context["form"].non_field_errors())
    assert len(errors) == 4, errors
    assert "upload-preview" not in response.content.decode()
    assert Page.objects.count() == 0


def test_a_bad_pdf_beside_its_text_leaves_the_whole_page_out_saying_so(editor_client):
    files = [
        SimpleUploadedFile("A1.txt", SEED.read_bytes()),
        SimpleUploadedFile("A1.pdf", b"not a pdf"),
        SimpleUploadedFile("A2.txt", SEED.read_bytes().replace(b"A1", b"A2")),
    ]
    response = editor_client.post(UPLOAD, {**SEED_FIELDS, "files": files})
    [problem] = response.context["failed"]
    assert problem.startswith("A1.pdf：这不是 PDF 文件")
    assert "A1.txt 与它同是 A1 版，也不导入" in problem
    assert [entry["outcome"].item.name for entry in response.context["preview"]] == ["A2.txt"]
