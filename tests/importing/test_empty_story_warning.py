"""A story with a title and not one paragraph of text (its body read into the next story, or
furniture read as a headline) is imported with a warning for each such story, naming the page,
the story and the story after it, saying readers would see only a headline and what to check:
in the command's output (again when the same bytes are imported again), its ``--json``, and the
desk's upload preview and result. A story whose text is on a later page (``（下转…）``), a
continuation, a photo and an untitled story get no such warning. Pages written for these tests
(a county paper, 澄江日报)."""

from __future__ import annotations

import json
from dataclasses import replace
from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from articles import parsing
from articles.emptystories import empty_story_warnings
from articles.models import Article
from articles.parsing.results import Marker
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db

# A headline, its deck and byline, and nothing under them; then the next story.
PAGE = (
    "老人视力衰退趋升\n"
    "适应训练求过于供\n"
    "记者 王刚\n"
    "\n"
    "城西新建三座公园\n"
    "本报讯 城西区今年新建三座公园，总面积四十多公顷，国庆节前全部开放。\n"
)
SAID = "3版 第1篇“老人视力衰退趋升”只有标题和署名“记者 王刚”，没有一段正文"
READERS = "发布后读者只看到标题"
NEXT = "正文可能被读进了下一篇（第2篇“城西新建三座公园”）"
FURNITURE = "若这几行是栏目名、版头等版面信息而不是稿件"
FLAGS = ("--paper", "澄江日报", "--new-paper", "--date", "2020-07-25", "--page", "3")


def warnings_of(text: str, label: str = "3") -> list[str]:
    return empty_story_warnings(parsing.parse_page(text.encode()), label)


def test_a_headline_with_no_text_is_warned_about_naming_the_page_the_story_and_the_next():
    (warning,) = warnings_of(PAGE)
    assert warning.startswith(SAID), warning
    assert READERS in warning and NEXT in warning and FURNITURE in warning
    assert "重新导入这一版" in warning and "在编辑台的稿件页补上正文" in warning


def test_the_last_story_of_a_page_with_no_text_is_said_to_have_lost_it():
    text = "城西新建三座公园\n本报讯 城西区今年新建三座公园，国庆节前全部开放。\n\n市民呼吁增设夜间公交\n记者 李明\n"
    warnings = warnings_of(text)
    assert len(warnings) == 1 and "第2篇“市民呼吁增设夜间公交”" in warnings[0], warnings
    assert "正文可能在导出时漏了" in warnings[0]


@pytest.mark.parametrize(
    "text",
    [
        # a continuation, its title repeated
        "（上接第1版）\n城西新建三座公园\n公园里新栽了银杏和香樟，铺设了透水步道。\n",
        # every story has its text
        "城西新建三座公园\n本报讯 城西区今年新建三座公园，国庆节前全部开放。\n",
        # an untitled brief
        "本报讯 城西区今年新建三座公园，总面积四十多公顷，国庆节前全部开放。\n",
    ],
    ids=["continuation", "texts", "untitled"],
)
def test_stories_with_text_elsewhere_or_no_title_are_not_warned_about(text):
    assert warnings_of(text) == []


def test_a_story_whose_text_is_on_a_later_page_is_not_warned_about():
    (empty, after) = parsing.parse_page(PAGE.encode()).articles
    jumps_on = replace(
        empty, markers=(Marker(direction="forward", label="4", text="（下转第4版）"),)
    )
    page = replace(parsing.parse_page(PAGE.encode()), articles=(jumps_on, after))

    assert empty_story_warnings(page, "3") == []


def test_a_story_over_a_jump_marker_that_follows_no_text_is_warned_about():
    # (the parser sets the marker aside: no jump is kept, the story stays empty)
    text = "老人视力衰退趋升\n记者 王刚\n（下转第4版）\n\n城西新建三座公园\n本报讯 城西区今年新建三座公园。\n"
    (warning,) = warnings_of(text)
    assert warning.startswith(SAID)


# The command, its --json and the desk --------------------------------------------------------


def _page(tmp_path):
    path = tmp_path / "3.txt"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_the_command_prints_the_warning_and_again_for_the_same_bytes(tmp_path):
    path = _page(tmp_path)
    for _ in range(2):  # (the same bytes again: the report is read from the page's row)
        out = StringIO()
        call_command("import_pages", str(path), *FLAGS, stdout=out, stderr=StringIO())
        printed = out.getvalue()
        (line,) = [line for line in printed.splitlines() if SAID in line]
        assert line.strip().startswith("注意：") and NEXT in line
    assert "未变" in printed
    story = Article.objects.get(headline="老人视力衰退趋升")
    assert story.byline == "记者 王刚" and story.paragraphs() == []  # imported as it reads


def test_the_commands_json_lists_the_warning_with_the_page(tmp_path):
    out = StringIO()
    call_command("import_pages", str(_page(tmp_path)), *FLAGS, "--json", stdout=out)
    (page,) = json.loads(out.getvalue())["pages"]
    assert [w for w in page["warnings"] if w.startswith(SAID) and READERS in w], page["warnings"]


UPLOAD = "/admin/articles/page/upload/"


def test_the_upload_shows_the_warning_in_its_preview_and_after_the_import(admin_client):
    form = form_data(admin_client.get(UPLOAD), "upload-form")
    form.update(paper="澄江日报", issue_date="2020-07-25", page="3", new_paper="on")
    form["files"] = [SimpleUploadedFile("3.txt", PAGE.encode(), "text/plain")]

    preview = admin_client.post(UPLOAD, form)

    assert preview.status_code == 200
    html = preview.content.decode()
    assert SAID in html and READERS in html
    confirm = form_data(preview, "confirm-form")
    done = admin_client.post(UPLOAD, {**confirm, "confirm": "1"})
    said = [str(m) for m in done.wsgi_request._messages]
    (warning,) = [m for m in said if m.startswith("注意：") and SAID in m]
    assert NEXT in warning
    assert Article.objects.filter(headline="老人视力衰退趋升").exists()
