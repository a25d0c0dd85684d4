"""A continuation printed right after a story that itself jumps elsewhere, a blank line apart or
on the next line of a page with no blank lines, is linked to the story it continues, and the
other story's jump stays open (end to end through ``import_pages``; the parser's rule:
tests/parsing/test_merged_pair_printed_together.py)."""

from __future__ import annotations

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command

from articles.importing import UploadItem, upload_run
from articles.models import Article, Jump

pytestmark = pytest.mark.django_db

FRONT = (
    "老城区改造启动\n\n"
    "本报讯（记者钱进）老城区改造工程昨天正式启动，涉及十二个老旧小区、三千多户居民，"
    "将改造管网、加装电梯并增设停车位。（下转2版）\n"
)
INSIDE = (
    "新建学校开学\n\n"
    "本报讯（记者赵丽）城南新建的实验小学昨天迎来首批学生，学校设有二十四个班级，"
    "配备了实验室、体育馆和图书馆。（下转3版）\n\n"
    "（上接1版）改造将坚持居民自愿原则，先征求意见再动工，争取让大家满意。\n"
)
# The same page with no blank lines: the continuation stands on the line under the 下转.
INSIDE_SINGLE_SPACED = INSIDE.replace("\n\n", "\n")


@pytest.mark.parametrize("inside", [INSIDE, INSIDE_SINGLE_SPACED], ids=["blank", "single"])
@pytest.mark.parametrize("order", [("1", "2"), ("2", "1")])
def test_the_continuation_links_to_its_story_and_the_other_jump_stays_open(tmp_path, order, inside):
    texts = {"1": FRONT, "2": inside}
    for label in order:
        path = tmp_path / f"{label}.txt"
        path.write_text(texts[label], encoding="utf-8")
        call_command(
            "import_pages",
            str(path),
            *("--paper", "cheng-daily", "--date", "2025-06-03", "--workers", "0", "--new-paper"),
            stdout=StringIO(),
            stderr=StringIO(),
        )
    renewal = Article.objects.get(headline="老城区改造启动")
    assert sorted(renewal.parts.values_list("page__label", flat=True)) == ["1", "2"]
    school = Article.objects.get(headline="新建学校开学")
    assert "居民自愿" not in str(school.parts.get().blocks)
    (open_jump,) = Jump.objects.filter(part__article=school)
    assert open_jump.target_label == "3" and open_jump.direction == "forward"


@pytest.mark.parametrize("inside", [INSIDE, INSIDE_SINGLE_SPACED], ids=["blank", "single"])
def test_the_desk_preview_shows_the_continuation_linked_and_the_jump_to_page_three_open(inside):
    items = [
        UploadItem(
            name=f"{label}.txt",
            data=text.encode(),
            paper_name="城南日报",
            paper_slug="chengnan",
            issue_date=date(2025, 6, 3),
            label=label,
        )
        for label, text in (("1", FRONT), ("2", inside))
    ]
    outcomes = upload_run(items, dry_run=True)
    front, page_two = (o for o in outcomes)
    assert any("已接续（接 2版 第2篇）" in line for line in front.jumps), front.jumps
    assert [(j.marker, j.target_page) for j in page_two.report.pending_jumps] == [
        ("（下转3版）", "3")
    ]
    assert not Article.objects.exists()  # a preview writes nothing
