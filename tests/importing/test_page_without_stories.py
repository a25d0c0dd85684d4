"""A page whose text holds only page furniture (the header band: paper, date, page, editors) is
imported — a page of adverts prints no story — but the report says that nothing was found on it,
so a truncated export does not pass unnoticed."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article, Page
from tests.factories import import_seed, import_text

pytestmark = pytest.mark.django_db

FURNITURE_ONLY = "南通日报\n2020年7月9日 星期四\n第A3版\n责任编辑：张三  美术编辑：李四\n"
NOTHING_FOUND = "没有找到任何稿件、图片或导读"


def test_a_page_of_furniture_only_is_imported_with_a_warning_that_nothing_was_found():
    report = import_text(FURNITURE_ONLY, "A3")
    assert Page.objects.filter(label="A3").exists()
    assert not Article.objects.exists()
    (warning,) = [w for w in report.warnings if NOTHING_FOUND in w]
    assert "导出的文本是否完整" in warning


def test_the_command_prints_the_warning_for_a_page_of_furniture_only(tmp_path):
    page = tmp_path / "A3.txt"
    page.write_text(FURNITURE_ONLY, encoding="utf-8")
    out = StringIO()
    call_command(
        "import_pages",
        str(page),
        "--paper",
        "南通日报",
        "--new-paper",
        "--date",
        "2020-07-09",
        stdout=out,
        stderr=StringIO(),
    )
    assert NOTHING_FOUND in out.getvalue()


def test_a_page_with_stories_has_no_such_warning():
    report = import_seed()
    assert not [w for w in report.warnings if NOTHING_FOUND in w]


SCRAP = "只认出"


@pytest.mark.parametrize("text", ["本报讯\n", "。\n", "本报讯 记者 张三\n"])
def test_a_page_holding_only_a_scrap_of_text_is_imported_with_a_warning(text):
    report = import_text(text, "A2")
    assert Article.objects.count() == 1
    (warning,) = [w for w in report.warnings if SCRAP in w]
    assert "没有标题" in warning and "导出的文本是否完整" in warning


def test_a_page_with_one_untitled_story_of_real_length_has_no_scrap_warning():
    body = "本报讯 昨天上午，市图书馆新馆正式开馆，首日接待读者三千余人次，借出图书五千多册。\n"
    report = import_text(body, "A2")
    assert not [w for w in report.warnings if SCRAP in w]


def test_a_continuation_page_of_untitled_parts_has_no_scrap_warning():
    report = import_text("（上接A1版）\n完。\n", "A2")
    assert not [w for w in report.warnings if SCRAP in w]


def test_the_seed_has_no_scrap_warning():
    report = import_seed()
    assert not [w for w in report.warnings if SCRAP in w]
