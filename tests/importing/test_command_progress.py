"""The progress bar of import_pages and reparse_pages: on stderr, on a terminal only, never in
stdout or in the ``--json`` report."""

import json
import re
import shutil
from io import StringIO

import pytest
from django.core.management import call_command

from tests.factories import SEED

pytestmark = pytest.mark.django_db

# (tqdm shows the rate as s/page when a page takes over a second: a loaded machine)
SHOWN = re.compile(r"2/2 \[\d\d:\d\d<\d\d:\d\d, *[\d.]+(?:page/s|s/page)")


class Terminal(StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def two_pages(tmp_path):
    folder = tmp_path / "nantong-daily" / "2020-07-09"
    folder.mkdir(parents=True)
    shutil.copy(SEED, folder / "A1.txt")
    shutil.copy(SEED, folder / "A2.txt")
    return tmp_path


def run(command, *args, stderr):
    out = StringIO()
    call_command(command, *map(str, args), stdout=out, stderr=stderr)
    return out.getvalue(), stderr.getvalue()


def test_import_on_a_terminal_shows_count_rate_and_time_left_on_stderr_only(two_pages):
    out_plain, err_plain = run("import_pages", two_pages, "--dry-run", stderr=StringIO())
    out_terminal, err_terminal = run("import_pages", two_pages, "--dry-run", stderr=Terminal())
    assert err_plain == ""  # not a terminal: the bar writes nothing
    assert SHOWN.search(err_terminal) and "A2.txt" in err_terminal
    assert out_terminal == out_plain  # stdout is the same, bar or no bar
    assert "\r" not in out_terminal


def test_import_json_is_the_only_output_even_on_a_terminal(two_pages):
    out, err = run("import_pages", two_pages, "--json", stderr=Terminal())
    assert json.loads(out)["pages"]
    assert err == ""


def test_reparse_on_a_terminal_shows_the_bar_on_stderr_only(two_pages):
    run("import_pages", two_pages, stderr=StringIO())
    out_plain, err_plain = run("reparse_pages", "--dry-run", stderr=StringIO())
    out_terminal, err_terminal = run("reparse_pages", "--dry-run", stderr=Terminal())
    assert err_plain == ""
    assert SHOWN.search(err_terminal)
    assert out_terminal == out_plain and "\r" not in out_terminal
