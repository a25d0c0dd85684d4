"""A dry run's summary line says what a real run will do, in the future tense as its page lines
(将新建), not what was done (导入了 … 新建): nothing was written."""

from io import StringIO

import pytest
from django.core.management import call_command

from articles.importing import ImportRun, PageImportReport
from articles.models import Page

pytestmark = pytest.mark.django_db

PAGE = "江边步道今天开放\n本报讯（记者李木）江边步道今天开放，全长三公里，沿途设有六个休息点。\n"


def run(*args):
    out = StringIO()
    call_command("import_pages", *map(str, args), stdout=out, stderr=StringIO())
    return out.getvalue().splitlines()


def test_a_dry_runs_summary_is_in_the_future_tense(tmp_path):
    page = tmp_path / "A1.txt"
    page.write_text(PAGE, encoding="utf-8")
    lines = run(page, "--paper", "晴川日报", "--date", "2024-05-06", "--dry-run")
    assert "晴川日报 2024-05-06 A1版：将新建；" in lines[-2]
    assert lines[-1] == "1 个文件中将导入 1 个版面：将新建 1（试运行：什么也没有写入）"
    assert not Page.objects.exists()
    lines = run(page, "--paper", "晴川日报", "--date", "2024-05-06")
    assert lines[-1] == "1 个文件中导入了 1 个版面：新建 1"


def test_every_outcome_has_its_future_tense():
    run_ = ImportRun(pages=3, dry_run=True)
    for action in ("created", "updated", "unchanged"):
        run_.add(PageImportReport("x.txt", "晴川日报", "2024-05-06", "A1", action=action))
    assert run_.summary == (
        "3 个文件中将导入 3 个版面：将新建 1，未变 1，将更新 1（试运行：什么也没有写入）"
    )
