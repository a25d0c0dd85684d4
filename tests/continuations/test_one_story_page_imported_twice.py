"""A one-story page imported under several labels of one issue (the same text as A3 in GBK, A10
in UTF-16 and 第二版: a reviewer's run, readers saw the story three times) is warned about as a
page of several stories is (本版…一字不差…各导入了一次), in one run or several, a folder's two
identical files too, and in the desk's preview; a page of a one-line notice alone (under
``PAGE_CHARACTERS``) on two pages is not. Texts written for these tests."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from articles.models import Article, Page

pytestmark = pytest.mark.django_db

DAY = "2025-06-14"
FLAGS = ("--paper", "nantong-daily", "--date", DAY, "--workers", "0", "--new-paper")
# 41 characters of text under its headline: below STORY_CHARACTERS (80), a whole page above 40.
SHORT = (
    "城南新建社区公园开放\n\n"
    "本报讯 城南新建的社区公园昨天开放，园内设有儿童游乐区和健身步道，市民可免费入园。\n"
)
NOTICE = "更正\n\n本报昨日A2版一文有误，特此更正。\n"  # (a one-line notice: under 40 in all)


def run(*paths, more=()) -> str:
    out = StringIO()
    call_command("import_pages", *map(str, paths), *FLAGS, *more, stdout=out, stderr=StringIO())
    return out.getvalue()


def repeated_lines(said: str) -> list[str]:
    return [x for x in said.splitlines() if "一字不差" in x and "各导入了一次" in x]


def test_a_one_story_page_imported_under_three_labels_is_warned_on_each(tmp_path):
    for name, encoding in (("A3.txt", "gbk"), ("A10.txt", "utf-16")):
        (tmp_path / name).write_bytes(SHORT.encode(encoding))
    said = run(tmp_path / "A3.txt", tmp_path / "A10.txt")
    (tmp_path / "later").mkdir()
    (tmp_path / "later" / "第二版.txt").write_text(SHORT, encoding="utf-8")
    later = run(tmp_path / "later" / "第二版.txt", more=("--page", "A2"))
    assert len(repeated_lines(said)) == 2, said
    (line,) = repeated_lines(later)
    assert line.startswith("  注意：本版稿件的文字与A3、A10版的一字不差"), line
    assert "撤销本版导入" in line
    assert Article.objects.count() == 3  # (warned, not joined: the editor undoes the wrong ones)


def test_two_identical_files_of_one_folder_run_are_warned(tmp_path):
    day = tmp_path / "nantong-daily" / DAY
    day.mkdir(parents=True)
    (day / "A1.txt").write_text(SHORT, encoding="utf-8")
    (day / "A 4.txt").write_text(SHORT, encoding="utf-8")
    out = StringIO()
    call_command(
        "import_pages",
        str(tmp_path),
        "--workers",
        "0",
        "--new-paper",
        stdout=out,
        stderr=StringIO(),
    )
    lines = repeated_lines(out.getvalue())
    assert len(lines) == 2, out.getvalue()
    assert sorted(Page.objects.values_list("label", flat=True)) == ["A1", "A4"]


def test_the_desk_preview_warns_of_a_one_story_page_repeated(tmp_path, admin_client):
    (tmp_path / "A3.txt").write_text(SHORT, encoding="utf-8")
    run(tmp_path / "A3.txt")
    response = admin_client.post(
        "/admin/articles/page/upload/",
        {
            "files": [SimpleUploadedFile("A10.txt", SHORT.encode("utf-16"), "text/plain")],
            "paper": "nantong-daily",
            "issue_date": DAY,
        },
    )
    html = response.content.decode()
    assert "本版稿件的文字与A3版的一字不差" in html, html[-3000:]
    assert Page.objects.count() == 1  # (a preview)


def test_a_one_line_notice_alone_on_two_pages_is_not_warned(tmp_path):
    for name in ("A3.txt", "A4.txt"):
        (tmp_path / name).write_text(NOTICE, encoding="utf-8")
    said = run(tmp_path / "A3.txt", tmp_path / "A4.txt")
    assert Page.objects.count() == 2 and Article.objects.count() == 2
    assert repeated_lines(said) == [], said
