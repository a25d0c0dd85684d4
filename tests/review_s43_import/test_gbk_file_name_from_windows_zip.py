"""A page file whose name is in GBK (a zip made on Chinese Windows, unpacked on the server) is
refused with its name shown as escape codes: ``'\\udcb5ڶ\\udcfe\\udcb0\\udce6.txt' 不是版次``.

Who sees it: the operator running ``import_pages`` over a folder unpacked from a zip that the
desk or a correspondent made on Windows: such zips store names in the system code page (GBK),
and Linux ``unzip`` writes those bytes as they are, so ``第二版.txt`` arrives as the bytes
``B5DA B6FE B0E6 .txt``. Python reads them as lone surrogates; the importer
(``articles/importing/sources.py``, ``filenames.py``) tries them as a page label, fails, and
prints them back as ``\\udcb5ڶ\\udcfe…``: the operator can tell neither which page it is nor what
is wrong, and is told to give ``--page`` or rename the file "按版次" (which it already is).

Expected: a name that is not UTF-8 is read as the Chinese it is when it decodes as GBK/GB18030
(``第二版.txt`` is page 2, as the importer reads page text), or refused saying the file name is
not UTF-8 (likely a zip from Windows: unpack it with its encoding, e.g. ``unzip -O GBK``, or
rename), never with escape codes in place of the name.
"""

from __future__ import annotations

import json
import os

import pytest

from articles.models import Page
from tests.review_s43_import.edition import run_import

pytestmark = pytest.mark.django_db

TEXT = (
    "城东公园开放\n\n本报讯（记者王成）城东新建三座口袋公园，市民休闲有了好去处。"
    "据介绍，公园今年七月开放，市民可以免费入园。\n"
)


def test_a_gbk_file_name_is_read_or_refused_in_words(tmp_path):
    day = tmp_path / "donghu-daily" / "2024-05-20"
    day.mkdir(parents=True)
    (tmp_path / "donghu-daily" / "paper.json").write_text(
        json.dumps({"name": "东湖日报", "slug": "donghu-daily"}), encoding="utf-8"
    )
    name = os.fsencode(day) + b"/" + "第二版".encode("gbk") + b".txt"
    with open(name, "wb") as handle:
        handle.write(TEXT.encode("utf-8"))
    refused, said = run_import(tmp_path, "--new-paper")
    if refused:
        assert "\\udc" not in said and not any(0xDC80 <= ord(ch) <= 0xDCFF for ch in said), said
        assert "第二版.txt" in said or "UTF-8" in said or "GBK" in said, said
    else:
        assert Page.objects.filter(label="2").exists(), said
