"""Yesterday's page saved again by an editor's tool (a UTF-8 BOM added, CRLF line ends, re-encoded
as GB18030, GBK or UTF-16) and imported into today's issue is warned about as the same text in
another file, naming both encodings when they differ (a reviewer's finding: only a byte-identical
file was, by ``Page.checksum``); the byte-identical file keeps its own words, and a page saved
again into its own issue says nothing. Texts written for these tests."""

from __future__ import annotations

import codecs
import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Page
from articles.textdigest import text_digest

pytestmark = pytest.mark.django_db

PAGE = (
    "岚川县新建口袋公园\n\n本报讯（记者 顾言）岚川县城区两座口袋公园日前建成开放，"
    "市民多了休闲去处。\n\n公园内设有健身步道和儿童游乐区，周边居民步行五分钟即可到达。\n"
)
SAME_TEXT = "本版的文字与岚川日报 2021-05-06 1版的一字不差，只是文件另存过，不是同一个文件"


def run(path, day: str, *flags: str) -> str:
    out = StringIO()
    call_command(
        "import_pages",
        str(path),
        *("--paper", "岚川日报", "--date", day, "--page", "1", "--new-paper"),
        *("--workers", "0", *flags),
        stdout=out,
        stderr=StringIO(),
    )
    return out.getvalue()


def write(tmp_path, folder: str, data: bytes):
    (tmp_path / folder).mkdir()
    path = tmp_path / folder / "1.txt"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "how"),
    [
        (PAGE.encode("gb18030"), "本版的文件是 GB18030（国标，含 GBK），那一版的是 UTF-8"),
        (PAGE.encode("utf-16"), "本版的文件是 UTF-16，那一版的是 UTF-8"),
        (codecs.BOM_UTF8 + PAGE.encode(), "本版的文件是 UTF-8（带 BOM），那一版的是 UTF-8"),
        (PAGE.replace("\n", "\r\n").encode(), "编码都是 UTF-8，换行符或行尾空格等不同"),
        (PAGE.replace("。\n", "。  \n").encode(), "编码都是 UTF-8，换行符或行尾空格等不同"),
    ],
    ids=["gb18030", "utf-16", "bom", "crlf", "trailing-spaces"],
)
def test_yesterdays_page_saved_again_into_todays_issue_is_warned_as_the_same_text(
    tmp_path, data, how
):
    run(write(tmp_path, "yesterday", PAGE.encode()), "2021-05-06")
    said = run(write(tmp_path, "today", data), "2021-05-07")
    (line,) = [x for x in said.splitlines() if "一字不差" in x]
    assert SAME_TEXT in line and f"：{how}。" in line and "撤销本版导入" in line
    assert "同一个文件）" not in line  # not said to be the same file: it is not
    assert Page.objects.count() == 2  # imported all the same, as the same file is


def test_the_same_bytes_are_still_said_to_be_the_same_file_and_only_that(tmp_path):
    path = write(tmp_path, "yesterday", PAGE.encode("gb18030"))
    run(path, "2021-05-06")
    said = run(path, "2021-05-07")
    (line,) = [x for x in said.splitlines() if "一字不差" in x]
    assert "本版的文件与岚川日报 2021-05-06 1版的一字不差（同一个文件）" in line


def test_a_page_saved_again_into_its_own_issue_says_nothing(tmp_path):
    run(write(tmp_path, "first", PAGE.encode()), "2021-05-06")
    said = run(write(tmp_path, "again", PAGE.replace("\n", "\r\n").encode("gb18030")), "2021-05-06")
    assert "一字不差" not in said and "文字未变（只是文件编码换成了 gb18030）" in said


def test_a_page_whose_text_differs_by_one_character_says_nothing(tmp_path):
    run(write(tmp_path, "yesterday", PAGE.encode()), "2021-05-06")
    said = run(
        write(tmp_path, "today", PAGE.replace("两座", "三座").encode("gb18030")), "2021-05-07"
    )
    assert "一字不差" not in said


def test_the_json_report_carries_the_warning(tmp_path):
    run(write(tmp_path, "yesterday", PAGE.encode()), "2021-05-06")
    report = json.loads(run(write(tmp_path, "today", PAGE.encode("gbk")), "2021-05-07", "--json"))
    (page,) = report["pages"]
    assert any(SAME_TEXT in w for w in page["warnings"]), page["warnings"]


def test_the_desk_preview_warns_of_the_same_text_before_the_import(tmp_path, admin_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    run(write(tmp_path, "yesterday", PAGE.encode()), "2021-05-06")
    response = admin_client.post(
        "/admin/articles/page/upload/",
        {
            "files": [SimpleUploadedFile("1.txt", PAGE.encode("gb18030"), "text/plain")],
            "paper": "岚川日报",
            "issue_date": "2021-05-07",
        },
    )
    html = response.content.decode()
    assert SAME_TEXT in html and "那一版的是 UTF-8" in html, html[-3000:]
    assert Page.objects.count() == 1  # (a preview)


def test_the_page_keeps_its_raw_text_as_printed_and_the_digest_of_its_text(tmp_path):
    data = codecs.BOM_UTF8 + PAGE.replace("\n", "\r\n").encode()
    run(write(tmp_path, "crlf", data), "2021-05-06")
    page = Page.objects.get()
    assert page.raw_text == PAGE.replace("\n", "\r\n")  # as the file had it (no BOM: decoded)
    assert page.text_digest == text_digest(PAGE) != ""


def test_reparse_pages_keeps_the_digest_and_still_warns(tmp_path):
    run(write(tmp_path, "yesterday", PAGE.encode()), "2021-05-06")
    run(write(tmp_path, "today", PAGE.encode("gb18030")), "2021-05-07")
    digests = dict(Page.objects.values_list("pk", "text_digest"))
    out = StringIO()
    call_command(
        "reparse_pages",
        "--paper",
        "岚川日报",
        "--date",
        "2021-05-07",
        stdout=out,
        stderr=StringIO(),
    )
    assert dict(Page.objects.values_list("pk", "text_digest")) == digests
    assert SAME_TEXT in out.getvalue() and "GB18030" in out.getvalue(), out.getvalue()
