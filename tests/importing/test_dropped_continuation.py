"""A re-import whose text no longer gives a story's continuation says so: which story, on which
page, that the jump is open again and what to do (text report, dry run, --json). (A published or
hand-edited story's continuation is kept instead: test_kept_continuation.py.)"""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Jump, JumpState

pytestmark = pytest.mark.django_db

FRONT = (
    "河滨公园改造方案公示\n"
    "本报讯（记者顾晓岚）河滨公园改造方案昨天起在公园南门公示，为期十天。方案提出拓宽沿河步道，"
    "增设两处儿童游乐场和一座观景平台。（下转2版）\n"
)
CONTINUATION = (
    "（上接1版）市园林局介绍，改造工程计划今年秋季开工，施工期间公园分区开放，"
    "市民可在公示期内通过信箱提出意见。\n"
)
OTHER = "城北菜场恢复营业\n本报讯（记者程一帆）装修了两个月的城北菜场昨天恢复营业，摊位重新排号。\n"
FLAGS = ("--paper", "湖滨日报", "--date", "2024-03-05")


def run(*args) -> str:
    out = StringIO()
    call_command("import_pages", *map(str, args), "--workers", "0", stdout=out, stderr=StringIO())
    return out.getvalue()


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def linked(tmp_path):
    run(
        write(tmp_path, "1.txt", FRONT),
        write(tmp_path, "2.txt", CONTINUATION + "\n" + OTHER),
        *FLAGS,
    )
    assert Jump.objects.get(direction="forward").state == JumpState.LINKED
    return write(tmp_path, "cut2.txt", OTHER)


def test_the_report_names_the_dropped_continuation_and_the_open_jump(linked):
    dry = run(linked, "--page", "2", *FLAGS, "--dry-run")
    real = run(linked, "--page", "2", *FLAGS)
    assert "1 段续文已不在文本里（转版将重新待接）" in dry
    assert "1 段续文已不在文本里（转版重新待接）" in real
    for out in (dry, real):
        line = next(x for x in out.splitlines() if x.strip().startswith("续文："))
        assert "1版“河滨公园改造方案公示”在2版的续文已不在新的版面文本里" in line
        assert ("将删去" in line) == (out is dry) and ("已删去" in line) == (out is real)
        assert "重新待接" in line and "“（下转2版）”" in line and "读者" not in line
        assert "补回本版的文本再导入" in line
    assert Jump.objects.get(direction="forward").state != JumpState.LINKED
    check = StringIO()
    with pytest.raises(CommandError):
        call_command("check_jumps", *FLAGS, stdout=check)
    assert "（下转2版）" in check.getvalue()


def test_the_json_report_lists_it(linked):
    (page,) = json.loads(run(linked, "--page", "2", *FLAGS, "--json"))["pages"]
    (line,) = page["dropped_continuations"]
    assert "河滨公园改造方案公示" in line and "重新待接" in line


def test_a_page_that_still_gives_the_continuation_says_nothing_of_it(tmp_path, linked):
    kept = write(tmp_path, "same2.txt", CONTINUATION + "\n" + OTHER.replace("两个月", "三个月"))
    out = run(kept, "--page", "2", *FLAGS)
    assert "续文" not in out


def test_the_jump_it_opened_is_listed_with_the_open_jumps(linked):
    for args in (("--dry-run",), ()):
        (page,) = json.loads(run(linked, "--page", "2", *FLAGS, "--json", *args))["pages"]
        (jump,) = page["pending_jump_details"]
        assert (jump["page"], jump["marker"], jump["target_page"]) == ("1", "（下转2版）", "2")
        assert page["pending_jumps"] == [f"1 #1 （下转2版） → 2 ({jump['state_label']})"]


def test_the_text_report_counts_it_as_an_open_jump(linked):
    summary = run(linked, "--page", "2", *FLAGS).splitlines()[0]
    assert "1 处转版待接" in summary


def test_the_advice_for_a_continuation_moved_to_another_page_is_what_links_it(linked, tmp_path):
    # Page 1 still says 下转2版; a 上接1版 part on page 3 does not answer it by itself.
    out = run(linked, "--page", "2", *FLAGS)
    line = next(x for x in out.splitlines() if x.strip().startswith("续文："))
    assert "自动接上" not in line
    assert "把1版文本里的转版标记改成那一版" in line and "重新导入1版" in line
    run(write(tmp_path, "3.txt", CONTINUATION), "--page", "3", *FLAGS)
    assert Jump.objects.get(direction="forward").state != JumpState.LINKED
    moved = FRONT.replace("（下转2版）", "（下转3版）")
    run(write(tmp_path, "1.txt", moved), "--page", "1", *FLAGS)
    forward = Jump.objects.get(direction="forward")
    assert forward.state == JumpState.LINKED and forward.to_part.page.label == "3"


CUT_FRONT = (
    "城南新建两座公交首末站\n本报讯（记者程一帆）城南片区两座公交首末站本月底投用，新开三条线路。\n"
)


def test_cutting_a_story_from_its_first_page_names_its_orphaned_continuation(linked, tmp_path):
    cut = write(tmp_path, "cut1.txt", CUT_FRONT)  # (its one story replaced: said to be meant)
    dry = run(cut, "--page", "1", *FLAGS, "--dry-run", "--replace-unrelated")
    out = run(cut, "--page", "1", *FLAGS, "--json", "--replace-unrelated")
    (report,) = json.loads(out)["pages"]
    (line,) = report["orphaned_continuations"]
    assert line in report["warnings"]
    assert "1版“河滨公园改造方案公示”已不在新的版面文本里，已删去" in line
    assert "它在2版的续文“市园林局介绍，改造工程计…”已成为单独的一篇草稿" in line
    assert "已没有哪一版转到它" in line and "上接1版" in line
    assert "1 段别版的续文将无处转入" in dry and "将成为单独的一篇草稿" in dry
    assert "1版：将更新" in dry
