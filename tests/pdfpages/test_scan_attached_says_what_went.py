"""What the import says of a true scan (no text layer) given for a stored page with 4 zones
(reviewer, session 63): the real run told to attach it says the 4 zones went with the old
picture (before, only the dry run did: ``版面 PDF：已更新，0 个热区``), and a write refused
because another import changed the picture meanwhile says to import again, not to fix the
file (articles/importing/pdfreport.py, pdfrecheck.py)."""

from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from articles.models import Zone
from tests.pdfpages.test_unreadable_pdf_keeps_zones import front, run
from tests.pdfpages.test_unreadable_text_layer import _scan

pytestmark = pytest.mark.django_db
__all__ = ["front"]  # (the fixture, used by name: page 1 imported with its PDF, 4 zones)


def test_the_real_run_says_the_zones_went_with_the_old_picture(front):
    (front / "1.pdf").write_bytes(_scan())
    out, err = run(front.parent.parent, "--attach-unmatched-pdf")
    assert "版面 PDF：已更新，0 个热区（本版原有的 4 个热区已随旧的版面图去掉" in out, err
    assert "请在编辑台上手工重划" in out and not Zone.objects.exists()


def test_a_readable_pdf_drops_nothing_said(front, pages):
    (front / "1.pdf").write_bytes(pages[0].pdf + b"\n% again\n")
    out, _ = run(front.parent.parent)
    assert "版面 PDF：已更新，4 个热区" in out and "已随旧的版面图去掉" not in out


def test_a_picture_changed_meanwhile_says_to_import_again_not_to_fix_anything(
    front, pages, monkeypatch
):
    monkeypatch.setattr(
        "articles.importing.pdfrecheck.picture_seen", lambda image: ("another import's",)
    )
    (front / "1.pdf").write_bytes(pages[0].pdf + b"\n% ours\n")
    _, err = run(front.parent.parent)
    assert "另一次导入换过" in err and "只是没有附上版面 PDF；不必修改文件" in err
    assert "改好后重新导入即可补上" not in err
