"""A story spreadsheet row that no longer names the story it was exported from is refused with
what happened and what to do (reviewer, session 63): its story was merged into the one before it
since the export (合并到上一篇), or its 报纸 cell was changed to another paper that prints a story
at the same date, page and place (two papers of one group print A1/A2 on the same day)."""

from datetime import date
from pathlib import Path

import pytest

from articles.models import Article
from articles.spreadsheets import ArticleResource
from articles.storyjoin import story_merge
from tests.admin.test_s37_fix3_spreadsheet_fingerprints import edited, refusals
from tests.factories import import_text

pytestmark = pytest.mark.django_db
DAY = date(2026, 11, 2)
PAGES = Path(__file__).resolve().parent.parent / "data" / "two_papers"


def two_papers():
    for slug, name in (("qc-daily", "晴川日报"), ("qc-evening", "晴川晚报")):
        for label in ("A1", "A2"):
            text = (PAGES / f"{slug[3:]}-{label}.txt").read_text(encoding="utf-8")
            import_text(text, label, when=DAY, paper=name, slug=slug)


def row_of(ds, article: Article) -> int:
    return [a.pk for a in ArticleResource().get_queryset()].index(article.pk)


def test_a_row_of_a_story_merged_since_the_export_says_into_which_and_what_to_do():
    two_papers()
    later = Article.objects.get(headline="地铁三号线周末加开夜班车")
    ds = ArticleResource().export()
    row = row_of(ds, later)
    story_merge(later=later)
    edited(ds, {(row, "引题"): "编辑改的引题"})
    result = ArticleResource().import_data(ds, dry_run=False)
    (message,) = refusals(result)[row + 1]["位置"]
    assert (
        "“地铁三号线周末加开夜班车”在导出这份表格之后已合并到A1版 第1篇“夜色里的新码头”" in message
    )
    assert "请重新导出表格" in message and "删去这一行" in message
    assert "没有从第" not in message


def test_a_row_whose_paper_was_changed_says_so_and_that_a_row_cannot_move_a_story():
    two_papers()
    daily = Article.objects.get(headline="秋季蔬菜供应充足价格平稳")
    evening = Article.objects.get(headline="晴川晚报读者节报名开启")
    assert (daily.page.label, daily.position) == (evening.page.label, evening.position)
    ds = ArticleResource().export()
    row = row_of(ds, daily)
    edited(ds, {(row, "报纸"): "晴川晚报", (row, "主题"): "秋季蔬菜（错放报纸）"})
    result = ArticleResource().import_data(ds, dry_run=False)
    errors = refusals(result)[row + 1]
    assert list(errors) == ["报纸"], errors
    (message,) = errors["报纸"]
    assert (
        "这一行的报纸被改成了“晴川晚报”，但这一行导出时是晴川日报 2026-11-02 A1版 第2篇" in message
    )
    assert "表格不能把稿件移到另一份报纸；请把报纸改回“晴川日报”再导入，或删去这一行" in message
    assert "主题已被改为" not in message
    evening.refresh_from_db()
    assert evening.headline == "晴川晚报读者节报名开启"
