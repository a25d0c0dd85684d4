"""reparse_pages says, story by story, what its re-parse keeps for the editors and what
``--overwrite-edited`` replaces: each conflict line (a hand edit left as saved, an edited or
published story or continuation the new text no longer has) appears when it should, worded for
a trial run (将保留) or a real one (已保留), and not otherwise; with ``--overwrite-edited`` no
conflict is left, and each hand edit replaced (覆盖) and each published story removed (注意) is
named, not only counted on the page's line.

The new parser is played by the stored text itself: changing ``Page.raw_text`` is what a parser
reading the same text differently would do to the stories."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article, Page, Status
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PARK = "城东新建口袋公园\n\n本报讯（记者秦远）城东街道今年新建三座口袋公园，方便居民就近休闲。\n"
CANTEEN = "社区食堂推出老年套餐\n\n本报讯（记者柯岚）城东社区食堂本周推出老年套餐，每份十二元。\n"
LIGHTS = "运河步道夜间亮灯\n\n本报讯（记者陈明）运河步道沿线路灯本月起每晚亮到十点。\n"
FRONT = (
    "运河公园开园迎客\n\n本报讯（记者陈明）运河公园今天正式开园，园内步道沿河铺开，（下转A2版）\n"
)
BACK = "（上接A1版）游客可以沿着河岸一路走到老码头，园内还设有三处观景平台。\n"
TRIAL = {True: "将保留", False: "已保留"}


def reparse(*args: str) -> list[str]:
    out = StringIO()
    call_command("reparse_pages", "--paper", "nantong-daily", *args, stdout=out, stderr=StringIO())
    return out.getvalue().splitlines()


def flags(dry_run: bool) -> tuple[str, ...]:
    return ("--dry-run",) if dry_run else ()


def lines_of(output: list[str], kind: str) -> list[str]:
    return [line.strip() for line in output if line.strip().startswith(kind)]


def story(start: str) -> Article:
    return Article.objects.get(headline__startswith=start)


def edit(article: Article, **fields) -> None:
    for name, value in fields.items():
        setattr(article, name, value)
    article.mark_edited()
    article.save()


@pytest.fixture
def page():
    import_text(PARK + "\n" + CANTEEN + "\n" + LIGHTS, "A1")
    return Page.objects.get()


@pytest.mark.parametrize("dry_run", [True, False])
def test_a_page_the_parser_reads_as_before_prints_no_conflict(page, dry_run):
    Article.objects.filter(headline__startswith="社区").update(status=Status.PUBLISHED)
    output = reparse(*flags(dry_run))
    # The page's line and the run's totals, nothing else.
    assert len(output) == 2 and "冲突" not in output[0]
    assert output[1].startswith("重新解析了 1 个版面：")


def test_a_hand_edit_the_text_still_prints_is_kept_as_saved_and_named(page):
    edit(story("城东"), headline="城东新建三座口袋公园")
    output = reparse("--dry-run")
    assert lines_of(output, "冲突") == [
        "冲突：A1版 第1位的“城东新建三座口袋公园”：编辑改过，保留编辑保存的内容"
        "（加上 --overwrite-edited 才会换成版面文本）"
    ]
    assert "1 处冲突（人工修改过的内容将保留）" in output[0]


@pytest.mark.parametrize("dry_run", [True, False])
def test_a_published_story_the_text_no_longer_has_is_kept_and_named(page, dry_run):
    Article.objects.filter(headline__startswith="社区").update(status=Status.PUBLISHED)
    Page.objects.update(raw_text=PARK + "\n" + LIGHTS)
    (line,) = lines_of(reparse(*flags(dry_run)), "冲突")
    # Kept after the stories the new text has: named at the place it has after the import.
    assert line.startswith(
        "冲突：A1版“社区食堂推出老年套餐”（导入后排在第3位，新文本的稿件之后）："
        "已经发布，新的版面文本里已没有它，"
    )
    assert f"{TRIAL[dry_run]}，读者仍能打开" in line and TRIAL[not dry_run] not in line
    assert story("社区").status == Status.PUBLISHED


@pytest.mark.parametrize("dry_run", [True, False])
def test_an_edited_story_the_text_no_longer_has_is_kept_and_named(page, dry_run):
    edit(story("运河"))
    Page.objects.update(raw_text=PARK + "\n" + CANTEEN)
    (line,) = lines_of(reparse(*flags(dry_run)), "冲突")
    assert line == (
        "冲突：A1版“运河步道夜间亮灯”（导入后排在第3位，新文本的稿件之后）："
        f"编辑改过，新的版面文本里已没有它，"
        f"{TRIAL[dry_run]}（加上 --overwrite-edited 才会删去）"
    )


def test_a_story_neither_edited_nor_published_goes_without_a_conflict(page):
    Page.objects.update(raw_text=PARK + "\n" + CANTEEN)
    output = reparse()
    assert not lines_of(output, "冲突") and not Article.objects.filter(headline="运河步道夜间亮灯")


@pytest.mark.parametrize("dry_run", [True, False])
def test_a_published_continuation_the_text_no_longer_has_is_kept_and_named(dry_run):
    import_text(FRONT, "A1")
    import_text(BACK + "\n" + CANTEEN, "A2")
    Article.objects.update(status=Status.PUBLISHED)
    Page.objects.filter(label="A2").update(raw_text=CANTEEN)
    output = reparse("--page", "A2", *flags(dry_run))
    (line,) = lines_of(output, "冲突")
    assert line.startswith(
        "冲突：A2版 第2位（导入后，排在新文本的稿件之后）："
        "A1版“运河公园开园迎客”在本版的续文已经发布，"
    )
    assert f"{TRIAL[dry_run]}，读者仍能读到" in line
    assert not lines_of(output, "续文")


@pytest.mark.parametrize("dry_run", [True, False])
def test_overwrite_edited_names_what_it_replaces_and_the_published_story_it_removes(page, dry_run):
    edit(story("城东"), headline="城东新建三座口袋公园")
    edit(story("运河"))
    Article.objects.filter(headline__startswith="社区").update(status=Status.PUBLISHED)
    Page.objects.update(raw_text=PARK)
    output = reparse("--overwrite-edited", *flags(dry_run))
    will = "将" if dry_run else "已"
    assert not lines_of(output, "冲突")
    assert lines_of(output, "覆盖") == [
        f"覆盖：A1版 第3位的“运河步道夜间亮灯”：编辑改过，新的版面文本里已没有它，"
        f"按 --overwrite-edited {will}删去",
        f"覆盖：A1版 第1位的“城东新建三座口袋公园”：编辑改过的内容{will}换成版面文本"
        "（按 --overwrite-edited）",
    ]
    assert lines_of(output, "注意") == [
        "注意：A1版 第2位的已发布稿件“社区食堂推出老年套餐”：新的版面文本里已没有它，"
        f"按 --overwrite-edited {will}删去（读者再打不开它的地址）"
    ]


def test_overwrite_edited_over_a_page_with_nothing_edited_names_nothing(page):
    output = reparse("--overwrite-edited", "--dry-run")
    assert len(output) == 2 and output[1].startswith("重新解析了 1 个版面：")


def test_pages_of_several_papers_on_one_date_are_reparsed_in_the_papers_order():
    """Two papers' A1 of one date: reparse goes paper by paper (by slug), whatever the import
    order, so two runs print the same lines on every database."""
    import_text(PARK, "A1", paper="扬子晚报", slug="yangtse-evening")
    import_text(CANTEEN, "A1", paper="南通日报", slug="nantong-daily")
    out = StringIO()
    call_command("reparse_pages", "--dry-run", stdout=out, stderr=StringIO())
    papers = [line.split()[0] for line in out.getvalue().splitlines() if "A1版" in line]
    assert papers[:2] == ["南通日报", "扬子晚报"], out.getvalue()
