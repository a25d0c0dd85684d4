"""``--overwrite-edited`` over the same page text says what it did: ``未变`` when there was no
hand edit to replace, ``更新`` naming each hand edit the page text replaced."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article

pytestmark = pytest.mark.django_db

PAGE = (
    "湖心岛码头今起试运行\n"
    "本报讯（记者顾晓岚）湖心岛新码头今天起试运行，游船每半小时一班，末班船晚上六点发出。\n\n"
    "老年大学秋季班开始报名\n"
    "本报讯（记者程一帆）市老年大学秋季班下周一开始报名，新开书法、摄影和智能手机三门课。\n"
)
FLAGS = ("--paper", "湖滨日报", "--date", "2024-03-05", "--page", "3", "--workers", "0")


def run(path, *args) -> str:
    out = StringIO()
    call_command("import_pages", str(path), *FLAGS, *args, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def page(tmp_path):
    path = tmp_path / "3.txt"
    path.write_text(PAGE, encoding="utf-8")
    run(path)
    return path


def test_overwriting_a_page_without_hand_edits_says_unchanged(page):
    dry = run(page, "--overwrite-edited", "--dry-run")
    out = run(page, "--overwrite-edited")
    for text in (dry, out):
        assert "3版：未变" in text and "更新" not in text and "覆盖" not in text
    (report,) = json.loads(run(page, "--overwrite-edited", "--json"))["pages"]
    assert report["action"] == "unchanged" and report["overwritten"] == []


def test_overwriting_a_hand_edit_says_updated_and_names_it(page):
    story = Article.objects.get(headline="老年大学秋季班开始报名")
    story.headline = "老年大学秋季班报名开始"
    story.mark_edited()
    story.save()
    out = run(page, "--overwrite-edited")
    assert "3版：更新" in out and "1 处人工修改已被版面文本覆盖" in out
    line = next(x for x in out.splitlines() if x.strip().startswith("覆盖："))
    assert "“老年大学秋季班报名开始”：编辑改过的内容已换成版面文本" in line
    story.refresh_from_db()
    assert story.headline == "老年大学秋季班开始报名" and not story.is_edited
    assert "3版：未变" in run(page, "--overwrite-edited")  # nothing left to replace


def test_a_dry_run_says_the_hand_edit_would_be_overwritten_not_that_it_was(page):
    story = Article.objects.get(headline="老年大学秋季班开始报名")
    story.headline = "老年大学秋季班报名开始"
    story.mark_edited()
    story.save()
    dry = run(page, "--overwrite-edited", "--dry-run")
    assert "1 处人工修改将被版面文本覆盖" in dry and "已被" not in dry
    line = next(x for x in dry.splitlines() if x.strip().startswith("覆盖："))
    assert "编辑改过的内容将换成版面文本" in line and "已换成" not in line
    story.refresh_from_db()
    assert story.headline == "老年大学秋季班报名开始"  # the dry run changed nothing
