"""The import command's text report: open jumps name the pages they wait for, what a page's PDF
did is its own line (not a warning), an empty flag value is refused as empty, and a PDF given
as a page's text is named without a stray space."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db

PAGE = (
    "北岸新区开通第一条有轨电车\n"
    "本报讯（记者石磊）北岸新区第一条有轨电车昨天开通，全长十二公里，设站十五座，"
    "沿线居民到市中心的时间缩短一半。（下转A9版）\n"
)
FLAGS = ("--paper", "北岸晨报", "--date", "2023-09-01", "--workers", "0")


def run(*args) -> str:
    out = StringIO()
    call_command("import_pages", *map(str, args), *FLAGS, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_a_jump_to_a_page_not_imported_names_that_page(tmp_path):
    path = tmp_path / "A1.txt"
    path.write_text(PAGE, encoding="utf-8")
    assert "；1 处转版待接（A9版尚未导入）" in run(path)


@pytest.mark.parametrize("flag", ["--page", "--date", "--paper"])
def test_an_empty_flag_value_is_refused_as_empty(tmp_path, flag):
    path = tmp_path / "A1.txt"
    path.write_text(PAGE, encoding="utf-8")
    out = StringIO()
    args = list(FLAGS)
    if flag in args:  # given empty instead of its value
        del args[args.index(flag) : args.index(flag) + 2]
    with pytest.raises(CommandError) as refused:
        call_command("import_pages", str(path), *args, flag, "", stdout=out, stderr=StringIO())
    assert f"{flag} 的值是空的" in str(refused.value)


def test_a_pdf_named_as_text_is_named_without_a_stray_space(tmp_path):
    path = tmp_path / "A1.txt"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command("import_pages", str(path), *FLAGS, stdout=out, stderr=err)
    assert "这是 PDF 文件，不是版面文本" in err.getvalue()


@pytest.fixture(scope="module")
def front():
    pytest.importorskip("pypdfium2")
    from tests.pdfpages.builder import front_page

    return front_page()


def test_what_the_pdf_did_is_a_line_of_its_own_not_a_warning(tmp_path, front):
    (tmp_path / "1.txt").write_text(front.text, encoding="utf-8")
    (tmp_path / "1.pdf").write_bytes(front.pdf)
    out = run(tmp_path / "1.txt", tmp_path / "1.pdf", "--page", "1")
    assert "\n  版面 PDF：新建，" in out and "注意：版面 PDF：新建" not in out
    (tmp_path / "1.pdf").write_bytes(front.pdf + b"\n% again\n")
    data = json.loads(run(tmp_path / "1.txt", tmp_path / "1.pdf", "--page", "1", "--json"))
    (page,) = data["pages"]
    assert page["pdf_line"].startswith("版面 PDF：已更新，")
    assert not any(line.startswith("版面 PDF：已更新") for line in page["warnings"])


def test_an_empty_path_is_refused_not_read_as_the_current_folder(tmp_path, monkeypatch):
    (tmp_path / "A1.txt").write_text(
        "河滨公园改造完工\n\n本报讯　公园昨天完工。\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    with pytest.raises(CommandError) as refused:
        call_command("import_pages", "", *FLAGS, stdout=StringIO(), stderr=StringIO())
    assert "给出的路径是空的" in str(refused.value)
    from articles.models import Page

    assert not Page.objects.exists()


def test_no_page_given_is_refused_in_chinese_with_an_example():
    with pytest.raises(CommandError) as refused:
        call_command("import_pages", stdout=StringIO(), stderr=StringIO())
    said = str(refused.value)
    assert said.startswith("没有给出要导入的版面") and "python manage.py import_pages" in said
    assert "required" not in said
