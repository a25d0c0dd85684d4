"""The desk's line for a page says what is true once the whole upload is in: A9's 下转A10版
answered by A10 uploaded with it is not 待接 (as the preview's jump table says 已接续), in
either order, in the preview and once confirmed; in a background run (each page its own
transaction) the stored result of a page imported before the page answering it says so too."""

from __future__ import annotations

from datetime import date

import pytest

from articles.importing import UploadItem, runs, upload_run
from articles.importing.upload import report_text
from articles.models import ImportRun, Issue, Status

pytestmark = pytest.mark.django_db

NINE = (
    "港区新建冷链仓库投用\n"
    "本报讯（记者司南）港区新建的冷链仓库本周投入使用，可存放水产品六千吨，"
    "周边渔港的货不再绕道外省。（下转A10版）\n"
).encode()
TEN = "（上接A9版）仓库运营方说，下一步将开通直达内陆城市的冷链专列。\n".encode()
EIGHT = "渡口夜航恢复\n本报讯（记者蓝舟）停航两年的渡口夜航本周恢复，每晚三班。\n".encode()
DAY = date(2024, 5, 6)


def item(label: str, data: bytes) -> UploadItem:
    return UploadItem(
        name=f"{label}.txt",
        data=data,
        paper_name="海港日报",
        paper_slug="haigang",
        issue_date=DAY,
        label=label,
    )


def pages(order: list[str]) -> list[UploadItem]:
    texts = {"A9": NINE, "A10": TEN}
    return [item(label, texts[label]) for label in order]


@pytest.mark.parametrize("order", [["A9", "A10"], ["A10", "A9"]])
@pytest.mark.parametrize("dry_run", [True, False])
def test_a_jump_answered_in_the_same_upload_is_not_pending(order, dry_run):
    outcomes = upload_run(pages(order), dry_run=dry_run)
    nine = next(o for o in outcomes if o.item.label == "A9")
    assert any("已接续（接 A10版 第1篇）" in line for line in nine.jumps), nine.jumps
    for outcome in outcomes:
        line = report_text(outcome.report)
        assert "待接" not in line and "尚未导入" not in line, line
        assert outcome.report.pending_jumps == []


@pytest.fixture
def published_issue():
    upload_run([item("A8", EIGHT)], dry_run=False)
    Issue.objects.update(status=Status.PUBLISHED)


def test_a_continuation_uploaded_before_its_page_and_published_with_it(published_issue):
    outcomes = upload_run(pages(["A10", "A9"]), dry_run=False, publish_new=True)
    ten = outcomes[0]
    line = report_text(ten.report)
    assert "待接" not in line and "续文未接上" not in line, line
    assert "“港区新建冷链仓库投用”（上接A9版）" in ten.visibility.public, ten.visibility.summary


def test_a_background_runs_stored_lines_are_those_of_the_whole_run(published_issue):
    run = runs.run_create(
        [i.as_session() for i in pages(["A10", "A9"])],
        overwrite_edited=False,
        publish_new=True,
        user=None,
    )
    runs.run_execute(run.pk, run.attempt)
    ten, nine = ImportRun.objects.get(pk=run.pk).results
    assert ten["ok"] and nine["ok"], (ten, nine)
    for result in (ten, nine):
        assert "待接" not in result["summary"] and "尚未导入" not in result["summary"], result
        assert "续文未接上" not in result["summary"], result
    assert "读者现在看到 “港区新建冷链仓库投用”（上接A9版）" in "".join(ten["lines"]), ten["lines"]
    assert "还没有接上" not in "".join(ten["lines"]), ten["lines"]
