"""A page file in a folder that is not ``.txt``/``.text``/``.pdf`` is passed over without a word:
its page is silently missing from the issue.

Who sees it: the editor or operator running ``import_pages FOLDER``. A day's folder often holds
a page saved in another form: an e-paper page saved from the browser (``A2.htm``, ``A2.html``,
the web-archive dumps INPUT.md describes, which the importer reads fine when the file is named
on its own), a page exported as ``A2.csv``/``A2.md``, or a Word file (``A2.docx``).
``articles/importing/pagefiles.py`` ``find_page_files`` keeps only ``PAGE_SUFFIXES`` inside a
folder and says nothing of the rest: the run reports ``1 个文件中导入了 1 个版面：新建 1`` and exits
0, and nobody learns that A2 never came in (until a reader finds the page missing, or the A1
story that jumps to A2 stays 待接 with no hint why).

Expected: the run names every file of the folder it passed over that is not hidden (``A2.htm``
here) and why (not a page file: convert it to .txt, or name it on its own), so nothing is lost
silently.
"""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Page

pytestmark = pytest.mark.django_db

A1 = (
    "城东公园开放\n\n本报讯（记者王成）城东新建三座口袋公园，市民休闲有了好去处。"
    "据介绍，公园今年七月开放，市民可以免费入园。（下转A2版）\n"
)
A2_HTML = (
    "<html><body><p>（上接A1版）</p><p>公园管理处表示，将在入口处增设导览牌，"
    "方便市民了解园内设施。</p></body></html>\n"
)


def test_a_folder_file_that_is_not_imported_is_named_in_the_report(tmp_path):
    day = tmp_path / "donghu-daily" / "2024-05-20"
    day.mkdir(parents=True)
    (tmp_path / "donghu-daily" / "paper.json").write_text(
        json.dumps({"name": "东湖日报", "slug": "donghu-daily"}), encoding="utf-8"
    )
    (day / "A1.txt").write_text(A1, encoding="utf-8")
    (day / "A2.htm").write_text(A2_HTML, encoding="utf-8")
    out, err = StringIO(), StringIO()
    call_command("import_pages", str(tmp_path), stdout=out, stderr=err)
    assert Page.objects.filter(label="A1").exists()
    said = out.getvalue() + err.getvalue()
    assert "A2.htm" in said, said
