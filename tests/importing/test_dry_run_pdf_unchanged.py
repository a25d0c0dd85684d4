"""A dry run says of a page's PDF what the real run does: an unchanged PDF (same checksum as the
one kept) is 未变, whether the page's text changed or not and however the paper is named."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command

pytest.importorskip("pypdfium2")

pytestmark = pytest.mark.django_db

DAY = "2024-05-20"


def run(*args) -> str:
    out = StringIO()
    call_command("import_pages", *map(str, args), "--workers", "0", stdout=out, stderr=StringIO())
    return out.getvalue()


@pytest.fixture(scope="module")
def front():
    from tests.pdfpages.builder import front_page

    return front_page()


@pytest.fixture
def imported(tmp_path, front):
    (tmp_path / "2.txt").write_text(front.text, encoding="utf-8")
    (tmp_path / "2.pdf").write_bytes(front.pdf)
    flags = ("--paper", "城市日报", "--date", DAY, "--page", "2")
    run(tmp_path / "2.txt", tmp_path / "2.pdf", *flags)
    return tmp_path, flags


def pdf_line(out: str) -> str:
    return next(line for line in out.splitlines() if "版面 PDF：" in line).strip()


def test_changed_text_with_the_same_pdf_says_unchanged_in_the_dry_run_as_in_the_real_run(
    imported, front
):
    folder, flags = imported
    changed = folder / "mod"
    changed.mkdir()
    (changed / "2.txt").write_text(front.text + "\n本报讯 补上一句。\n", encoding="utf-8")
    dry = run(changed / "2.txt", folder / "2.pdf", *flags, "--dry-run")
    assert pdf_line(dry) == "版面 PDF：未变"
    data = json.loads(run(changed / "2.txt", folder / "2.pdf", *flags, "--dry-run", "--json"))
    assert data["pages"][0]["pdf_action"] == "unchanged"
    real = run(changed / "2.txt", folder / "2.pdf", *flags)
    assert "版面 PDF：未变" in real


def test_the_same_pdf_alone_says_unchanged_in_the_dry_run(imported):
    folder, flags = imported
    dry = run(folder / "2.pdf", *flags, "--dry-run")
    assert "版面 PDF：未变" in dry and "将新建" not in dry
