"""A page file sent again under the label its page was relabelled from is refused (nothing
written), saying to send it under the new label; relabelled back, the label imports again."""

import contextlib
from datetime import date
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from articles.importing import PageImportError, pages_import
from articles.models import Page
from articles.relabel import page_relabel
from tests.factories import page_inputs

pytestmark = pytest.mark.django_db

DAY = date(2025, 9, 14)
A1 = "运河公园开园迎客\n\n本报讯（记者陈明）运河公园今天正式开园，园内步道沿河铺开。\n"
A3 = "老街夜市重新开张\n\n本报讯（记者李清）老街夜市昨晚重新开张，六十多个摊位沿街排开。\n"
A5 = "城西新建两所小学\n\n本报讯（记者周洋）城西今年新建两所小学，九月一日起招生。\n"


def _items(*pages):
    return page_inputs(dict(pages), when=DAY, in_folder=False)


def _relabelled():
    list(pages_import(_items(("A1", A1), ("A3", A3))))
    editor = get_user_model().objects.create_user("zhang", first_name="三", last_name="张")
    page_relabel(page=Page.objects.get(label="A3"), new_label="A4", user=editor)


@pytest.mark.parametrize("dry_run", [False, True])
def test_a_file_sent_again_under_the_label_relabelled_away_is_refused_and_others_go_in(dry_run):
    _relabelled()
    corrected = A3.replace("六十多个", "七十多个")

    results = list(pages_import(_items(("A3", corrected), ("A5", A5)), dry_run=dry_run))

    refused, a5 = results
    assert isinstance(refused, PageImportError)
    said = str(refused)
    assert "A3版已改版次为A4版（编辑 张三 于 " in said and "请按A4版重发" in said
    assert "--page A4" in said
    assert a5.action == "created"
    assert sorted(Page.objects.values_list("label", flat=True)) == (
        ["A1", "A4"] if dry_run else ["A1", "A4", "A5"]
    )
    assert "七十多个" not in "".join(Page.objects.values_list("raw_text", flat=True))


def test_relabelled_back_the_old_label_imports_again():
    _relabelled()
    page_relabel(page=Page.objects.get(label="A4"), new_label="A3")

    (report,) = pages_import(_items(("A3", A3.replace("六十多个", "七十多个"))))

    assert report.action == "updated"
    assert sorted(Page.objects.values_list("label", flat=True)) == ["A1", "A3"]


@pytest.mark.parametrize("dry_run", [False, True])
def test_the_command_says_the_page_was_relabelled_and_writes_nothing_of_it(tmp_path, dry_run):
    _relabelled()
    day = tmp_path / DAY.isoformat()
    day.mkdir()
    (day / "A3.txt").write_text(A3.replace("六十多个", "七十多个"), encoding="utf-8")
    out, err = StringIO(), StringIO()
    args = [str(day), "--paper", "nantong-daily", "--workers", "0"]
    with contextlib.suppress(CommandError, SystemExit):  # (a run with a failed page fails)
        call_command(
            "import_pages", *args, *(["--dry-run"] if dry_run else []), stdout=out, stderr=err
        )
    said = out.getvalue() + err.getvalue()
    assert "A3版已改版次为A4版（编辑 张三 于 " in said and "请按A4版重发" in said
    assert "新建" not in said
    assert sorted(Page.objects.values_list("label", flat=True)) == ["A1", "A4"]
