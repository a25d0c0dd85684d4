"""A page whose printed date is wrong (a misprint, an OCR misread) is imported under the date the
editor gives when the editor says so (``--printed-date-wrong``; the desk's tick box beside
出版日期), its raw text as printed and a warning kept in the report and on the page; without
that, the refusal names the way."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.importing import PageInput, page_reparse
from articles.importing.pipeline import page_import_parsed
from articles.models import Page
from tests.importing.misprinted import misprinted_input, refusal

pytestmark = pytest.mark.django_db

MISPRINTED = "人民日报\n一九四九年十月一日 星期六 第1版\n\n开国大典隆重举行\n\n本报讯 首都各界群众三十万人昨日在天安门广场集会，庆祝中华人民共和国成立。\n"
WARNING = "版面印的日期 1949-10-01 与出版日期 1949-10-02 不符（按编辑指定导入）"


def page_input(**kwargs) -> PageInput:
    return misprinted_input(
        MISPRINTED, paper="人民日报", day=date(1949, 10, 2), label="1", **kwargs
    )


def test_the_refusal_of_a_printed_date_names_the_override():
    said = refusal(page_input())
    assert "版面上印的日期是 1949-10-01，却要作为 1949-10-02 导入" in said
    assert "--date 1949-10-02 --printed-date-wrong" in said


def test_a_printed_date_said_wrong_imports_as_given_with_a_warning_on_the_page():
    report, _ = page_import_parsed(page_input(printed_date_wrong=True))
    assert report.action == "created" and WARNING in " ".join(report.warnings)
    page = Page.objects.get()
    assert str(page.issue.date) == "1949-10-02"
    assert page.raw_text == MISPRINTED  # kept as printed, never edited to agree
    assert any(WARNING in warning for warning in page.import_warnings)
    # read again by the parser (reparse_pages), the stored page is not refused
    assert page_reparse(page=page).action == "unchanged"


def test_a_printed_date_that_agrees_gives_no_warning():
    text = MISPRINTED.replace("十月一日", "十月二日")
    report, _ = page_import_parsed(
        PageInput(
            paper_name="人民日报",
            issue_date=date(1949, 10, 2),
            label="1",
            data=text.encode(),
            printed_date_wrong=True,
        )
    )
    assert not any("版面印的日期" in warning for warning in report.warnings)


def test_the_command_imports_a_misprinted_page_with_the_flag_and_the_date(tmp_path):
    folder = tmp_path / "人民日报" / "1949-10-02"
    folder.mkdir(parents=True)
    (folder / "1.txt").write_text(MISPRINTED)
    err = StringIO()
    with pytest.raises(CommandError, match="1 个导入失败"):
        call_command("import_pages", str(folder / "1.txt"), stdout=StringIO(), stderr=err)
    assert "--date 1949-10-02 --printed-date-wrong" in err.getvalue()
    assert not Page.objects.exists()
    with pytest.raises(CommandError, match="--printed-date-wrong 要与 --date 一起用"):
        call_command("import_pages", str(folder / "1.txt"), "--printed-date-wrong")
    out = StringIO()
    call_command(
        "import_pages",
        str(folder / "1.txt"),
        "--date",
        "1949-10-02",
        "--printed-date-wrong",
        stdout=out,
        stderr=StringIO(),
    )
    assert f"注意：{WARNING}" in out.getvalue()
    assert str(Page.objects.get().issue.date) == "1949-10-02"
