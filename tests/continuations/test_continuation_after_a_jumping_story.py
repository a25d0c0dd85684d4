"""A continuation printed right after a story that itself jumps elsewhere, a blank line apart,
is linked to the story it continues, and the other story's jump stays open (end to end through
``import_pages``; the parser's rule: tests/parsing/test_merged_pair_printed_together.py)."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

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


@pytest.mark.parametrize("order", [("1", "2"), ("2", "1")])
def test_the_continuation_links_to_its_story_and_the_other_jump_stays_open(tmp_path, order):
    texts = {"1": FRONT, "2": INSIDE}
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
