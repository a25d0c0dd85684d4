"""An issue whose labels mix section-lettered (A1) and unlettered (2) forms because a label was
given (``--page 2``; from file names alone it is refused: test_label_forms_in_one_issue): its
jumps that cannot link because of it say so (``本期没有A2版，却有2版：版次写法不一``) with the
fix, in the report's line, ``--json``, a warning on both pages and ``check_jumps``, never "A2
not imported yet" nor "A1 leads nowhere here"."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from articles.continuations.labelforms import renamed_file, unlettered_twin
from articles.models import Page

pytestmark = pytest.mark.django_db

# An invented front page whose story jumps to A2, and the page that continues it.
FRONT = (
    "青石镇跨河大桥开工\n\n"
    "本报讯（记者柳青）青石镇跨河大桥昨天开工，全长四百二十米，预计明年秋天通车，"
    "两岸村民过河不再绕行十二公里。镇政府表示，施工期间（下转A2版）\n"
)
FOLLOW = "（上接A1版）\n\n原有的渡口照常开放，每天早六点到晚八点都有渡船往返，方便村民出行。\n"
FLAGS = ("--paper", "青石日报", "--date", "2021-05-06", "--workers", "0")


def run(*args) -> str:
    out = StringIO()
    call_command("import_pages", *map(str, args), *FLAGS, stdout=out, stderr=StringIO())
    return out.getvalue()


def write(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_given_as_2_it_is_imported_and_the_open_jumps_name_the_real_situation(tmp_path):
    run(write(tmp_path / "a", "A1.txt", FRONT), "--new-paper")

    out = run(write(tmp_path / "b", "2.txt", FOLLOW), "--page", "2", "--json")

    (page,) = json.loads(out)["pages"]
    (jump,) = page["pending_jump_details"]
    assert jump["state"] == "label-form"
    assert jump["state_label"] == "A1版的“下转”转到A2版，本版却是2版：版次写法不一"
    assert "没有转到本版" not in page["summary"]
    (warning,) = [w for w in page["warnings"] if w.startswith("版次写法不一")]
    assert warning == (
        "版次写法不一：A1版的（下转A2版）指向A2版，本期没有A2版，却有2版（2.txt）；"
        "一期的版次有的带叠号、有的不带，多半是文件名写错了。若2版就是A2版，请在2版的版面页"
        "“撤销本版导入”，再把 2.txt 改名为 A2.txt 重新导入（或不改名，导入时把 --page 设为 A2），"
        "转版就会接上；若2版确是另一版，A2版导入后会自动接上"
    )


def test_a1_after_a_given_page_2_says_so_not_that_a2_is_missing(tmp_path):
    run(write(tmp_path / "a", "2.txt", FOLLOW), "--new-paper")

    out = run(write(tmp_path / "b", "A1.txt", FRONT), "--page", "A1")

    line = next(line for line in out.splitlines() if "A1版：新建" in line)
    assert "1 处转版待接（本期没有A2版，却有2版：版次写法不一）" in line, out
    assert "A2版尚未导入" not in out
    assert "把 2.txt 改名为 A2.txt 重新导入" in out


def test_check_jumps_names_the_real_situation(tmp_path):
    run(write(tmp_path / "a", "A1.txt", FRONT), "--new-paper")
    run(write(tmp_path / "b", "2.txt", FOLLOW), "--page", "2")
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("check_jumps", "--json", stdout=out)
    problems = json.loads(out.getvalue())["problems"]
    assert [p["kind"] for p in problems] == ["label-form", "label-form"]
    text = "\n".join(p["message"] for p in problems)
    assert "本期没有A2版，却有2版（2.txt）；一期的版次有的带叠号、有的不带" in text
    assert "A1版的“下转”转到A2版，本版却是2版（2.txt）" in text
    assert "目标版面尚未导入" not in text and "没有转到这里" not in text


def test_the_warning_goes_once_the_page_is_imported_under_its_right_label(tmp_path):
    run(write(tmp_path / "a", "A1.txt", FRONT), "--new-paper")
    run(write(tmp_path / "b", "2.txt", FOLLOW), "--page", "2")
    Page.objects.get(label="2").delete()  # as 撤销本版导入 leaves it: the page gone
    out = run(write(tmp_path / "c", "A1.txt", FRONT + "\n"), "--json")
    (page,) = json.loads(out)["pages"]
    assert not [w for w in page["warnings"] if w.startswith("版次写法不一")]
    assert page["pending_jump_details"][0]["state"] == "pending"


def test_gap_helpers():
    assert unlettered_twin("A2", ["A1", "2"]) == "2"
    assert unlettered_twin("A2", ["A1", "A2", "2"]) is None
    assert unlettered_twin("2", ["A2", "1"]) is None  # 下转2版 finds A2 by its number
    assert unlettered_twin("B3", ["A1"]) is None
    assert renamed_file("2.txt", "A2") == "A2.txt"
    assert renamed_file("2021-05-06_02.txt", "A2") == "2021-05-06_A2.txt"
    assert renamed_file("page2.txt", "A2") == "A2.txt"
    assert renamed_file("", "A2") == "A2.txt"
