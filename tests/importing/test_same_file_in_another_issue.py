"""A page whose file is byte for byte a page of another issue (yesterday's page given today's
date) is imported with a warning naming that page and how to undo the import (a reviewer's
finding: nothing was said); a different file, or the same file again into its own issue, says
nothing of it. Texts written for these tests."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Page

pytestmark = pytest.mark.django_db

PAGE = (
    "岚川县新建口袋公园\n\n本报讯（记者 顾言）岚川县城区两座口袋公园日前建成开放，"
    "市民多了休闲去处。\n\n公园内设有健身步道和儿童游乐区，周边居民步行五分钟即可到达。\n"
)


def run(path, day: str, label: str = "1") -> str:
    out = StringIO()
    call_command(
        "import_pages",
        str(path),
        *("--paper", "岚川日报", "--date", day, "--page", label, "--new-paper"),
        *("--workers", "0"),
        stdout=out,
        stderr=StringIO(),
    )
    return out.getvalue()


def test_yesterdays_file_imported_into_todays_issue_is_warned(tmp_path):
    path = tmp_path / "1.txt"
    path.write_text(PAGE, encoding="utf-8")
    assert "同一个文件" not in run(path, "2021-05-06")
    said = run(path, "2021-05-07")
    (line,) = [x for x in said.splitlines() if "同一个文件" in x]
    assert "本版的文件与岚川日报 2021-05-06 1版的一字不差" in line and "撤销本版导入" in line
    assert Page.objects.count() == 2  # imported all the same: a paper may print a page twice


def test_a_different_file_and_the_same_file_into_its_own_issue_say_nothing(tmp_path):
    path = tmp_path / "1.txt"
    path.write_text(PAGE, encoding="utf-8")
    run(path, "2021-05-06")
    assert "同一个文件" not in run(path, "2021-05-06")  # (unchanged)
    (tmp_path / "other").mkdir()
    other = tmp_path / "other" / "1.txt"
    other.write_text(PAGE.replace("两座", "三座"), encoding="utf-8")
    assert "同一个文件" not in run(other, "2021-05-07")


def test_the_desk_preview_warns_before_the_import(tmp_path, admin_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    path = tmp_path / "1.txt"
    path.write_text(PAGE, encoding="utf-8")
    run(path, "2021-05-06")
    response = admin_client.post(
        "/admin/articles/page/upload/",
        {
            "files": [SimpleUploadedFile("1.txt", PAGE.encode(), "text/plain")],
            "paper": "岚川日报",
            "issue_date": "2021-05-07",
        },
    )
    html = response.content.decode()
    assert "本版的文件与岚川日报 2021-05-06 1版的一字不差" in html, html[-3000:]
    assert Page.objects.count() == 1  # (a preview)
