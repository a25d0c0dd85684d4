"""The reporting commands' ``--paper`` reads a paper's name as the importer does: 南通日報 is
南通日报, full-width and upper-case letters are their plain forms (``articles.querysets``
``IssueQuerySet.of_paper_named``)."""

import io

import pytest
from django.core.management import CommandError, call_command

from articles.models import Issue, Status
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = (
    "湖畔小学迎来新校舍\n\n本报讯（记者 钱立）湖畔小学新校舍昨天投入使用，可容纳学生一千二百名。\n"
)


@pytest.mark.parametrize(
    "paper", ["南通日报", "南通日報", "nantong-daily", "NANTONG-DAILY", "ｎａｎｔｏｎｇ-daily"]
)
def test_check_jumps_finds_the_paper_however_its_name_is_written(paper):
    import_text(PAGE, "A1")
    out = io.StringIO()
    call_command("check_jumps", "--paper", paper, stdout=out, stderr=io.StringIO())
    assert "共检查 1 期：所有转版均已接好" in out.getvalue()


def test_another_papers_name_is_still_refused():
    import_text(PAGE, "A1")
    with pytest.raises(CommandError, match="南通晚报"):
        call_command("check_jumps", "--paper", "南通晚报", stdout=io.StringIO())


def test_publish_issue_finds_the_paper_by_its_name_in_the_other_script():
    import_text(PAGE, "A1")
    out = io.StringIO()
    call_command(
        "publish_issue",
        "--paper",
        "南通日報",
        "--date",
        "2020-07-09",
        stdout=out,
        stderr=io.StringIO(),
    )
    assert Issue.objects.get().status == Status.PUBLISHED


def test_reparse_pages_finds_the_paper_by_its_name_in_the_other_script():
    import_text(PAGE, "A1")
    out = io.StringIO()
    call_command(
        "reparse_pages", "--paper", "南通日報", "--dry-run", stdout=out, stderr=io.StringIO()
    )
    assert "A1" in out.getvalue() and "未变" in out.getvalue()
