"""Markers that name no page but the next or previous one (``（转下版）`` / ``（接上版）``) are
resolved to labels on import (A1's next page is A2), so the story is stitched in either import
order; ``（接上版）`` on A1 names no page: left in the text as printed, with a warning
(INPUT.md "Continuations"; README, Continuations)."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article, ArticlePart, Jump, JumpState, Page

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


def _import(*paths) -> str:
    out = StringIO()
    call_command(
        "import_pages",
        *map(str, paths),
        "--paper",
        "湖滨日报",
        "--date",
        "2024-03-06",
        "--workers",
        "0",
        stdout=out,
        stderr=StringIO(),
    )
    return out.getvalue()


@pytest.mark.parametrize("front_first", [True, False])
@pytest.mark.parametrize(
    ("pages", "forward", "backward"),
    [
        (("A1", "A2"), "（转下版）", "（接上版）"),
        (("A1", "A2"), "(下轉次版)", "【緊接上頁】"),
        (("3", "4"), "（下转下版）", "（续上版）"),
    ],
)
def test_a_jump_to_the_next_page_is_stitched_in_either_import_order(
    tmp_path, pages, forward, backward, front_first
):
    front, inside = pages
    (tmp_path / f"{front}.txt").write_text(FRONT.format(forward=forward), encoding="utf-8")
    (tmp_path / f"{inside}.txt").write_text(INSIDE.format(backward=backward), encoding="utf-8")
    order = [front, inside] if front_first else [inside, front]
    for label in order:  # one run a page: the later page links the jump
        _import(tmp_path / f"{label}.txt")
    jump = Jump.objects.get(direction="forward")
    assert (jump.target_label, jump.state) == (inside, JumpState.LINKED)
    story = Article.objects.get(headline="西岭水库完成除险加固")
    parts = list(story.parts.order_by("sequence"))
    assert [part.page.label for part in parts] == [front, inside]
    assert parts[1].continued_from == front
    assert parts[1].blocks[0]["text"].startswith("水库管理站介绍")
    assert Article.objects.count() == 2


def test_a_previous_page_marker_on_the_first_page_stays_text_with_a_warning(tmp_path):
    (tmp_path / "A1.txt").write_text(INSIDE.format(backward="（接上版）"), encoding="utf-8")
    _import(tmp_path / "A1.txt")
    page = Page.objects.get(label="A1")
    warning = next(w for w in page.import_warnings if "（接上版）" in w)
    assert "A1版之前没有版面" in warning and "--page" in warning
    assert not Jump.objects.exists()
    part = next(p for p in ArticlePart.objects.all() if "水库管理站" in p.blocks[0]["text"])
    assert part.blocks[0]["text"].startswith("（接上版）水库管理站介绍")  # as printed
    assert not part.continued_from
    assert Article.objects.count() == 2


def test_a_reparse_resolves_the_markers_as_the_import_did(tmp_path):
    (tmp_path / "A1.txt").write_text(FRONT.format(forward="（转下版）"), encoding="utf-8")
    (tmp_path / "A2.txt").write_text(INSIDE.format(backward="（接上版）"), encoding="utf-8")
    _import(tmp_path / "A1.txt", tmp_path / "A2.txt")
    call_command("reparse_pages", stdout=StringIO(), stderr=StringIO())
    jump = Jump.objects.get(direction="forward")
    assert (jump.target_label, jump.state) == ("A2", JumpState.LINKED)
    story = Article.objects.get(headline="西岭水库完成除险加固")
    assert [part.page.label for part in story.parts.order_by("sequence")] == ["A1", "A2"]
    assert Article.objects.count() == 2
