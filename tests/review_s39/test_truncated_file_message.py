"""A page file cut off inside its last character is refused with advice that cannot help.

An export or a copy that stops early (a full disk, a dropped share, an upload cut short) leaves
a UTF-8 page whose last character lacks a byte or two. ``import_pages`` refuses the page — right,
nothing is written — but says ``第 N 字节（十六进制 E7 94）不是 UTF-8 … 请把文件另存为 UTF-8``:
the file *is* UTF-8, so an editor who opens it sees the text (the last character shown as �) and
"saves it as UTF-8", which changes nothing or makes the cut permanent. README (Importing): a
refusal says what is wrong and what to do; here that is "the file ends in the middle of a
character: it was cut off — export or copy it again". Python says so itself
(``UnicodeDecodeError.reason == "unexpected end of data"``).

Steps: cut the last byte off a UTF-8 page; ``python manage.py import_pages A1.txt --paper P
--date D``; read the failure line.
"""

import io

import pytest
from django.core.management import CommandError, call_command

from tests.factories import SEED

pytestmark = pytest.mark.django_db


def test_a_page_cut_inside_its_last_character_is_said_to_be_cut_off(tmp_path):
    data = SEED.read_bytes().rstrip()
    page = tmp_path / "A1.txt"
    page.write_bytes(data[:-1])  # the last character (生, three bytes) loses its last byte
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import_pages", str(page), "--paper", "南通日报", "--date", "2020-07-09",
            stdout=out, stderr=err,
        )  # fmt: skip
    message = out.getvalue() + err.getvalue()
    assert "A1.txt" in message
    assert "另存为 UTF-8" not in message
    assert any(word in message for word in ("截断", "不完整", "被截", "中途"))
