"""Stitching a whole import batch: the links of every group of jumps (an issue's markers that
point at one page) are written together at the end of the resolution, not group by group."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.importing import PageInput, pages_import
from articles.models import Article, Jump, JumpState

pytestmark = pytest.mark.django_db

# Two stories per source page, each continued on the next page (the continuations printed in
# the other order, so the links are decided by what they say).
STORIES = [
    (
        "运河公园开园迎客",
        "运河公园今天正式开园，园内步道沿河铺开，",
        "游客可以沿着河岸一路走到老码头。",
    ),
    (
        "新建学校秋季招生",
        "城东新建的三所学校今年秋季开始招生，",
        "家长可以在网上查看学区划分和报名时间。",
    ),
]


def _pages(groups: int) -> list[tuple[str, str]]:
    pages = []
    for g in range(groups):
        source, target = f"A{2 * g + 1}", f"A{2 * g + 2}"
        heads = [f"{head}（第{g + 1}组）" for head, _, _ in STORIES]
        first = "\n\n".join(
            f"{head}\n\n本报讯（记者陈明）{opening}（下转{target}版）"
            for head, (_, opening, _) in zip(heads, STORIES, strict=True)
        )
        second = "\n\n".join(
            f"{head}\n\n（上接{source}版）{rest}"
            for head, (_, _, rest) in reversed(list(zip(heads, STORIES, strict=True)))
        )
        pages += [(source, first + "\n"), (target, second + "\n")]
    return pages


def _import(groups: int) -> CaptureQueriesContext:
    items = [
        PageInput(
            paper_name="南通日报",
            paper_slug="nantong-daily",
            issue_date=date(2026, 5, groups),
            label=label,
            data=text.encode("utf-8"),
            source_name=f"{label}.txt",
        )
        for label, text in _pages(groups)
    ]
    with CaptureQueriesContext(connection) as ctx:
        results = list(pages_import(items))
    assert all(hasattr(r, "action") for r in results), results
    return ctx


def _moves(ctx: CaptureQueriesContext) -> int:
    return sum('UPDATE "articles_articlepart" SET "article_id"' in q["sql"] for q in ctx)


def test_every_story_of_a_batch_is_stitched_to_its_own_continuation():
    _import(3)
    for head, _, rest in STORIES:
        for g in range(3):
            story = Article.objects.with_parts().get(headline=f"{head}（第{g + 1}组）")
            parts = story.ordered_parts()
            assert [p.page.label for p in parts] == [f"A{2 * g + 1}", f"A{2 * g + 2}"]
            assert rest in parts[1].blocks[0]["text"]
    states = set(Jump.objects.filter(direction="forward").values_list("state", flat=True))
    assert states == {JumpState.LINKED}


def test_more_groups_in_a_batch_move_their_parts_in_no_more_statements():
    assert _moves(_import(2)) == _moves(_import(4)) == 1
