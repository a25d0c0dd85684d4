"""``import_pages`` reads a page file's name as the desk's upload does (``2020-07-09_A1.txt``:
A1 of that day), refuses a name whose date is not the one given otherwise, and says why a name
such as ``A0.txt`` is no page (as ``--page A0`` does)."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.models import Page

pytestmark = pytest.mark.django_db

TEXT = "河边步道今日完工\n本报讯 沿河步道昨天全线完工，全长三公里，市民可以沿河散步。\n"


def run(path, *flags):
    call_command(
        "import_pages",
        str(path),
        "--paper",
        "南通日报",
        "--new-paper",
        "--workers",
        "0",
        *flags,
        stdout=StringIO(),
        stderr=StringIO(),
    )


def page_file(folder, name):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_a_dated_name_with_the_same_date_given_imports(tmp_path):
    run(page_file(tmp_path, "2020-07-09_B3.txt"), "--date", "2020-07-09")
    page = Page.objects.get()
    assert (page.issue.date.isoformat(), page.label) == ("2020-07-09", "B3")


def test_a_date_given_that_is_not_the_names_is_refused_naming_both(tmp_path):
    with pytest.raises(CommandError) as caught:
        run(page_file(tmp_path, "2020-07-09_A1.txt"), "--date", "2020-07-10")
    message = str(caught.value)
    assert "2020-07-09" in message and "2020-07-10" in message and "去掉 --date" in message
    assert not Page.objects.exists()


def test_a_dated_name_in_a_folder_of_another_date_is_refused(tmp_path):
    with pytest.raises(CommandError, match=r"所在文件夹的名字却是 2020-07-10.*--date 2020-07-09"):
        run(page_file(tmp_path / "2020-07-10", "2020-07-09_A1.txt"))
    assert not Page.objects.exists()


def test_an_impossible_date_in_the_name_says_so(tmp_path):
    with pytest.raises(CommandError, match="'2020-02-30' 不是真实存在的日期"):
        run(page_file(tmp_path, "2020-02-30_A1.txt"))


def test_a_page_zero_file_says_pages_start_at_one(tmp_path):
    with pytest.raises(CommandError, match="版次从 1 开始"):
        run(page_file(tmp_path, "A0.txt"), "--date", "2020-07-09")
