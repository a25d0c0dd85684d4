"""``import_pages --help`` is in Chinese, as ``check_jumps`` and ``publish_issue`` say theirs:
its description and every option of its own (the options' names as they are)."""

import re

from articles.management.commands.import_pages import Command

HAN = re.compile(r"[\u4e00-\u9fff]")
DJANGO_OWN = {"help", "version", "verbosity", "settings", "pythonpath", "traceback", "no_color",
              "force_color", "skip_checks"}  # fmt: skip


def test_the_description_and_each_option_of_import_pages_are_said_in_chinese():
    parser = Command().create_parser("manage.py", "import_pages")
    assert HAN.search(parser.description)
    own = [action for action in parser._actions if action.dest not in DJANGO_OWN]
    assert len(own) >= 15
    for action in own:
        english = re.sub(
            r"--[a-z-]+|[A-Z_]{3,}|YYYY-MM-DD|YYYYMMDD|PDF|JSON|manifest", "", action.help
        )
        assert HAN.search(action.help), action.dest
        assert not re.search(r"[A-Za-z]{4,}", english), (action.dest, action.help)
