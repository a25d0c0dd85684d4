"""Wording a new user tripped over: an outlier page alone in its section says so plainly; an
issue date is 出版日期; a link loop is called one; an empty folder names every kind of page file
read; ``publish_issue`` names a paper that does not exist and lists the papers; ``--date``
takes ``YYYYMMDD`` as file names do."""

from __future__ import annotations

import os
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.dates import IssueDateError, check_issue_date
from articles.importing.settling import label_outlier
from articles.models import Page, Publication

pytestmark = pytest.mark.django_db

PAGE = "河边步道今日完工\n本报讯 沿河步道昨天全线完工，全长三公里，市民可以沿河散步。\n"


def run(*args, command="import_pages") -> str:
    out = StringIO()
    call_command(command, *map(str, args), stdout=out, stderr=StringIO())
    return out.getvalue()


def test_an_outlier_alone_in_its_section_does_not_contradict_itself():
    said = label_outlier("1234", [])
    assert "本期还没有同一叠的其他版面" in said
    assert "比本期同一叠的其他版面" not in said
    assert "比本期同一叠的其他版面（最大 A9）大得多" in label_outlier("A1234", ["A9"])


def test_an_issue_date_out_of_range_is_called_publication_date():
    with pytest.raises(IssueDateError, match=r"^出版日期 9999-12-31 不在"):
        check_issue_date(date(9999, 12, 31))


def test_a_symlink_loop_is_called_one(tmp_path):
    loop = tmp_path / "loop.txt"
    os.symlink(loop, loop)
    with pytest.raises(CommandError) as refused:
        run(loop, "--paper", "南通日报", "--date", "2020-07-09", "--workers", "0")
    assert "循环的符号链接" in str(refused.value)
    assert "没有这个文件或文件夹" not in str(refused.value)


def test_a_dangling_symlink_says_its_target_is_gone(tmp_path):
    link = tmp_path / "A1.txt"
    os.symlink(tmp_path / "gone.txt", link)
    with pytest.raises(CommandError, match=r"这是一个符号链接，指向的 .*gone\.txt 不存在"):
        run(link, "--paper", "南通日报", "--date", "2020-07-09", "--workers", "0")


def test_an_empty_folder_names_every_kind_of_page_file(tmp_path):
    with pytest.raises(CommandError, match=r"没有版面文件（\.txt、\.text 或 \.pdf）"):
        run(tmp_path, "--paper", "南通日报", "--date", "2020-07-09", "--workers", "0")


def test_date_flag_takes_the_compact_form(tmp_path):
    page = tmp_path / "A1.txt"
    page.write_text(PAGE, encoding="utf-8")
    run(page, "--paper", "南通日报", "--new-paper", "--date", "20200709", "--workers", "0")
    assert Page.objects.get().issue.date == date(2020, 7, 9)
    said = run(
        "--paper", "南通日报", "--date", "20200709", "--acknowledge-broken", command="publish_issue"
    )
    assert "2020-07-09" in said


def test_publish_issue_says_there_is_no_such_paper_and_lists_the_papers(tmp_path):
    with pytest.raises(CommandError, match="数据库里还没有任何报纸"):
        run("--paper", "nosuch", "--date", "2020-07-09", command="publish_issue")
    page = tmp_path / "A1.txt"
    page.write_text(PAGE, encoding="utf-8")
    run(page, "--paper", "南通日报", "--new-paper", "--date", "2020-07-09", "--workers", "0")
    with pytest.raises(CommandError) as refused:
        run("--paper", "nosuch", "--date", "2020-07-09", command="publish_issue")
    assert "没有报纸 'nosuch'" in str(refused.value)
    assert f"已有的报纸：{Publication.objects.get().slug}；" in str(refused.value)
    with pytest.raises(CommandError, match="在 2020-07-10 没有一期"):  # the paper is there
        run("--paper", "南通日报", "--date", "2020-07-10", command="publish_issue")
