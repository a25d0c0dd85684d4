"""A command whose help is Chinese says its whole ``--help`` in Chinese: argparse's own words
(``usage:``, ``positional arguments``, ``options``, ``show this help message and exit``) and
the help of Django's options given to every command (``-v``, ``--settings``, …), not only its
own options' (``articles/management/commands/_chinese_help.py``)."""

import re

import pytest
from django.core.management import get_commands, load_command_class

COMMANDS = [
    "check_jumps",
    "find_correction_notices",
    "import_pages",
    "photo_renditions",
    "proofread",
    "publish_issue",
    "create_demo_editor",
    "publish_scheduled",
    "rebuild_search_index",
    "reparse_pages",
    "setup_roles",
]
# An option with its value's name (``--settings SETTINGS``, ``-v {0,1,2,3}``): not a sentence.
_OPTION = re.compile(r"-{1,2}[\w-]+(?:[ =](?:[A-Z_]+|\{[^}]*\}))?")
# Two English words in a row (``show this``, ``Verbosity level``): a sentence left in English.
_ENGLISH = re.compile(r"\b[A-Za-z]{2,}[ ,;:'’]+[A-Za-z]{2,}\b")


def help_text(name: str) -> str:
    return (
        load_command_class(get_commands()[name], name)
        .create_parser("manage.py", name)
        .format_help()
    )


@pytest.mark.parametrize("name", COMMANDS)
def test_the_whole_help_is_chinese(name):
    said = help_text(name)
    lines = said.replace(f"manage.py {name}", "").splitlines()  # (the command's own name)
    english = [line for line in lines if _ENGLISH.search(_OPTION.sub(" ", line))]
    assert english == []
    assert "usage:" not in said and "options:" not in said and said.startswith("用法：")
    assert "显示本帮助并退出" in said and "输出的详细程度" in said


def test_the_import_names_its_paths_under_a_chinese_title():
    assert "位置参数:\n  paths                 版面文件或存放版面文件的文件夹" in help_text(
        "import_pages"
    )
