"""What a folder holds under a page file's name that cannot be read as one is a failure of the
run, each with why (``导入失败：PATH: …``, ``"failures"`` in ``--json``, exit status 1), never
a page gone without a word: a symbolic link whose target is gone, a folder named ``A3.txt``, a
link to a file another issue's folder holds already, a link to a folder
(``articles/importing/pagefiles.py`` ``find_page_files``)."""

from __future__ import annotations

import json
import os
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Page

pytestmark = pytest.mark.django_db

TEXT = "{}渡口重开\n\n本报讯（记者林晓）西湖渡口今天重新开放，游客可以乘船游览。\n"


def _paper(tmp_path, *days):
    paper = tmp_path / "xihu-evening"
    paper.mkdir(parents=True)
    (paper / "paper.json").write_text(
        json.dumps({"name": "西湖晚报", "slug": "xihu-evening"}), encoding="utf-8"
    )
    for day in days:
        (paper / day).mkdir()
        (paper / day / "A1.txt").write_text(TEXT.format(day), encoding="utf-8")
    return paper


def _run(tmp_path, *flags):
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError, match="导入失败") as failed:
        call_command("import_pages", str(tmp_path), *flags, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue(), str(failed.value)


def test_a_link_whose_target_is_gone_is_a_failure_naming_the_target(tmp_path):
    paper = _paper(tmp_path, "2016-08-01")
    (paper / "2016-08-01" / "A2.txt").symlink_to(tmp_path / "gone" / "A2.txt")
    _, err, summary = _run(tmp_path)
    assert Page.objects.filter(label="A1").exists()
    assert f"导入失败：{paper / '2016-08-01' / 'A2.txt'}: 这是一个符号链接，指向的 " in err
    assert f"{tmp_path / 'gone' / 'A2.txt'} 不存在" in err
    assert summary == "2 个文件中有 1 个导入失败（见上面所列）"


def test_a_folder_named_as_a_page_file_is_said_to_be_a_folder(tmp_path):
    paper = _paper(tmp_path, "2016-08-01")
    (paper / "2016-08-01" / "A3.txt").mkdir()
    _, err, _ = _run(tmp_path)
    assert "A3.txt: A3.txt 是文件夹，不是版面文件" in err


def test_two_links_to_one_file_in_two_issues_say_the_second_is_the_same_file(tmp_path):
    paper = _paper(tmp_path, "2016-08-01", "2016-08-02")
    (tmp_path / "A3.txt").write_text(TEXT.format("东湖"), encoding="utf-8")
    for day in ("2016-08-01", "2016-08-02"):
        (paper / day / "A3.txt").symlink_to(tmp_path / "A3.txt")
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("import_pages", str(paper), "--json", stdout=out, stderr=StringIO())
    [failure] = json.loads(out.getvalue())["failures"]
    first, second = (paper / day / "A3.txt" for day in ("2016-08-01", "2016-08-02"))
    assert failure.startswith(f"{second}: 与 {first} 是同一个文件（符号链接）：")
    assert Page.objects.filter(label="A3").count() == 1


def test_the_same_file_given_twice_by_one_path_is_read_once_without_a_word(tmp_path):
    paper = _paper(tmp_path, "2016-08-01")
    out = StringIO()
    call_command("import_pages", str(paper), str(paper / "2016-08-01" / "A1.txt"), stdout=out)
    assert "1 个文件中导入了 1 个版面" in out.getvalue()


def test_a_link_to_a_folder_is_said_not_followed(tmp_path):
    paper = _paper(tmp_path, "2016-08-01")
    os.symlink(paper / "2016-08-01", paper / "2016-08-02")
    _, err, _ = _run(tmp_path)
    assert f"{paper / '2016-08-02'}: 这是指向文件夹 {paper / '2016-08-01'} 的符号链接" in err


def test_a_link_beside_the_file_it_points_to_is_the_one_said_not_read(tmp_path):
    paper = _paper(tmp_path)
    (paper / "2016-08-01").mkdir()
    front, link = paper / "2016-08-01" / "头版.txt", paper / "2016-08-01" / "A4.txt"
    front.write_text(TEXT.format("头版"), encoding="utf-8")
    link.symlink_to(front)  # (A4.txt comes first in order)
    _, err, summary = _run(tmp_path)
    assert Page.objects.get().label == "1"  # the front page, read as itself
    assert f"导入失败：{link}: 与 {front} 是同一个文件（符号链接）：" in err
    assert f"按 {front} 读，{link} 没有读入" in err
    assert f"{front}: 与" not in err
    assert summary == "2 个文件中有 1 个导入失败（见上面所列）"


def test_of_two_links_to_one_file_the_first_in_order_is_read(tmp_path):
    paper = _paper(tmp_path)
    (paper / "2016-08-01").mkdir()
    (tmp_path / "page.txt").write_text(TEXT.format("东湖"), encoding="utf-8")
    first, second = (paper / "2016-08-01" / name for name in ("A3.txt", "A5.txt"))
    for link in (second, first):
        link.symlink_to(tmp_path / "page.txt")
    _, err, _ = _run(paper)
    assert Page.objects.get().label == "A3"
    assert f"导入失败：{second}: 与 {first} 是同一个文件（符号链接）：" in err
