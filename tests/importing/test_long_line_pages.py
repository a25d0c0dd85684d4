"""A page whose text runs on one line far longer than any printed paragraph (its line breaks
lost in export, or an app's data copied as one line) is imported with a warning that says how
long the line is, that printed pages have many lines and how to export the page again: in the
command's output, its ``--json`` and the desk's upload. A page whose paragraphs are each one
long line, a story on one line parted by gaps, and a page of CR or U+2028 line ends get no
warning. Texts written for these tests (a county paper, 青川日报)."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from articles.importing.longlines import LONG_LINE, LONG_PARAGRAPH, long_line_warning
from articles.models import Page

pytestmark = pytest.mark.django_db

SENTENCES = [
    "青川县城区两座口袋公园日前建成开放，市民可以就近散步健身。",
    "公园里新栽了银杏、桂花和香樟，铺设了透水步道和儿童游乐区。",
    "县住建局负责人介绍，今年还将在老城区再建五座口袋公园。",
    "附近居民王女士说，以前傍晚只能在马路边走走，现在下楼就有好去处。",
]


def paragraph(characters: int) -> str:
    """Sentences of :data:`SENTENCES` in turn, about ``characters`` long."""
    text, turn = "", 0
    while len(text) < characters:
        text += SENTENCES[turn % len(SENTENCES)]
        turn += 1
    return text


HEAD = "青川县新建两座口袋公园"
# A page exported without its line breaks: headline, dateline and every paragraph on one line.
LOST_BREAKS = HEAD + "本报讯（记者 杜明远）" + paragraph(4_000)
WARNED = "印出来的版面有许多行"


def test_a_page_on_one_long_line_is_warned_about_with_its_length_and_the_fix():
    said = long_line_warning(LOST_BREAKS + "\n")
    assert said.startswith(f"版面文本只有一行，长 {len(LOST_BREAKS):,} 个字符，没有换行"), said
    assert WARNED in said and "一段话很少超过一千字" in said
    assert "请重新导出这一版的文字（存为纯文本 .txt，保留换行）再导入" in said


def test_the_warning_names_the_long_line_among_others_and_its_run_without_a_gap():
    line = "　　" + paragraph(200) + "　　" + paragraph(LONG_PARAGRAPH + 100)
    run = len(line) - len(paragraph(200)) - 4
    said = long_line_warning(f"青川日报\n\n{HEAD}\n\n{line}\n")
    assert said.startswith(f"版面文本第5行长 {len(line):,} 个字符，其中 {run:,} 个字符连成一段")


def test_line_breaks_written_as_text_are_counted():
    dumped = "\\n".join(paragraph(900) for _ in range(5))
    said = long_line_warning(dumped)
    assert "这一行里有 4 处写成文字的“\\n”" in said and "数据文件" in said


def test_a_line_longer_than_a_page_is_warned_about_even_when_gaps_part_it():
    line = "　　".join(paragraph(300) for _ in range(LONG_LINE // 300 + 2))
    assert long_line_warning(line).startswith(f"版面文本只有一行，长 {len(line):,} 个字符：")


@pytest.mark.parametrize(
    "text",
    [
        # paragraphs each one long line (an old paper prints a dispatch as one paragraph)
        "\n".join([HEAD, "", *(paragraph(1_200) for _ in range(8))]),
        # a whole story on one line, its paragraphs parted by runs of spaces (an app page)
        HEAD + "  " + "　　".join(paragraph(700) for _ in range(20)),
        # the lost-breaks page's paragraphs, each on its line: an old Mac's CR, U+2028, U+2029
        "\r".join([HEAD, *(paragraph(800) for _ in range(6))]),
        "\u2028".join([HEAD, *(paragraph(800) for _ in range(6))]),
        "\u2029".join([HEAD, *(paragraph(800) for _ in range(6))]),
    ],
    ids=["long-paragraph-lines", "story-on-one-line", "cr", "u2028", "u2029"],
)
def test_pages_of_long_paragraphs_or_other_line_ends_are_not_warned_about(text):
    assert long_line_warning(text) == ""


# The command, its --json and the desk --------------------------------------------------------


def _page_file(tmp_path, text: str):
    day = tmp_path / "qingchuan-daily" / "2021-05-06"
    day.mkdir(parents=True)
    (tmp_path / "qingchuan-daily" / "paper.json").write_text(
        json.dumps({"name": "青川日报", "slug": "qingchuan-daily"}), encoding="utf-8"
    )
    (day / "3.txt").write_text(text, encoding="utf-8")
    return tmp_path


def test_the_command_prints_the_warning_and_imports_the_page_and_says_it_again(tmp_path):
    folder = _page_file(tmp_path, LOST_BREAKS)
    for _ in range(2):  # (the same bytes again: the report is read from the page's row)
        out = StringIO()
        call_command("import_pages", str(folder), stdout=out)
        printed = out.getvalue()
        assert f"注意：版面文本只有一行，长 {len(LOST_BREAKS):,} 个字符" in printed, printed
        assert WARNED in printed
    assert "未变" in printed or "unchanged" in printed
    assert Page.objects.get().label == "3"


def test_the_commands_json_lists_the_warning_with_the_page(tmp_path):
    out = StringIO()
    call_command("import_pages", str(_page_file(tmp_path, LOST_BREAKS)), "--json", stdout=out)
    (page,) = json.loads(out.getvalue())["pages"]
    assert [w for w in page["warnings"] if WARNED in w and "保留换行" in w], page["warnings"]


def test_a_page_of_long_paragraph_lines_imports_without_the_warning(tmp_path):
    text = "\n\n".join([HEAD, *(paragraph(1_200) for _ in range(4))])
    out = StringIO()
    call_command("import_pages", str(_page_file(tmp_path, text)), "--json", stdout=out)
    (page,) = json.loads(out.getvalue())["pages"]
    assert not [w for w in page["warnings"] if WARNED in w]


def test_the_upload_shows_the_warning_in_its_preview_and_after_the_import(admin_client):
    upload = "/admin/articles/page/upload/"
    response = admin_client.post(
        upload,
        {
            "files": [SimpleUploadedFile("3.txt", LOST_BREAKS.encode(), "text/plain")],
            "paper": "青川日报",
            "issue_date": "2021-05-06",
            "new_paper": "on",
        },
    )
    assert WARNED in response.content.decode()
    done = admin_client.post(upload, {"confirm": "1", "token": response.context["token"]})
    said = [str(m) for m in done.wsgi_request._messages]
    (warning,) = [m for m in said if m.startswith("注意：") and WARNED in m]
    assert f"长 {len(LOST_BREAKS):,} 个字符" in warning and "保留换行" in warning
    assert Page.objects.get().label == "3"
