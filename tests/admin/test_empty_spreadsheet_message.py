"""An empty spreadsheet (0 bytes) is refused saying what file to choose instead: this desk's
export, CSV, XLSX or JSON with its header row; not Django's bare ``所提交的是空文件。``."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.admin.test_spreadsheets import CSV, import_preview

pytestmark = pytest.mark.django_db


def test_an_empty_spreadsheet_is_refused_naming_the_file_to_choose(editor_client, seed):
    preview = import_preview(editor_client, "article", SimpleUploadedFile("稿件.csv", b""), CSV)
    assert preview.status_code == 200
    assert preview.context["form"].errors["import_file"] == [
        "所选的文件是空的（0 字节），里面没有表格：请选择在本页“导出”得到的稿件表格"
        "（CSV、XLSX 或 JSON，第一行是表头），改好后再导入；若它本应有内容，请重新导出或重新保存后再选。"
    ]
    assert "所提交的是空文件" not in preview.content.decode()
