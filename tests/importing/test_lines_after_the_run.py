"""A page's line says what is true once the run is in: a jump answered by a page imported
with it (in the same batch, a later batch, or before it in the order given) is not 待接, and a
continuation linked by a later page is not a waiting draft; a dry run says the same."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Issue, Jump, JumpState

pytestmark = pytest.mark.django_db

# A story on 9 continued on 10 (the jump both ways), a page 8 to publish the issue with first.
NINE = (
    "港区新建冷链仓库投用\n"
    "本报讯（记者司南）港区新建的冷链仓库本周投入使用，可存放水产品六千吨，"
    "周边渔港的货不再绕道外省。（下转A10版）\n"
)
TEN = "（上接A9版）仓库运营方说，下一步将开通直达内陆城市的冷链专列。\n"
EIGHT = "渡口夜航恢复\n本报讯（记者蓝舟）停航两年的渡口夜航本周恢复，每晚三班。\n"
FLAGS = ("--paper", "海港日报", "--date", "2024-05-06", "--workers", "0")


def run(*args) -> str:
    out = StringIO()
    call_command("import_pages", *map(str, args), *FLAGS, stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture
def files(tmp_path):
    for name, text in (("A8", EIGHT), ("A9", NINE), ("A10", TEN)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return tmp_path


AGAIN = "全部版面导入后，"


def lines(out: str) -> dict[str, str]:
    """Each page's line (and the indented lines under it) by label, as it stands at the end: a
    line printed again after the run (``全部版面导入后，…``) replaces the one printed as the page
    came in."""
    found: dict[str, str] = {}
    label = ""
    for line in out.splitlines():
        line = line.removeprefix(AGAIN)
        if "版：" in line and not line.startswith(" "):
            label = line.split(" ")[2].split("版：")[0]
            found[label] = line
        elif label and line.startswith(" "):
            found[label] += "\n" + line
    return found


@pytest.mark.parametrize("order", [("A9", "A10"), ("A10", "A9")])
@pytest.mark.parametrize("batch", ["64", "1"])
@pytest.mark.parametrize("dry", [False, True])
def test_a_jump_answered_by_a_page_of_the_same_run_is_not_pending(files, order, batch, dry):
    args = [files / f"{name}.txt" for name in order] + ["--batch-size", batch]
    out = run(*args, *(["--dry-run"] if dry else []))
    assert set(lines(out)) == {"A9", "A10"}, out
    assert not any("待接" in line or "尚未导入" in line for line in lines(out).values()), out
    if batch == "64":  # one batch: right when first printed, nothing printed again
        assert "待接" not in out and AGAIN not in out, out
    pages = json.loads(run(*args, "--json", *(["--dry-run"] if dry else [])))["pages"]
    assert [page["pending_jumps"] for page in pages] == [[], []]


def test_a_dry_run_over_batches_says_what_the_real_run_says(files):
    args = [files / "A10.txt", files / "A9.txt", "--batch-size", "1"]
    dry = run(*args, "--dry-run")
    real = run(*args)
    assert {k: v.replace("将", "") for k, v in lines(dry).items()} == lines(real)
    assert "待接" not in dry and AGAIN not in dry
    assert AGAIN in real  # the first page's line, printed again once its jump was answered


@pytest.fixture
def published(files):
    run(files / "A8.txt")
    Issue.objects.update(status="published")
    return files


@pytest.mark.parametrize("batch", ["64", "1"])
def test_a_continuation_linked_by_a_later_page_is_not_waiting(published, batch):
    out = run(published / "A10.txt", published / "A9.txt", "--batch-size", batch)
    ten = lines(out)["A10"]
    assert "续文未接上" not in ten and "不要单独发布" not in ten, out
    assert "待接" not in ten and "尚未导入" not in ten, out
    assert Jump.objects.exclude(state=JumpState.LINKED).count() == 0
    assert "1 篇新稿件仍是草稿" in lines(out)["A9"], out


def test_a_jump_still_open_at_the_end_is_still_pending(files):
    out = run(files / "A9.txt", "--batch-size", "1")
    assert "1 处转版待接（A10版尚未导入）" in lines(out)["A9"], out
