"""``--json`` refusals name what is wrong: a file whose name contradicts a flag gives both the
file and the flag; and any abbreviation argparse takes for ``--json`` (``--js``) gets the JSON
document even when argparse itself refuses the command line."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.management.commands.check_jumps import Command as CheckJumps
from articles.management.commands.import_pages import Command as ImportPages
from articles.management.commands.proofread import Command as Proofread
from articles.management.commands.publish_scheduled import Command as PublishScheduled

pytestmark = pytest.mark.django_db

PAGE = (
    "北岸新区开通第一条有轨电车\n"
    "本报讯（记者石磊）北岸新区第一条有轨电车昨天开通，全长十二公里，设站十五座，"
    "沿线居民到市中心的时间缩短一半。\n"
)
PAPER = ("--paper", "北岸晨报", "--workers", "0")


def page_file(folder, name: str):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(PAGE, encoding="utf-8")
    return path


def json_refusal(*args) -> dict:
    out = StringIO()
    with pytest.raises(CommandError) as refused:
        call_command("import_pages", *map(str, args), *PAPER, stdout=out, stderr=StringIO())
    document = json.loads(out.getvalue())
    assert document["errors"][0]["message"] in str(refused.value)
    return document


# -- a file name that contradicts a flag ------------------------------------------------------


def test_json_names_the_page_flag_a_file_name_contradicts_and_the_file(tmp_path):
    path = page_file(tmp_path / "2020-07-09", "A1.txt")

    (error,) = json_refusal(path, "--page", "A2", "--json")["errors"]

    assert (error["file"], error["flag"]) == (str(path), "--page")
    assert "文件名是 A1 版，--page 却是 A2" in error["message"]


def test_json_names_the_date_flag_a_file_name_contradicts_and_the_file(tmp_path):
    path = page_file(tmp_path, "2020-07-09_A1.txt")

    (error,) = json_refusal(path, "--date", "2020-07-10", "--json")["errors"]

    assert (error["file"], error["flag"]) == (str(path), "--date")
    assert "文件名里的日期是 2020-07-09，--date 却是 2020-07-10" in error["message"]


def test_json_names_no_flag_when_the_name_contradicts_the_folder(tmp_path):
    # (a folder's name is the layout, not a flag)
    path = page_file(tmp_path / "2020-07-10", "2020-07-09_A1.txt")

    (error,) = json_refusal(path, "--json")["errors"]

    assert (error["file"], error["flag"]) == (str(path), None)
    assert "所在文件夹的名字却是 2020-07-10" in error["message"]


# -- --json abbreviated --------------------------------------------------------------------


def run_refused(command, argv: list[str], capsys) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exited:
        command().run_from_argv(["manage.py", command.__module__.rsplit(".", 1)[1], *argv])
    captured = capsys.readouterr()
    return exited.value.code, captured.out, captured.err


@pytest.mark.parametrize("json_flag", ["--js", "--jso", "--json"])
@pytest.mark.parametrize(
    ("command", "argv"),
    [(ImportPages, ["A1.txt"]), (CheckJumps, []), (Proofread, []), (PublishScheduled, [])],
)
def test_an_abbreviated_json_flag_gets_json_when_argparse_refuses_an_option(
    command, argv, json_flag, capsys
):
    code, out, err = run_refused(command, [*argv, json_flag, "--no-such-flag"], capsys)

    assert code == 2
    (error,) = json.loads(out)["errors"]
    assert "--no-such-flag" in error["message"] and "--no-such-flag" in err


def test_an_abbreviated_json_flag_gets_json_for_a_missing_required_argument(capsys):
    code, out, _ = run_refused(ImportPages, ["--js"], capsys)  # no page file given

    assert code == 1  # refused by the command in Chinese (argparse's English would exit 2)
    document = json.loads(out)
    assert document["ok"] is False and document["refused"] is True


def test_a_prefix_that_is_not_json_gets_no_json(capsys):
    # --d is --date or --dry-run to argparse: ambiguous, and not --json either way
    code, out, err = run_refused(ImportPages, ["--d", "x.txt"], capsys)

    assert code == 2 and out == "" and "--d" in err


def test_json_after_a_double_dash_is_a_file_name_not_the_flag(capsys):
    code, out, _ = run_refused(ImportPages, ["--no-such-flag", "--", "--json"], capsys)

    assert code == 2 and out == ""
