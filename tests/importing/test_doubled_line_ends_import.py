"""``import_pages`` reads a folder of pages whose line ends were converted to CRLF twice
(``\\r\\r\\n``) as the same pages with LF, and so does what reads the stored raw text again: a
continuation's repeated headline is its title line, a flag shows its own line; the raw text is
stored as it came (the rule: tests/parsing/test_doubled_line_ends.py). Texts written for these
tests (a county paper, 岚川日报)."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article, Page

pytestmark = pytest.mark.django_db

HEAD = "石湾镇老街改造完工"
FRONT = (
    f"{HEAD}\n\n本报讯（记者 顾言）石湾镇老街改造工程昨日完工，沿街三十二栋老屋修缮一新，"
    "青石板路重新铺就，（下转第二版）\n"
)
BACK = (
    "岚川日报\n第2版\n要闻\n\n"
    "（上接第一版）\n"
    f"{HEAD}\n"
    "镇里还在老街两端新设了两处停车场，方便游客前来。\n"
    "\n"
    "据了解，老街将于下月起举办周末夜市。\n"
)


def doubled(text: str) -> bytes:
    return text.replace("\n", "\r\n").replace("\n", "\r\n").encode("utf-8")


@pytest.fixture
def folder(tmp_path):
    day = tmp_path / "lanchuan-daily" / "2021-05-06"
    day.mkdir(parents=True)
    (tmp_path / "lanchuan-daily" / "paper.json").write_text(
        json.dumps({"name": "岚川日报", "slug": "lanchuan-daily"}), encoding="utf-8"
    )
    (day / "1.txt").write_bytes(doubled(FRONT))
    (day / "2.txt").write_bytes(doubled(BACK))
    return tmp_path


def test_the_command_reads_the_pages_as_with_lf_and_stores_them_as_they_came(folder):
    call_command("import_pages", str(folder), stdout=StringIO(), stderr=StringIO())
    story = Article.objects.with_parts().get()
    assert story.headline == HEAD and story.dateline == "本报讯"
    assert list(story.reporters.values_list("name", flat=True)) == ["顾言"]
    front, back = story.ordered_parts()
    assert [front.page.label, back.page.label] == ["1", "2"]
    assert back.title_lines == [HEAD]  # read again from the raw text: the same lines
    assert back.blocks[0]["text"].startswith("镇里还在老街两端")
    assert [b["text"] for b in back.blocks][-1] == "据了解，老街将于下月起举办周末夜市。"
    page = Page.objects.get(label="2")
    assert page.raw_text.encode("utf-8") == doubled(BACK)
    assert [(f["line"], f["text"]) for f in page.parser_flags] == [(3, "要闻")]


def test_the_page_saved_again_with_crlf_once_is_unchanged_text(folder):
    call_command("import_pages", str(folder), stdout=StringIO(), stderr=StringIO())
    page = folder / "lanchuan-daily" / "2021-05-06" / "2.txt"
    page.write_bytes(BACK.replace("\n", "\r\n").encode("utf-8"))  # the line ends mended
    out = StringIO()
    call_command("import_pages", str(page.parent), stdout=out, stderr=StringIO())
    assert "2版：文字未变（只是文件的换行符或 BOM 不同）" in out.getvalue(), out.getvalue()
