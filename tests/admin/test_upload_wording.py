"""What the desk's upload calls things: HTML pasted into a page is 网页代码 (not an archive's
separator line), and a zip is to be unpacked and its page files uploaded."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "湖滨日报", "issue_date": "2024-03-05", "page": "A1"}
PASTED = (
    "湖滨区新开两条公交线路\n\n"
    "本报讯（记者顾晓岚）湖滨区昨天新开两条公交线路，方便沿线居民出行。\n\n"
    "<img src=x onerror=alert(1)>\n"
)


def test_html_pasted_into_a_page_is_called_web_code(editor_client):
    html = editor_client.post(UPLOAD, {**FIELDS, "text": PASTED}).content.decode()
    line = html.split("未收入稿件的行", 1)[1].split("</ul>", 1)[0]
    assert "［网页代码（HTML 标签，已原样存档，不进稿件）］ &lt;img src=x" in line
    assert "存档分隔线" not in line


def test_a_zip_is_to_be_unpacked_and_its_files_uploaded(editor_client):
    data = {**FIELDS, "files": [SimpleUploadedFile("版面.zip", b"PK\x03\x04" + b"\x00" * 40)]}
    html = editor_client.post(UPLOAD, data).content.decode()
    assert "版面.zip：这是压缩包" in html and "请先解压" in html
    assert "请把版面导出为纯文本" not in html
