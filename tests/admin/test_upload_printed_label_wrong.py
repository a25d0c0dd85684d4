"""The desk's upload of a page whose printed label is wrong (``第8版`` on a file named 3.txt):
the refusal names the tick box, and the form as rendered, posted with 版面上印的版次有误，按文件名或
所填版次导入 ticked, imports it under the file name's label with its warning."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Page

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
MISPRINTED = (
    "东湖日报\n2024年5月6日  星期一  第8版\n\n东湖新区今年新开三条公交线路\n\n"
    "本报讯（记者 方立）新区公交公司昨天宣布，今年将新开三条公交线路，连接高铁站和大学城。\n"
)
BOX = "版面上印的版次有误，按文件名或所填版次导入"
WARNING = "版面印的版次 8 与导入的版次 3 不符（按编辑指定导入）"


def rendered_boxes(client) -> dict[str, str]:
    """The upload form's tick boxes as the desk renders them: name → label."""
    html = client.get(UPLOAD).content.decode()
    boxes = re.findall(r'<input type="checkbox" name="(\w+)"[^>]*id="(\w+)"', html)
    labels = dict(re.findall(r'<label[^>]*for="(\w+)"[^>]*>([^<]*)</label>', html))
    return {name: labels.get(box_id, "").rstrip("：:") for name, box_id in boxes}


def post(client, **fields):
    page = SimpleUploadedFile("3.txt", MISPRINTED.encode(), content_type="text/plain")
    data = {"paper": "东湖日报", "paper_slug": "donghu", "issue_date": "2024-05-06"}
    return client.post(UPLOAD, {**data, "files": [page], **fields})


def test_the_desk_refusal_of_a_printed_label_names_the_tick_box(editor_client):
    errors = " ".join(post(editor_client).context["form"].non_field_errors())
    assert "版面上印的版次是 8，却要作为 3 导入" in errors and "--" not in errors
    assert f"请勾选“{BOX}”，按 3 导入" in errors
    assert not Page.objects.exists()


def test_the_rendered_tick_box_posted_imports_the_page_under_its_file_name_with_its_warning(
    editor_client,
):
    (name,) = [name for name, label in rendered_boxes(editor_client).items() if label == BOX]
    response = post(editor_client, **{name: "on"})
    assert WARNING in response.content.decode()
    editor_client.post(UPLOAD, {"confirm": "1", "token": response.context["token"]})
    page = Page.objects.get()
    assert page.label == "3" and page.raw_text == MISPRINTED
    assert any(WARNING in warning for warning in page.import_warnings)
