"""A file in a folder with a ``manifest.json`` that the manifest does not list is refused with
advice that cannot be followed: "请给出 --page 版次 … 或按版次命名文件".

Who sees it: the operator importing an e-paper host's export, whose files are named by hash
(README: "Files whose names say nothing (``000_4c36a888.txt``) can be named by a
``manifest.json`` beside them"). The export adds the page's PDF (``000_99ab.pdf``) but the
manifest lists only the text. The refusal (``articles/importing/sources.py``, the file-name
rule) names the file and says to give ``--page`` or to rename the file, but ``--page`` names one
page and is refused for a folder of several files ("--page … 只指一个版面，却给了 N 个文件"),
and renaming an export's files breaks the manifest that names the others. What the operator has
to do is add the file to the manifest's ``"pages"``: the message never says so, nor that a
manifest was read at all.

Expected: the refusal of a file that a manifest beside it does not list says that
``manifest.json`` does not list it and to add it to ``"pages"`` (nothing written, as now).
"""

from __future__ import annotations

import json

import pytest

from articles.models import Page
from tests.pdfpages.conftest import built_pages, pages  # noqa: F401  (fixtures)
from tests.review_s43_import.edition import run_import

pytestmark = pytest.mark.django_db


def test_a_file_the_manifest_does_not_list_is_refused_pointing_at_the_manifest(tmp_path, pages):  # noqa: F811
    one, _ = pages
    export = tmp_path / "export"
    export.mkdir()
    (export / "000_4c36.txt").write_text(one.text, encoding="utf-8")
    (export / "000_99ab.pdf").write_bytes(one.pdf)
    (export / "manifest.json").write_text(
        json.dumps(
            {"paper": "东湖日报", "date": "2024-05-20", "pages": {"000_4c36.txt": "A1"}},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    refused, said = run_import(export, "--new-paper")
    assert refused and not Page.objects.exists(), said
    assert "000_99ab.pdf" in said, said
    assert "manifest.json" in said, said
