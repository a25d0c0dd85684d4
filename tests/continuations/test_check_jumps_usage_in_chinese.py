"""check_jumps' command line refused by argparse (two exclusive options, an unknown one, a flag
without its value) is refused in Chinese, from the shell and inside ``--json`` alike."""

import json

import pytest
from django.core.management import CommandError, call_command

from articles.management.commands.check_jumps import Command as CheckJumps
from articles.management.commands.import_pages import Command as ImportPages

pytestmark = pytest.mark.django_db


def shell(command, *args, capsys):
    with pytest.raises(SystemExit) as exited:
        command().run_from_argv(["manage.py", "cmd", *args])
    captured = capsys.readouterr()
    return exited.value.code, captured.out, captured.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "2024-07-01", "--date", "2024-07-02"], "--date 和 --since 只能用一个"),
        (["--bogus"], "不认识的参数：--bogus"),
        (["--date"], "--date 后面要跟一个值"),
    ],
)
def test_argparse_refusals_are_chinese_in_the_shell_and_in_json(args, message, capsys):
    status, out, err = shell(CheckJumps, *args, capsys=capsys)
    assert status == 2 and message in err and "argument" not in err.splitlines()[-1]

    status, out, _ = shell(CheckJumps, "--json", *args, capsys=capsys)
    (error,) = json.loads(out)["errors"]
    assert status == 2 and error["message"].startswith(message)


def test_the_json_refusal_names_the_flag_it_is_about(capsys):
    _, out, _ = shell(CheckJumps, "--json", "--date", capsys=capsys)

    (error,) = json.loads(out)["errors"]
    assert error["flag"] == "--date"


def test_call_command_refuses_in_chinese_too():
    with pytest.raises(CommandError, match="不认识的参数：--bogus"):
        call_command("check_jumps", "--bogus")


def test_import_pages_says_its_argparse_refusals_alike(capsys):
    status, _, err = shell(ImportPages, "--date", capsys=capsys)

    assert status == 2 and "--date 后面要跟一个值" in err
