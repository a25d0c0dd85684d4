"""A page file that no flag, manifest, folder or file name places is placed by what it prints:
its stamp's date and page, its masthead's paper (INPUT.md: the page's date and label are taken
from its furniture when they say so)."""

from datetime import date

import pytest

from articles.importing.sources import SourceError, resolve_sources

STAMPED = (
    "《晴川日报》（1983年06月14日 第 2 版）\n\n江边新建三座码头\n\n"
    "本报讯（记者 方立）江边新建的三座码头昨天同时启用，每天可停靠货船六十艘。\n"
)
BARE = "江边新建三座码头\n\n本报讯（记者 方立）江边新建的三座码头昨天同时启用。\n"


def _one(path, **flags):
    sources, errors = resolve_sources([path], **flags)
    return sources, errors


def test_a_page_placed_by_nothing_else_is_placed_by_its_stamp(tmp_path):
    page = tmp_path / "000_4c36.txt"
    page.write_text(STAMPED, encoding="utf-8")
    (source,), errors = _one(page)
    assert errors == []
    assert (source.paper_name, source.date, source.label) == ("晴川日报", date(1983, 6, 14), "2")


def test_flags_and_names_still_win_over_what_the_page_prints(tmp_path):
    page = tmp_path / "A5.txt"
    page.write_text(STAMPED, encoding="utf-8")
    (source,), errors = _one(page, paper="东湖日报", date_value="1983-06-15")
    assert errors == []
    assert (source.paper_name, source.date, source.label) == ("东湖日报", date(1983, 6, 15), "A5")


def test_a_page_that_prints_nothing_about_itself_still_asks_for_the_flags(tmp_path):
    page = tmp_path / "000_4c36.txt"
    page.write_text(BARE, encoding="utf-8")
    sources, errors = _one(page)
    assert sources == []
    (error,) = errors
    assert "看不出出版日期；请给出 --date" in error


def test_an_unreadable_page_is_left_to_the_import_to_report(tmp_path):
    page = tmp_path / "000_4c36.txt"
    page.write_bytes(b"\x00\x01binary")
    sources, errors = _one(page, paper="东湖日报", date_value="1983-06-15")
    assert sources == []
    assert "看不出是哪一版" in errors[0]


def test_flag_errors_are_still_raised_first(tmp_path):
    with pytest.raises(SourceError):
        resolve_sources([tmp_path / "A1.txt"], date_value="1983-13-40")
