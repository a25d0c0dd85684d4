"""A file named as many desks name them, the label then a space and the page's name
(``A1 要闻.txt``, ``2020-07-09 A1 要闻.txt``), is that page (the name after the label is not
used: the 版名 is read from the page's text); a name garbled by a ZIP's code page (GBK read as
CP437: ``╡┌╢■░µ.txt``) is said to be garbled, with what it was meant to say and how to unpack
it again, not called a bad label (``articles/importing/filenames.py``). Found by the fresh
review of 2026-12-05."""

from __future__ import annotations

import json
from datetime import date

import pytest

from articles.importing.filenames import GARBLED_NAME, garbled_reading
from articles.importing.pagefiles import FileNameError
from articles.importing.sources import file_name_parts
from articles.models import Page
from tests.review_s43_import.edition import run_import

DAY = date(2020, 7, 9)
TEXT = "西湖渡口重开\n\n本报讯（记者林晓）西湖渡口今天重新开放，游客可以乘船游览。\n"
GARBLED = "第二版".encode("gbk").decode("cp437")  # ╡┌╢■░µ


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("A1 要闻.txt", "A1"),
        ("2020-07-09 A1 要闻.txt", "A1"),
        ("A1_要闻.txt", "A1"),
        ("A1\u3000要闻.txt", "A1"),
        ("第二版 要闻.txt", "2"),
        ("04 文体新闻.txt", "4"),
    ],
)
def test_a_label_then_the_pages_name_is_that_page(name, label):
    assert file_name_parts(name, issue_date=DAY) == (label, DAY)


def test_a_name_of_two_labels_is_still_refused():
    with pytest.raises(FileNameError) as refused:
        file_name_parts("A1 A2.txt", issue_date=DAY)
    assert refused.value.reason == FileNameError.NO_LABEL


def test_a_name_garbled_by_a_zips_code_page_is_said_so():
    assert GARBLED == "╡┌╢■░µ"
    with pytest.raises(FileNameError) as refused:
        file_name_parts(f"{GARBLED}.txt", issue_date=DAY)
    assert refused.value.reason == GARBLED_NAME and refused.value.found == "第二版"
    said = str(refused.value)
    assert "乱码" in said and "“第二版”" in said and "unzip -O GBK" in said
    assert "不是版次" not in said


@pytest.mark.parametrize("name", ["Müller", "café", "A1", "要闻"])
def test_names_that_are_not_garbled_are_not_taken_for_it(name):
    assert garbled_reading(name) is None


def test_latin1_garbling_is_recognised_too():
    assert garbled_reading("第二版".encode("gbk").decode("latin-1")) == "第二版"


@pytest.mark.django_db
def test_import_pages_reads_the_label_and_says_a_garbled_name(tmp_path):
    day = tmp_path / "xihu-evening" / "2024-05-21"
    day.mkdir(parents=True)
    (tmp_path / "xihu-evening" / "paper.json").write_text(
        json.dumps({"name": "西湖晚报", "slug": "xihu-evening"}), encoding="utf-8"
    )
    (day / "A1 要闻.txt").write_text(TEXT, encoding="utf-8")
    refused, said = run_import(tmp_path, "--new-paper")
    assert not refused and list(Page.objects.values_list("label", flat=True)) == ["A1"], said
    (day / f"{GARBLED}.txt").write_text(TEXT, encoding="utf-8")
    refused, said = run_import(tmp_path, "--new-paper")
    assert refused, said
    assert "文件名是乱码，按 GBK 读应是“第二版”" in said and "unzip -O GBK" in said, said
