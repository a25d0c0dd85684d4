"""A page whose masthead names another paper than the one it is imported into is reported: an
editor who picked the wrong paper sees it before anything is published."""

from datetime import date

import pytest

from articles.importing import PageImportError, PageInput, pages_import

pytestmark = pytest.mark.django_db

DAY = date(2024, 5, 6)


def _page(masthead: str) -> str:
    return (
        f"{masthead}\n2024年5月6日  星期一\n\n"
        "东湖新区今年新开三条公交线路\n\n"
        "本报讯（记者 方立）新区公交公司昨天宣布，今年将新开三条公交线路，连接高铁站、"
        "大学城和新建的居民小区，首条线路下月试运行。\n\n"
        "公司负责人说，新线路的站点由居民投票选定，车辆全部为新能源车。\n"
    )


def _import(paper: str, masthead: str):
    item = PageInput(
        paper_name=paper, issue_date=DAY, label="1", data=_page(masthead), source_name="1.txt"
    )
    (report,) = pages_import([item], dry_run=True)
    return report


def _paper_warnings(report) -> list[str]:
    return [w for w in report.warnings if "版面上印的报名" in w]


def test_a_masthead_naming_another_paper_is_reported():
    report = _import("东湖日报", "西岭晚报")
    (warning,) = _paper_warnings(report)
    assert "“西岭晚报”" in warning and "“东湖日报”" in warning and "--paper" in warning


@pytest.mark.parametrize(
    "masthead",
    ["东湖日报", "東湖日報", "东 湖 日 报", "东湖日报海外版"],
    ids=["same", "traditional", "letter-spaced", "edition-of-it"],
)
def test_a_masthead_naming_the_same_paper_is_not_reported(masthead):
    assert _paper_warnings(_import("东湖日报", masthead)) == []


def _import_as(label: str, head: str):
    text = f"{head}\n\n东湖新区今年新开三条公交线路\n\n本报讯（记者 方立）新区公交公司昨天宣布，今年将新开三条公交线路。\n"
    item = PageInput(
        paper_name="东湖日报", issue_date=DAY, label=label, data=text, source_name=f"{label}.txt"
    )
    return list(pages_import([item], dry_run=True))


def test_a_page_stamp_saying_another_page_with_ban_refuses_the_page():
    (refused,) = _import_as("3", "东湖日报  2024年5月6日  第 04 版")
    assert isinstance(refused, PageImportError)
    assert "版面上印的版次是 4，却要作为 3 导入" in str(refused)
    # advice that can be followed whether the label came from the file's name or from --page
    assert "请把文件改名为 4 版（如 4.txt）" in str(refused)
    assert "若是版头印错了，请在文本里改正那一行后再导入" in str(refused)


def test_a_running_head_naming_another_page_without_ban_is_a_warning_not_a_refusal():
    """A bare label a rule read from a head line (A2  要闻) is a guess: the page is imported as
    given, and the report says what the line seemed to say."""
    (report,) = _import_as("A3", "A2  要闻")
    assert report.label == "A3"
    (warning,) = [w for w in report.warnings if "看似写着版次" in w]
    assert "A2" in warning and "--page A2" in warning


@pytest.mark.parametrize(
    "head",
    ["东湖日报  2024年5月6日  星期一  A2  要闻", "2024-05-06　星期一　A2　要闻　东湖日报"],
)
def test_a_running_head_with_the_full_date_and_another_label_refuses_the_page(head):
    """A label standing alone on the page's own running head, beside the full date, is printed
    for certain: A2 filed as A3 is refused before anything is written (it used to be imported on
    a warning, and went public at once as an empty third page of a published issue)."""
    (refused,) = _import_as("A3", head)
    assert isinstance(refused, PageImportError)
    assert "版面上印的版次是 A2，却要作为 A3 导入" in str(refused)
    assert "什么都没有写入" in str(refused)


def test_a_running_head_with_the_date_and_its_own_label_imports():
    (report,) = _import_as("A2", "东湖日报  2024年5月6日  星期一  A2  要闻")
    assert report.label == "A2"
    assert not [w for w in report.warnings if "版次" in w]
