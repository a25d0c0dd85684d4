"""What the masthead prints about its issue reaches the import: the issue number beside the date
(第1008期, 第一〇〇八期) becomes the issue's when it has none, and a page printing another is
imported with a warning naming both; a date in Chinese numerals (二〇二五年六月三日) is the page's
date as the Arabic one is: one contradicting the date the page is imported as refuses the page,
naming both, and a file nothing else places is placed by it."""

from datetime import date

import pytest

from articles.importing import PageImportError, PageInput, pages_import
from articles.importing.sources import resolve_sources
from articles.models import Issue, Page

pytestmark = pytest.mark.django_db

DAY = date(2025, 6, 3)
STORY = (
    "\n\n青石镇新修三座便民桥\n\n"
    "本报讯（记者 罗小川）青石镇新修的三座便民桥昨天通车，两岸村民赶集不再绕行十里。\n"
)


def _import(masthead: str, label: str = "1", day: date = DAY):
    item = PageInput(
        paper_name="青石日报",
        issue_date=day,
        label=label,
        data=f"青石日报\n{masthead}{STORY}",
        source_name=f"{label}.txt",
    )
    (result,) = pages_import([item])
    return result


def _number_warnings(report) -> list[str]:
    return [w for w in report.warnings if "印的期号" in w]


def test_the_printed_issue_number_becomes_the_issues():
    report = _import("二〇二五年六月三日　星期二　第一〇〇八期")
    assert not isinstance(report, PageImportError), report
    assert Issue.objects.get(date=DAY).number == 1008
    assert _number_warnings(report) == []


def test_a_page_printing_another_number_is_imported_with_a_warning_naming_both():
    _import("2025年6月3日　星期二　第1008期")
    report = _import("2025年6月3日　星期二　第1009期", label="2")
    assert report.action == "created"
    (warning,) = _number_warnings(report)
    assert "第 1009 期" in warning and "第 1008 期" in warning and "2025-06-03" in warning
    assert Issue.objects.get(date=DAY).number == 1008  # (the issue keeps its number)
    assert warning in Page.objects.get(label="2").import_warnings  # (said again when unchanged)
    again = _import("2025年6月3日　星期二　第1009期", label="2")
    assert again.action == "unchanged" and _number_warnings(again) == [warning]


def test_a_page_printing_the_issues_number_is_not_warned():
    _import("2025年6月3日　星期二　第1008期")
    report = _import("二〇二五年六月三日　星期二　第一〇〇八期", label="2")
    assert _number_warnings(report) == []


def test_a_chinese_numeral_date_contradicting_the_import_date_refuses_the_page():
    report = _import("二〇二五年六月四日　星期三", day=DAY)
    assert isinstance(report, PageImportError)
    assert "版面上印的日期是 2025-06-04，却要作为 2025-06-03 导入" in str(report)
    assert "--date 2025-06-04" in str(report)
    assert not Page.objects.exists()


def test_a_republic_year_on_the_masthead_agrees_with_its_gregorian_date():
    report = _import("中华民国三十六年十一月廿一日　星期五", day=date(1947, 11, 21))
    assert not isinstance(report, PageImportError), report


def test_a_file_nothing_else_places_is_placed_by_its_chinese_numeral_date(tmp_path):
    page = tmp_path / "青石日报" / "000_4c36.txt"
    page.parent.mkdir()
    page.write_text(f"青石日报\n一九四七年十一月廿一日　星期五{STORY}", encoding="utf-8")
    (source,), errors = resolve_sources([page], page="1")
    assert errors == []
    assert source.date == date(1947, 11, 21)


@pytest.mark.parametrize(
    "head",
    [
        "2025年6月4日　星期三　第3版",
        "二〇二五年六月四日　星期三　第三版",
        "2025年六月四日　星期三　3",
    ],
    ids=["arabic", "chinese-numerals", "mixed"],
)
def test_a_running_head_below_the_first_story_printing_another_date_refuses_the_page(head):
    """A PDF's text layer may give the page's running head after its first story: its date is
    checked there too, in Chinese numerals as in figures (it used to be passed over unread when
    in Chinese numerals, the page imported under the wrong day)."""
    second = "\n\n青石镇夜市开到晚十点\n\n本报讯（记者 罗小川）老街夜市本周起延长到晚上十点。\n"
    item = PageInput(
        paper_name="青石日报",
        issue_date=DAY,
        label="3",
        data=f"青石日报{STORY}\n{head}{second}",
        source_name="3.txt",
    )
    (report,) = pages_import([item])
    assert isinstance(report, PageImportError)
    assert "版面上印的日期是 2025-06-04，却要作为 2025-06-03 导入" in str(report)
    assert not Page.objects.exists()
