"""A file that the ``manifest.json`` beside it does not list, and whose name says no page, is
refused (nothing written) saying the manifest does not list it and how to add it to
``"pages"``, not told to use ``--page`` or to rename it (``articles/importing/sources.py``)."""

from __future__ import annotations

import json

import pytest

from articles.models import Page
from tests.review_s43_import.edition import run_import

pytestmark = pytest.mark.django_db

TEXT = "西湖渡口重开\n\n本报讯（记者林晓）西湖渡口今天重新开放，游客可以乘船游览。\n"


def test_an_unlisted_file_is_refused_pointing_at_the_manifest(tmp_path):
    export = tmp_path / "export"
    export.mkdir()
    (export / "001_aa11.txt").write_text(TEXT, encoding="utf-8")
    (export / "002_bb22.txt").write_text(TEXT.replace("西湖", "南湖"), encoding="utf-8")
    manifest = {"paper": "西湖晚报", "date": "2024-05-21", "pages": {"001_aa11.txt": "A1"}}
    (export / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
    refused, said = run_import(export, "--new-paper")
    assert refused and not Page.objects.exists(), said
    assert '002_bb22.txt: 同一文件夹的 manifest.json 的 "pages" 里没有这个文件' in said, said
    assert '"002_bb22.txt": "A1"' in said and "--page" not in said, said


def test_an_unlisted_file_named_as_a_page_is_imported_by_its_name(tmp_path):
    export = tmp_path / "export"
    export.mkdir()
    (export / "001_aa11.txt").write_text(TEXT, encoding="utf-8")
    (export / "A2.txt").write_text(TEXT.replace("西湖", "南湖"), encoding="utf-8")
    manifest = {"paper": "西湖晚报", "date": "2024-05-21", "pages": {"001_aa11.txt": "A1"}}
    (export / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
    refused, said = run_import(export, "--new-paper")
    assert not refused, said
    assert set(Page.objects.values_list("label", flat=True)) == {"A1", "A2"}
