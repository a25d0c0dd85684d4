"""A date written ``YYYYMMDD`` in a page file's or a date folder's name is read as the dashed
``YYYY-MM-DD`` is (``20200713_A5.txt``: A5 of 2020-07-13, its ``.pdf`` beside it the same page;
``<paper>/20200713/A5.txt``), checked as a real date (``20201340_A5.txt`` is refused saying the
name's date is no date, and how to name the file or give ``--date``). An 8-digit number that is
no plausible date (``12345678``, ``00001234``) is read as before, never as a date."""

from __future__ import annotations

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.importing.filenames import file_name_parts, name_date
from articles.importing.pagefiles import FileNameError
from articles.models import Page, PageImage

pytestmark = pytest.mark.django_db

TEXT = "河边步道今日完工\n本报讯 沿河步道昨天全线完工，全长三公里，市民可以沿河散步。\n"


def run(*args) -> str:
    out = StringIO()
    call_command("import_pages", *map(str, args), "--workers", "0", stdout=out, stderr=StringIO())
    return out.getvalue()


def page_file(folder, name, text=TEXT):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def imported() -> list[tuple[str, str]]:
    return sorted(
        (page.issue.date.isoformat(), page.label) for page in Page.objects.select_related("issue")
    )


@pytest.mark.parametrize("name", ["20200713_A5.txt", "A5_20200713.txt", "20200713-A5.txt"])
def test_a_compact_date_in_the_name_gives_the_date_and_the_rest_the_page(tmp_path, name):
    run(page_file(tmp_path, name), "--paper", "南通日报", "--new-paper")
    assert imported() == [("2020-07-13", "A5")]


def test_the_dashed_and_compact_names_read_alike(tmp_path):
    run(page_file(tmp_path / "a", "2020-07-13_A5.txt"), "--paper", "南通日报", "--new-paper")
    run(page_file(tmp_path / "b", "20200713_A6.txt"), "--paper", "南通日报")
    assert imported() == [("2020-07-13", "A5"), ("2020-07-13", "A6")]


def test_a_compact_name_agreeing_with_date_given_imports(tmp_path):
    run(page_file(tmp_path, "20200713_A5.txt"), "--paper", "南通日报", "--new-paper",
        "--date", "2020-07-13")  # fmt: skip
    assert imported() == [("2020-07-13", "A5")]


def test_a_compact_name_contradicting_date_given_is_refused_naming_both(tmp_path):
    with pytest.raises(CommandError) as caught:
        run(page_file(tmp_path, "20200713_A5.txt"), "--paper", "南通日报", "--new-paper",
            "--date", "2020-07-14")  # fmt: skip
    message = str(caught.value)
    assert "文件名里的日期是 2020-07-13，--date 却是 2020-07-14" in message, message
    assert not Page.objects.exists()


def test_an_impossible_compact_date_is_refused_saying_how_to_name_the_file(tmp_path):
    with pytest.raises(CommandError) as caught:
        run(page_file(tmp_path, "20201340_A5.txt"), "--paper", "南通日报", "--new-paper")
    message = str(caught.value)
    assert "文件名里的 '20201340' 不是真实存在的日期" in message, message
    assert "20200713_A5.txt" in message and "--date YYYY-MM-DD" in message, message
    assert not Page.objects.exists()


def test_an_impossible_compact_date_gives_way_to_the_date_given_as_a_dashed_one_does(tmp_path):
    run(page_file(tmp_path, "20201340_A5.txt"), "--paper", "南通日报", "--new-paper",
        "--date", "2020-07-13")  # fmt: skip
    assert imported() == [("2020-07-13", "A5")]


def test_a_text_and_its_pdf_with_compact_names_are_one_page(tmp_path):
    from tests.pdfpages.builder import front_page

    built = front_page()
    page_file(tmp_path, "20200713_A5.txt", built.text)
    (tmp_path / "20200713_A5.pdf").write_bytes(built.pdf)
    out = run(tmp_path, "--paper", "南通日报", "--new-paper")
    assert imported() == [("2020-07-13", "A5")]
    assert PageImage.objects.filter(page__label="A5").exists()
    assert "1 个版面（2 个文件，1 个版面附有 PDF）" in out, out


def test_a_date_folder_named_yyyymmdd_gives_the_date_and_its_parent_the_paper(tmp_path):
    (tmp_path / "xinan-daily").mkdir()
    (tmp_path / "xinan-daily" / "paper.json").write_text(
        json.dumps({"name": "西南日报", "slug": "xinan-daily"}), encoding="utf-8"
    )
    page_file(tmp_path / "xinan-daily" / "20200713", "A5.txt")
    page_file(tmp_path / "dongan" / "20200714", "A1.txt")
    run(tmp_path, "--new-paper")
    pages = Page.objects.select_related("issue__publication").order_by("label")
    assert [(p.issue.publication.name, p.issue.date.isoformat(), p.label) for p in pages] == [
        ("dongan", "2020-07-14", "A1"),
        ("西南日报", "2020-07-13", "A5"),
    ]


def test_a_folder_whose_compact_date_is_impossible_is_refused(tmp_path):
    with pytest.raises(CommandError) as caught:
        run(page_file(tmp_path / "dongan" / "20201340", "A1.txt"), "--new-paper")
    message = str(caught.value)
    assert "'20201340' 不是真实存在的日期" in message and "--date" in message, message
    assert not Page.objects.exists()


def test_a_manifest_date_contradicting_a_compact_date_folder_is_refused(tmp_path):
    folder = tmp_path / "dongan" / "20200713"
    page_file(folder, "A1.txt")
    (folder / "manifest.json").write_text(json.dumps({"date": "2020-07-14"}), encoding="utf-8")
    with pytest.raises(CommandError, match="写的是 2020-07-14，所在文件夹的名字却是 2020-07-13"):
        run(folder, "--new-paper")


@pytest.mark.parametrize(
    ("name", "flags", "expected"),
    [
        # No plausible date (the year is no year of a paper, the month no month): the name
        # states no date and no page, as before; the flags say both.
        ("12345678.txt", ["--date", "2020-07-13", "--page", "A2"], ("2020-07-13", "A2")),
        ("19283746.txt", ["--date", "2020-07-13", "--page", "A2"], ("2020-07-13", "A2")),
        # Leading zeros and a page number: page 1234, as before.
        ("00001234.txt", ["--date", "2020-07-13"], ("2020-07-13", "1234")),
        # Part of a longer number (a time stamp): no date.
        ("202007131530.txt", ["--date", "2020-07-13", "--page", "A2"], ("2020-07-13", "A2")),
    ],
)
def test_an_eight_digit_number_that_is_no_plausible_date_is_read_as_before(
    tmp_path, name, flags, expected
):
    run(page_file(tmp_path, name), "--paper", "南通日报", "--new-paper", *flags)
    assert imported() == [expected]


def test_the_desk_reads_compact_names_by_the_same_rule():
    assert file_name_parts("20200713_A5.txt") == ("A5", date(2020, 7, 13))
    assert name_date("12345678.txt") is None
    with pytest.raises(FileNameError) as caught:
        name_date("20201340_A5.txt")
    assert caught.value.reason == FileNameError.BAD_DATE and caught.value.found == "20201340"
