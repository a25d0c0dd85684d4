"""A page whose printed label is wrong (a misprint, an OCR misread: ``第8版`` on what is page 3)
is imported under the label its file's name or ``--page`` gives when the editor says so
(``--printed-label-wrong``; the desk's tick box), its raw text as printed and a warning kept in
the report and on the page; without that, the refusal names the way, and a stored page read
again (``reparse_pages``) is warned of, never refused."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.importing import PageImportError, PageInput, page_reparse
from articles.importing.pipeline import page_import_parsed
from articles.models import Page
from tests.importing.misprinted import misprinted_input, refusal

pytestmark = pytest.mark.django_db

STORY = (
    "东湖新区今年新开三条公交线路\n\n本报讯（记者 方立）新区公交公司昨天宣布，今年将新开三条"
    "公交线路，连接高铁站、大学城和新建的居民小区。\n"
)
MISPRINTED = f"东湖日报\n2024年5月6日  星期一  第8版\n\n{STORY}"
WARNING = "版面印的版次 8 与导入的版次 3 不符（按编辑指定导入）"


def page_input(text: str = MISPRINTED, **kwargs) -> PageInput:
    return misprinted_input(text, paper="东湖日报", day=date(2024, 5, 6), label="3", **kwargs)


def test_the_refusal_of_a_printed_label_names_the_override_not_an_edit_of_the_text():
    said = refusal(page_input())
    assert "版面上印的版次是 8，却要作为 3 导入" in said
    assert "请加上 --printed-label-wrong 按 3 导入" in said
    assert "改正那一行" not in said


def test_a_printed_label_said_wrong_imports_as_given_with_a_warning_on_the_page():
    report, _ = page_import_parsed(page_input(printed_label_wrong=True))
    assert report.action == "created" and WARNING in " ".join(report.warnings)
    page = Page.objects.get()
    assert page.label == "3"
    assert page.raw_text == MISPRINTED  # kept as printed, never edited to agree
    assert any(WARNING in warning for warning in page.import_warnings)
    assert not any("看似写着版次" in warning for warning in page.import_warnings)


def test_a_printed_label_said_wrong_still_has_its_date_checked():
    with pytest.raises(PageImportError, match="版面上印的日期是 2024-05-07"):
        page_import_parsed(page_input(MISPRINTED.replace("6日", "7日"), printed_label_wrong=True))


def test_a_printed_label_that_agrees_gives_no_warning():
    report, _ = page_import_parsed(
        page_input(MISPRINTED.replace("第8版", "第3版"), printed_label_wrong=True)
    )
    assert not any("版次" in warning for warning in report.warnings)


def test_a_stored_page_printing_another_label_is_reparsed_with_the_warning_not_refused():
    page_import_parsed(page_input(MISPRINTED.replace("第8版", "第3版")))
    Page.objects.update(raw_text=MISPRINTED)  # (stored before the label was checked)
    report = page_reparse(page=Page.objects.get())
    assert WARNING in " ".join(report.warnings)
    out = StringIO()
    call_command("reparse_pages", "--page", "3", stdout=out, stderr=StringIO())
    assert "版面上印的版次是" not in out.getvalue()
    assert Page.objects.get().label == "3"


def _page_file(tmp_path, name: str = "3.txt"):
    folder = tmp_path / "东湖日报" / "2024-05-06"
    folder.mkdir(parents=True)
    (folder / name).write_text(MISPRINTED, encoding="utf-8")
    return str(folder / name)


def _import(*args):
    out = StringIO()
    call_command(
        "import_pages", *args, "--new-paper", "--workers", "0", stdout=out, stderr=StringIO()
    )
    return out.getvalue()


def test_the_command_imports_a_misprinted_page_under_its_file_name_with_the_flag(tmp_path):
    path = _page_file(tmp_path)
    err = StringIO()
    with pytest.raises(CommandError, match="1 个导入失败"):
        call_command("import_pages", path, "--new-paper", stdout=StringIO(), stderr=err)
    assert "请加上 --printed-label-wrong 按 3 导入" in err.getvalue()
    assert not Page.objects.exists()
    assert f"注意：{WARNING}" in _import(path, "--printed-label-wrong")
    assert Page.objects.get().label == "3"


def test_the_command_takes_the_flag_with_a_label_given_by_page(tmp_path):
    path = _page_file(tmp_path, "scan-0001.txt")
    assert f"注意：{WARNING}" in _import(path, "--page", "3", "--printed-label-wrong")
    assert Page.objects.get().label == "3"


def test_the_flag_is_refused_for_a_page_whose_label_is_read_from_its_print(tmp_path):
    path = _page_file(tmp_path, "scan-0001.txt")
    with pytest.raises(CommandError) as refused:
        _import(path, "--printed-label-wrong")
    said = str(refused.value)
    assert "文件名里没有版次，版次 8 是从版面上印的读出的" in said
    assert "请用 --page 给出这一版真正的版次" in said
    assert not Page.objects.exists()
