"""A story jumped with （转A2）/（接A1） or （下转第二页）/（上接第一页） is linked end to end by
``import_pages``: the continuation becomes the story's second part (INPUT.md "Continuations")."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article, Jump, JumpState

pytestmark = pytest.mark.django_db

FRONT = (
    "西岭水库完成除险加固\n"
    "本报讯（记者任书航）西岭水库除险加固工程昨天通过验收，大坝加高一米二，新建溢洪道一条。"
    "{forward}\n"
)
INSIDE = (
    "{backward}水库管理站介绍，工程让下游六个村的防洪标准提高到五十年一遇。\n\n"
    "北关小学新操场启用\n本报讯（记者向晴）北关小学的塑胶操场昨天启用，全校师生在新跑道上晨跑。\n"
)


@pytest.mark.parametrize(
    ("pages", "forward", "backward"),
    [
        (("A1", "A2"), "（转A2）", "（接A1）"),
        (("A1", "A2"), "(下转Ａ２)", "(上接Ａ１)"),
        (("1", "2"), "（下转第二页）", "（上接第一页）"),
        (("1", "2"), "（轉第2頁）", "（接第1頁）"),
    ],
)
def test_a_jump_printed_with_a_section_letter_or_ye_is_linked_on_import(
    tmp_path, pages, forward, backward
):
    front, inside = pages
    (tmp_path / f"{front}.txt").write_text(FRONT.format(forward=forward), encoding="utf-8")
    (tmp_path / f"{inside}.txt").write_text(INSIDE.format(backward=backward), encoding="utf-8")
    call_command(
        "import_pages",
        str(tmp_path / f"{front}.txt"),
        str(tmp_path / f"{inside}.txt"),
        "--paper",
        "湖滨日报",
        "--date",
        "2024-03-06",
        "--workers",
        "0",
        stdout=StringIO(),
        stderr=StringIO(),
    )
    assert Jump.objects.get(direction="forward").state == JumpState.LINKED
    story = Article.objects.get(headline="西岭水库完成除险加固")
    parts = list(story.parts.order_by("sequence"))
    assert [part.page.label for part in parts] == [front, inside]
    assert parts[1].blocks[0]["text"].startswith("水库管理站介绍")
    assert Article.objects.filter(headline="北关小学新操场启用").count() == 1
    assert Article.objects.count() == 2
