"""A run's summary says a page given its PDF alone (no text file: its text read from the PDF)
as what happened, ``1 个版面只给了 PDF``, not ``附有 PDF`` (a PDF attached to a page's text);
both kinds in one run are counted apart (``articles/importing/runtotals.py``)."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

pytest.importorskip("pypdfium2")

pytestmark = pytest.mark.django_db

TEXT = "城市日报三版只有文字\n\n本报讯（记者王成）这一版没有版面 PDF，读者看到的仍是文字列表。\n"


@pytest.fixture(scope="module")
def front():
    from tests.pdfpages.builder import front_page

    return front_page()


def _run(tmp_path, files: dict) -> str:
    day = tmp_path / "city-daily" / "2024-05-20"
    day.mkdir(parents=True)
    (tmp_path / "city-daily" / "paper.json").write_text(
        json.dumps({"name": "城市日报", "slug": "city-daily"}), encoding="utf-8"
    )
    for name, data in files.items():
        (day / name).write_bytes(data)
    out = StringIO()
    call_command("import_pages", str(tmp_path), "--workers", "0", stdout=out, stderr=StringIO())
    return out.getvalue()


def test_a_page_given_its_pdf_alone_is_said_so_in_the_summary(tmp_path, front):
    out = _run(tmp_path, {"1.pdf": front.pdf, "3.txt": TEXT.encode()})
    assert "2 个版面（2 个文件，1 个版面只给了 PDF）中导入了 2 个版面：新建 2" in out
    assert "附有 PDF" not in out.splitlines()[-1]


def test_pdfs_alone_and_beside_their_text_are_counted_apart(tmp_path, front):
    files = {"1.pdf": front.pdf, "1.txt": front.text.encode(), "2.pdf": front.pdf}
    out = _run(tmp_path, {**files, "3.txt": TEXT.encode()})
    assert "3 个版面（4 个文件，1 个版面附有 PDF，1 个版面只给了 PDF）" in out
