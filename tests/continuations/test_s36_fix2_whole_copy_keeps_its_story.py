"""A story printed whole on two pages stays one story, the same row, when its first page goes.

The importer keeps such a story once: its text on the first page, a ``whole_copy`` part on the
other (``articles/continuations/copies.py``). When the first page is undone (撤销本版导入) or
re-imported without it, the other page printed all of it: the story stays, the same row (its
address, history, deck, dateline, reporters and status), starting there. When the first page
comes back with it, the story takes its first part back (``articles/continuations/merging.py``,
``part_release``; ``copies._story_keep``).
"""

import pytest

from articles.importing.reportlines import conflict_in_chinese
from articles.models import Article, ArticlePart, Issue, Page, Publication, Status
from articles.publishing import issue_publish
from articles.removal import page_removal_plan, page_remove
from tests.factories import import_text

pytestmark = pytest.mark.django_db

# Written for this test: a story an e-paper serves merged (下转 and 上接 in the middle) on both
# pages, and another story on each page.
MERGED = """西河镇建成污水处理站
日处理污水两千吨
本报讯（记者 林晓禾）西河镇污水处理站昨天建成投用，每天可处理污水两千吨。
处理后的水达到一级标准，用于浇灌镇上的绿地和农田。
镇环保所说，配套管网已铺设二十公里，（下转第二版）（上接第一版）今年还将延伸到五个村。
附近居民说，河水比以前清了。
"""
PAGE1 = (
    MERGED
    + "\n西河中学新校舍启用\n本报讯（记者 周晴）西河中学新校舍昨天启用，可容纳学生一千二百名。\n"
)
PAGE2 = MERGED + "\n西河大桥开始维修\n本报讯（记者 周晴）西河大桥昨天开始维修，工期三个月。\n"
WITHOUT = PAGE1.split("\n\n", 1)[1]
HEADLINE = "西河镇建成污水处理站"
PRINTED = (HEADLINE, "日处理污水两千吨", "本报讯", ["林晓禾"])


def story() -> Article:
    return Article.objects.with_parts().get(headline__startswith=HEADLINE)


def shape(article: Article) -> tuple:
    return (article.headline, article.subheadline, article.dateline, article.reporter_names())


def places(article: Article) -> list[tuple[str, bool]]:
    return [(p.page.label, p.whole_copy) for p in article.ordered_parts()]


@pytest.fixture
def copied(db) -> Article:
    import_text(PAGE1, "1")
    import_text(PAGE2, "2")
    article = story()
    assert places(article) == [("1", False), ("2", True)]
    return article


def test_undoing_page_1_keeps_the_story_row_with_its_deck_reporter_and_status(copied):
    issue_publish(issue=Issue.objects.get())
    page_remove(page=Page.objects.get(label="1"))
    left = story()
    assert left.pk == copied.pk
    assert (left.page.label, places(left)) == ("2", [("2", False)])
    assert shape(left) == PRINTED
    assert left.status == Status.PUBLISHED and "延伸到五个村" in left.full_text()
    assert ArticlePart.objects.get(article=left).continued_from == ""


def test_undoing_page_1_is_recorded_in_the_story_history(copied, django_user_model):
    editor = django_user_model.objects.create_user("undoing-editor")
    page_remove(page=Page.objects.get(label="1"), user=editor)
    record = story().history.latest()
    assert record.history_change_reason.startswith("撤销本版导入")
    assert record.history_user == editor


def test_importing_page_1_again_after_the_undo_rejoins_the_same_story(copied):
    page_remove(page=Page.objects.get(label="1"))
    import_text(PAGE1, "1")
    again = story()
    assert again.pk == copied.pk
    assert (again.page.label, places(again)) == ("1", [("1", False), ("2", True)])
    assert shape(again) == PRINTED
    assert again.full_text().count("延伸到五个村") == 1


def test_the_undo_plan_says_the_story_stays_on_page_2(copied):
    plan = page_removal_plan(Page.objects.get(label="1"))
    assert [line for line in plan.stories if HEADLINE in line] == []
    assert plan.detached == []
    [kept] = plan.kept
    assert kept.startswith(f"2版 第1篇“{HEADLINE}”：2版也印了全文，稿件保留，改为从2版开始")
    assert "1 篇稿件整篇也印在别的版上，保留在那一版" in plan.summary()


def test_undoing_page_2_leaves_the_story_on_page_1(copied):
    plan = page_removal_plan(Page.objects.get(label="2"))
    assert plan.kept == [] and plan.stories == ["第2篇“西河大桥开始维修”"]
    assert plan.parts == [
        f"第1篇：1版“{HEADLINE}”整篇也印在本版，删去本版这一处（稿件和正文保留在1版）"
    ]
    page_remove(page=Page.objects.get(label="2"))
    assert (story().pk, places(story())) == (copied.pk, [("1", False)])


def test_page_1_reprinted_without_the_published_story_moves_it_and_says_so(copied):
    issue_publish(issue=Issue.objects.get())
    report = import_text(WITHOUT, "1")
    left = story()
    assert (left.pk, left.page.label, left.status, shape(left)) == (
        copied.pk,
        "2",
        Status.PUBLISHED,
        PRINTED,
    )
    [line] = report.conflicts
    assert "published and no longer in the page text; kept, starting on page 2 now" in line
    assert report.cross_page == []
    import_text(PAGE1, "1")
    assert (story().pk, places(story())) == (copied.pk, [("1", False), ("2", True)])


def test_a_story_published_on_page_2_first_stays_published_when_page_1_comes_on_a_signoff_paper(
    db,
):
    import_text(PAGE2, "2")
    Publication.objects.update(review_required=True)
    first = story()
    Article.objects.filter(pk=first.pk).update(status=Status.PUBLISHED)
    import_text(PAGE1, "1")
    joined = story()
    assert (joined.pk, joined.status, places(joined)) == (
        first.pk,
        Status.PUBLISHED,
        [("1", False), ("2", True)],
    )


def test_the_conflict_line_of_a_moved_story_says_where_it_starts_now_in_chinese(copied):
    issue_publish(issue=Issue.objects.get())
    report = import_text(WITHOUT, "1", dry_run=True)
    [line] = [conflict_in_chinese(c, dry_run=True) for c in report.conflicts]
    assert line == (
        f"1版 第1位的“{HEADLINE}”：新的版面文本里已没有它，2版印了它的全文：稿件将保留，"
        "改为从2版开始（正文、标题、记者、状态和地址不变）"
    )
    assert report.published_kept == report.conflicts  # the desk lists it with the kept ones
