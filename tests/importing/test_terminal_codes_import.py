"""``import_pages`` reads a page with a terminal's colour codes pasted in (``ESC [ 31 m``) without
them, tells the editor how many it left out, and keeps the raw text as it came; the flag shows
its line as printed, without the codes (the rule: tests/parsing/test_terminal_codes.py). Text
written for these tests (a county paper, 岚川日报)."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article, Page

pytestmark = pytest.mark.django_db

PAGE = (
    "岚川县新建口袋公园\n\n"
    "本报讯\x1b[31m（记者 李明）\x1b[0m岚川县城区两座口袋公园日前建成开放，"
    "市民多了休闲\x1b[1;32m去处。\x1b(B\x1b[m\n"
)


def test_the_command_reads_the_page_without_the_codes_and_says_how_many(tmp_path):
    day = tmp_path / "lanchuan-daily" / "2021-05-06"
    day.mkdir(parents=True)
    (tmp_path / "lanchuan-daily" / "paper.json").write_text(
        json.dumps({"name": "岚川日报", "slug": "lanchuan-daily"}), encoding="utf-8"
    )
    (day / "1.txt").write_text(PAGE, encoding="utf-8")
    out = StringIO()
    call_command("import_pages", str(tmp_path), stdout=out, stderr=StringIO())
    said = out.getvalue()
    assert "版面文本里有 5 个终端颜色代码" in said, said
    assert "\x1b" not in said  # the line quoted as printed:
    assert "：“本报讯（记者 李明）岚川县城区两座口袋公园日前建成开放，市民多了休闲去处。”" in said
    story = Article.objects.get()
    assert story.dateline == "本报讯"
    assert list(story.reporters.values_list("name", flat=True)) == ["李明"]
    page = Page.objects.get()
    assert page.raw_text == PAGE
    (flag,) = page.parser_flags
    assert (
        flag["text"] == "本报讯（记者 李明）岚川县城区两座口袋公园日前建成开放，市民多了休闲去处。"
    )
