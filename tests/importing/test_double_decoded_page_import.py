"""``import_pages`` and the desk's upload refuse a page garbled by a second decoding (乱码),
naming the file, what it reads as undone and how to fix it; nothing of it is written and the
rest of the run goes on (the rule: tests/parsing/test_double_decoded_pages.py). Texts written
for these tests."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from articles.models import Article, Page

pytestmark = pytest.mark.django_db

PAGE = "岚川县新建口袋公园\n\n本报讯（记者 顾言）岚川县城区两座口袋公园日前建成开放，市民多了休闲去处。\n"
OTHER = (
    "岚川县举办农民丰收节\n\n本报讯（记者 许朗）岚川县第五届农民丰收节昨天开幕，"
    "全县十二个乡镇的两百多种农产品集中展销，吸引市民三万余人次。\n"
)


def test_the_command_refuses_the_garbled_page_and_imports_the_rest(tmp_path):
    day = tmp_path / "lanchuan-daily" / "2021-05-06"
    day.mkdir(parents=True)
    (tmp_path / "lanchuan-daily" / "paper.json").write_text(
        json.dumps({"name": "岚川日报", "slug": "lanchuan-daily"}), encoding="utf-8"
    )
    (day / "1.txt").write_text(PAGE, encoding="utf-8")
    (day / "2.txt").write_bytes(OTHER.encode("utf-8").decode("latin-1").encode("utf-8"))
    err = StringIO()
    with pytest.raises(CommandError, match="2 个文件中有 1 个导入失败"):
        call_command("import_pages", str(tmp_path), stdout=StringIO(), stderr=err)
    (failure,) = [line for line in err.getvalue().splitlines() if line.startswith("导入失败：")]
    assert "2.txt: " in failure and "乱码" in failure and "岚川县举办农民丰收节" in failure
    assert list(Page.objects.values_list("label", flat=True)) == ["1"]
    assert list(Article.objects.values_list("headline", flat=True)) == ["岚川县新建口袋公园"]


def test_a_single_file_given_its_page_is_refused_and_nothing_written(tmp_path):
    path = tmp_path / "page.txt"  # the reviewer's run: one file, --page 1
    path.write_bytes(PAGE.encode("utf-8").decode("latin-1").encode("utf-8"))
    err = StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import_pages",
            str(path),
            "--paper",
            "岚川日报",
            "--date",
            "2021-05-06",
            "--page",
            "1",
            "--new-paper",
            stdout=StringIO(),
            stderr=err,
        )
    assert "page.txt: 版面文本是乱码：原本是 UTF-8 的中文" in err.getvalue(), err.getvalue()
    assert "还原后读作“岚川县新建口袋公园”" in err.getvalue()
    assert "iconv -f UTF-8 -t LATIN1 原文件.txt > 还原后.txt" in err.getvalue()
    assert not Page.objects.exists() and not Article.objects.exists()


def test_the_upload_refuses_the_page_on_its_form_and_writes_nothing(admin_client):
    once = OTHER.encode("utf-8").decode("latin-1")
    garbled = once.encode("utf-8").decode("latin-1").encode("utf-8")  # read so twice
    response = admin_client.post(
        "/admin/articles/page/upload/",
        {
            "files": [SimpleUploadedFile("2.txt", garbled, "text/plain")],
            "paper": "岚川日报",
            "issue_date": "2021-05-06",
            "new_paper": "on",
        },
    )
    errors = " ".join(str(e) for field in response.context["form"].errors.values() for e in field)
    assert "无法导入 2.txt：版面文本是乱码：原本是 UTF-8 的中文" in errors, errors
    assert "反复了 2 次" in errors
    assert "还原后读作“岚川县举办农民丰收节”" in errors and "重新导出" in errors
    assert not Page.objects.exists() and not Article.objects.exists()


def test_a_page_read_as_gbk_and_saved_again_is_refused_by_the_command_and_the_upload(
    tmp_path, admin_client
):
    # UTF-8 read as GB18030 and saved again: Han garbled into Han (鍙戝竷), no Western letters
    garbled = OTHER.encode("utf-8").decode("gb18030", errors="replace").encode("utf-8")
    path = tmp_path / "2.txt"
    path.write_bytes(garbled)
    err = StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import_pages",
            str(path),
            *("--paper", "岚川日报", "--date", "2021-05-06", "--page", "2", "--new-paper"),
            stdout=StringIO(),
            stderr=err,
        )
    assert "2.txt: 版面文本是乱码：原本是 UTF-8 的中文，被当作 GBK/GB18030" in err.getvalue()
    assert "还原后读作“岚川县举办农民丰收节”" in err.getvalue(), err.getvalue()
    response = admin_client.post(
        "/admin/articles/page/upload/",
        {
            "files": [SimpleUploadedFile("2.txt", garbled, "text/plain")],
            "paper": "岚川日报",
            "issue_date": "2021-05-06",
            "new_paper": "on",
        },
    )
    errors = " ".join(str(e) for field in response.context["form"].errors.values() for e in field)
    assert "无法导入 2.txt：版面文本是乱码" in errors and "GBK/GB18030" in errors, errors
    assert not Page.objects.exists() and not Article.objects.exists()
