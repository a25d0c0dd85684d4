"""Inside a folder, hidden files and folders are no pages: ``._A1.txt`` (the resource fork a Mac
writes beside ``A1.txt`` on a shared drive or in a zip's ``__MACOSX/``), ``.git/``. Before, one
such file refused the whole run (its bytes are no page text). A file named on its own is read."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from articles.models import Page

pytestmark = pytest.mark.django_db

PAGE = "标题\n\n本报讯（记者甲乙）正文第一段。\n"
# A resource fork's header: binary, no page text.
FORK = b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        \x00\x02" + b"\x00" * 64


def run(*args) -> str:
    out = StringIO()
    call_command("import_pages", *map(str, args), stdout=out, stderr=StringIO())
    return out.getvalue()


def test_a_macs_resource_forks_beside_the_pages_are_passed_over(tmp_path):
    day = tmp_path / "nantong-daily" / "2020-07-09"
    day.mkdir(parents=True)
    (day / "A1.txt").write_text(PAGE, encoding="utf-8")
    (day / "._A1.txt").write_bytes(FORK)
    (tmp_path / "__MACOSX" / "nantong-daily" / "2020-07-09").mkdir(parents=True)
    (tmp_path / "__MACOSX" / "nantong-daily" / "2020-07-09" / "._A2.txt").write_bytes(FORK)
    (tmp_path / "nantong-daily" / ".git").mkdir()
    (tmp_path / "nantong-daily" / ".git" / "A3.txt").write_text(PAGE, encoding="utf-8")
    run(tmp_path)
    assert list(Page.objects.values_list("label", flat=True)) == ["A1"]


def test_a_folder_of_hidden_files_only_has_no_pages(tmp_path):
    day = tmp_path / "nantong-daily" / "2020-07-09"
    day.mkdir(parents=True)
    (day / "._A1.txt").write_bytes(FORK)
    with pytest.raises(CommandError, match="没有版面文件"):
        run(tmp_path)
    assert not Page.objects.exists()


def test_a_hidden_file_named_on_its_own_is_read(tmp_path):
    hidden = tmp_path / ".A1.txt"
    hidden.write_text(PAGE, encoding="utf-8")
    run(hidden, "--paper", "南通日报", "--date", "2020-07-09", "--page", "A1")
    assert list(Page.objects.values_list("label", flat=True)) == ["A1"]
