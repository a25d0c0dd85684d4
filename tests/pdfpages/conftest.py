"""An edition imported from page PDFs (tests/pdfpages/builder.py), published: page 1 from its
.txt with its PDF beside it, page 2 from its PDF alone, page 3 from text only."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

PAPER, DAY = "city-daily", "2024-05-20"


@pytest.fixture(scope="session")
def built_pages():
    from tests.pdfpages.builder import front_page, second_page

    return front_page(), second_page()


@pytest.fixture
def pdf_edition(tmp_path, built_pages):
    from tests.public.conftest import publish_everything

    day = tmp_path / PAPER / DAY
    day.mkdir(parents=True)
    (tmp_path / PAPER / "paper.json").write_text(
        json.dumps({"name": "城市日报", "slug": PAPER}), encoding="utf-8"
    )
    one, two = built_pages
    (day / "1.txt").write_text(one.text, encoding="utf-8")
    (day / "1.pdf").write_bytes(one.pdf)
    (day / "2.pdf").write_bytes(two.pdf)
    (day / "3.txt").write_text(
        "城市日报三版只有文字\n\n本报讯（记者王成）这一版没有版面 PDF，读者看到的仍是文字列表。\n",
        encoding="utf-8",
    )
    call_command("import_pages", str(tmp_path), stdout=StringIO(), stderr=StringIO())
    publish_everything()
    return f"/{PAPER}/{DAY}/"


def run(*args) -> tuple[str, str]:
    """``import_pages`` with ``args``: (stdout, stderr)."""
    out, err = StringIO(), StringIO()
    call_command("import_pages", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def pages(built_pages):
    """The two built pages (builder.front_page, builder.second_page)."""
    return built_pages


@pytest.fixture
def folder(tmp_path):
    """A day's folder of 城市日报 (its paper.json written), for page files."""
    day = tmp_path / PAPER / DAY
    day.mkdir(parents=True)
    (tmp_path / PAPER / "paper.json").write_text(
        json.dumps({"name": "城市日报", "slug": PAPER}), encoding="utf-8"
    )
    return day
