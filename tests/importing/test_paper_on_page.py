"""A page whose masthead names another paper than the one it is imported into is reported: an
editor who picked the wrong paper sees it before anything is published."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.importing import PageImportError, PageInput, pages_import
from articles.models import Page

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


STORY = "东湖新区今年新开三条公交线路\n\n本报讯（记者 方立）新区公交公司昨天宣布，今年将新开三条公交线路。\n"


def _import_as(label: str, head: str, *, dry_run: bool = True):
    item = PageInput(
        paper_name="东湖日报",
        issue_date=DAY,
        label=label,
        data=f"{head}\n\n{STORY}",
        source_name=f"{label}.txt",
    )
    return list(pages_import([item], dry_run=dry_run))


def _label_warnings(report) -> list[str]:
    return [w for w in report.warnings if "版次" in w]


def test_a_page_stamp_saying_another_page_with_ban_refuses_the_page():
    (refused,) = _import_as("3", "东湖日报  2024年5月6日  第 04 版")
    assert isinstance(refused, PageImportError)
    assert "版面上印的版次是 4，却要作为 3 导入" in str(refused)
    # advice that can be followed whether the label came from the file's name or from --page
    assert "请把文件改名为 4 版（如 4.txt）" in str(refused)
    assert "若是版面印错了或识别错了，请加上 --printed-label-wrong 按 3 导入" in str(refused)


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


# The same running head with its pieces parted by separators and no spaces (the paper's own name
# printed, so that the only thing to check is the date and the label).
PARTED_HEADS = [
    "东湖日报·2024年5月6日·{label}",
    "2024年5月6日｜星期一｜{label}版｜要闻",
    "东湖日报/2024-05-06/{label}",
    "东湖日报-2024年5月6日-{label}",
]


@pytest.mark.parametrize("head", PARTED_HEADS)
def test_a_parted_running_head_with_its_own_label_imports_without_a_warning(head):
    (report,) = _import_as("A2", head.format(label="A2"), dry_run=False)
    assert not isinstance(report, PageImportError), report
    assert report.warnings == []
    page = Page.objects.get()
    assert page.label == "A2"
    assert page.articles.get().headline == "东湖新区今年新开三条公交线路"  # (the head is no story)


@pytest.mark.parametrize("head", PARTED_HEADS)
def test_a_parted_running_head_naming_another_page_refuses_it_with_nothing_written(head):
    (refused,) = _import_as("A3", head.format(label="A2"), dry_run=False)
    assert isinstance(refused, PageImportError)
    assert "版面上印的版次是 A2，却要作为 A3 导入" in str(refused)
    assert "什么都没有写入" in str(refused)
    assert not Page.objects.exists()


def test_a_parted_running_head_printing_another_date_refuses_the_page():
    (refused,) = _import_as("A2", "东湖日报/2024-05-07/A2", dry_run=False)
    assert isinstance(refused, PageImportError)
    assert "版面上印的日期是 2024-05-07，却要作为 2024-05-06 导入" in str(refused)
    assert not Page.objects.exists()


@pytest.mark.parametrize("head", ["2024年5月6日·A2·市场·行情", "东湖日报｜A2｜市场·行情"])
def test_a_section_with_a_dot_in_a_parted_running_head_is_kept_whole(head):
    (report,) = _import_as("A2", head, dry_run=False)
    assert not isinstance(report, PageImportError), report
    assert _label_warnings(report) == []
    assert Page.objects.get().section == "市场·行情"


@pytest.mark.parametrize(
    "head",
    [
        "二〇二四年五月六日  星期一  A2  要闻",
        "2024年五月六日  星期一  A2",
        "东湖日报·二〇二四年五月六日·A2",
    ],
)
def test_a_label_beside_a_chinese_numeral_date_is_checked_as_beside_an_arabic_one(head):
    """It used to be a warning only: the page was imported as A3 and went public as such."""
    (refused,) = _import_as("A3", head, dry_run=False)
    assert isinstance(refused, PageImportError)
    assert "版面上印的版次是 A2，却要作为 A3 导入" in str(refused)
    assert not Page.objects.exists()
    (report,) = _import_as("A2", head, dry_run=False)
    assert not isinstance(report, PageImportError), report
    assert _label_warnings(report) == []


def test_the_import_command_refuses_a_parted_running_head_naming_another_page(tmp_path):
    folder = tmp_path / "东湖日报" / "2024-05-06"
    folder.mkdir(parents=True)
    (folder / "A3.txt").write_text(f"东湖日报/2024-05-06/A2\n\n{STORY}", encoding="utf-8")
    errors = StringIO()
    with pytest.raises(CommandError, match="1 个导入失败"):
        call_command(
            "import_pages",
            str(folder),
            "--new-paper",
            "--workers",
            "0",
            stdout=StringIO(),
            stderr=errors,
        )
    assert "A3.txt: 版面上印的版次是 A2，却要作为 A3 导入" in errors.getvalue()
    assert not Page.objects.exists()
