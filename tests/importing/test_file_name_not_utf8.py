"""A page file whose name is not UTF-8 (GBK, from a zip made on Chinese Windows) is refused
before anything is written, its name shown as the GBK it reads as, never as escape codes, with
how to unpack it again (``articles/importing/filenames.py`` ``name_not_utf8``)."""

from __future__ import annotations

import json
import os

import pytest

from articles.models import Page
from tests.review_s43_import.edition import run_import

pytestmark = pytest.mark.django_db

TEXT = "西湖渡口重开\n\n本报讯（记者林晓）西湖渡口今天重新开放，游客可以乘船游览。\n"


def _day(tmp_path):
    day = tmp_path / "xihu-evening" / "2024-05-21"
    day.mkdir(parents=True)
    (tmp_path / "xihu-evening" / "paper.json").write_text(
        json.dumps({"name": "西湖晚报", "slug": "xihu-evening"}), encoding="utf-8"
    )
    return day


def test_a_gbk_name_is_refused_showing_it_read_as_gbk(tmp_path):
    day = _day(tmp_path)
    (day / "A1.txt").write_text(TEXT, encoding="utf-8")
    with open(os.fsencode(day) + b"/" + "第三版".encode("gbk") + b".txt", "wb") as handle:
        handle.write(TEXT.encode("utf-8"))
    refused, said = run_import(tmp_path, "--new-paper")
    assert refused and not Page.objects.exists(), said
    assert "第三版.txt: 文件名不是 UTF-8 编码（上面是按 GBK 读出的名字）" in said, said
    assert "unzip -O GBK" in said, said
    assert not any(0xDC80 <= ord(ch) <= 0xDCFF for ch in said), said


def test_a_name_in_no_encoding_is_refused_without_escape_codes(tmp_path):
    day = _day(tmp_path)
    with open(os.fsencode(day) + b"/A1\xff.txt", "wb") as handle:
        handle.write(TEXT.encode("utf-8"))
    refused, said = run_import(tmp_path, "--new-paper")
    assert refused and not Page.objects.exists(), said
    assert "A1�.txt: 文件名不是 UTF-8 编码" in said and "\\udc" not in said, said
