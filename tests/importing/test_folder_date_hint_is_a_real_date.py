"""A folder named for a date written otherwise (``2016-5-32/``) is told to be renamed only to a
real date an issue may carry; a name that is none says what is wrong with it
(``articles/importing/filenames.py`` ``folder_date_hint``, ``articles/dates.py``
``date_problem``), and so does a date folder that is none (``2016-05-32/``)."""

import pytest

from articles.dates import date_problem
from articles.importing.filenames import folder_date_hint
from articles.importing.sources import resolve_sources


@pytest.mark.parametrize(
    ("folder", "wrong"),
    [
        ("2016-5-32", "2016 年 5 月只有 31 天，不是真实存在的日期"),
        ("2015-2-29", "2015 年 2 月只有 28 天，不是真实存在的日期"),
        ("2016-13-1", "没有 13 月（月份是 1 到 12），不是真实存在的日期"),
        ("2016.5.0", "没有 0 日，不是真实存在的日期"),
        ("1700-1-1", "出版日期 1700-01-01 不在 1815-01-01 至"),
    ],
)
def test_a_folder_name_that_is_no_issue_date_is_said_wrong_not_given_a_new_name(folder, wrong):
    hint = folder_date_hint(folder)
    assert f"文件夹名 {folder} 像是日期，但{wrong}" in hint
    assert "请改名为" not in hint and "请把文件夹改名为这一期真实的出版日期" in hint


def test_a_real_date_written_otherwise_is_still_given_its_name():
    assert folder_date_hint("2016-2-29").endswith("请改名为 2016-02-29")


def test_what_makes_a_date_unreal_is_said():
    assert date_problem(2016, 5, 31) == ""
    assert date_problem(2016, 5, 32) == "2016 年 5 月只有 31 天"
    assert date_problem(2016, 2, 30) == "2016 年 2 月只有 29 天"


def test_a_date_folder_that_is_no_real_date_says_why(tmp_path):
    folder = tmp_path / "2016-05-32"
    folder.mkdir()
    (folder / "A1.txt").write_text("标题\n\n　　正文。", encoding="utf-8")
    _, errors = resolve_sources([folder], paper="南通日报")
    assert any("'2016-05-32' 不是真实存在的日期（2016 年 5 月只有 31 天）" in e for e in errors)
