"""``import_pages`` and the desk's upload refuse a page of HTML markup that prints nothing
(``<p>&nbsp;</p>``, ``<br/>``) as they refuse a blank page, naming the file, what it holds and
how to export the page's text again; nothing of it is written and the rest of the run goes on.
A JSON document saved instead of a page is refused the same way. Texts written for these tests
(a county paper, 青川日报)."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from articles.models import Page

pytestmark = pytest.mark.django_db

PAGE = "青川县新建两座口袋公园\n\n本报讯（记者 杜明远）青川县城区两座口袋公园日前建成开放。\n"
MARKUP_ONLY = "<p>&nbsp;</p>\n<div> </div>\n<br/>\n&#12288;\u200b\n"
DUMP = json.dumps({"title": "青川县新建两座口袋公园", "content": "本报讯 两座口袋公园建成开放。"})


@pytest.fixture
def folder(tmp_path):
    day = tmp_path / "qingchuan-daily" / "2021-05-06"
    day.mkdir(parents=True)
    (tmp_path / "qingchuan-daily" / "paper.json").write_text(
        json.dumps({"name": "青川日报", "slug": "qingchuan-daily"}), encoding="utf-8"
    )
    (day / "1.txt").write_text(PAGE, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (MARKUP_ONLY, "版面只有 HTML 标记和字符实体"),
        (DUMP, "这是一个 JSON 数据文件"),
    ],
    ids=["markup-only", "json"],
)
def test_the_command_refuses_the_page_names_it_and_imports_the_rest(folder, content, said):
    (folder / "qingchuan-daily" / "2021-05-06" / "2.txt").write_text(content, encoding="utf-8")
    err = StringIO()
    with pytest.raises(CommandError, match="2 个文件中有 1 个导入失败"):
        call_command("import_pages", str(folder), stdout=StringIO(), stderr=err)
    (failure,) = [line for line in err.getvalue().splitlines() if line.startswith("导入失败：")]
    assert "2.txt: " in failure and said in failure, failure
    assert "重新导出" in failure or "导出这一版的纯文本" in failure
    assert list(Page.objects.values_list("label", flat=True)) == ["1"]


def test_the_commands_json_lists_the_page_as_failed(folder):
    (folder / "qingchuan-daily" / "2021-05-06" / "2.txt").write_text(MARKUP_ONLY, "utf-8")
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("import_pages", str(folder), "--json", stdout=out, stderr=StringIO())
    (failure,) = json.loads(out.getvalue())["failures"]
    assert "2.txt: 版面只有 HTML 标记和字符实体" in failure, failure


def test_the_upload_refuses_the_page_on_its_form_and_writes_nothing(admin_client):
    response = admin_client.post(
        "/admin/articles/page/upload/",
        {
            "files": [SimpleUploadedFile("2.txt", MARKUP_ONLY.encode(), "text/plain")],
            "paper": "青川日报",
            "issue_date": "2021-05-06",
            "new_paper": "on",
        },
    )
    errors = " ".join(str(e) for field in response.context["form"].errors.values() for e in field)
    assert "无法导入 2.txt：版面只有 HTML 标记和字符实体" in errors, errors
    assert "重新导出这一版的文字" in errors
    assert not Page.objects.exists()
