"""A file named ``2020-07-09_A1.txt``: the desk's upload form says such a name gives the date and
the page (``文件名也可带日期，如 2020-07-09_A1.txt``); ``import_pages`` refuses the same file with
``看不出出版日期；请给出 --date``."""

from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Page

pytestmark = pytest.mark.django_db

TEXT = "城东新建公园开放\n本报讯 城东公园昨天开放，市民纷纷前往游览。公园占地一百亩。\n"


def test_the_command_reads_a_dated_file_name_as_the_desk_does(tmp_path):
    path = tmp_path / "2020-07-09_A1.txt"
    path.write_text(TEXT, encoding="utf-8")
    call_command(
        "import_pages",
        str(path),
        "--paper",
        "南通日报",
        "--new-paper",
        "--workers",
        "0",
        stdout=StringIO(),
        stderr=StringIO(),
    )
    page = Page.objects.get()
    assert (page.issue.date.isoformat(), page.label) == ("2020-07-09", "A1")
