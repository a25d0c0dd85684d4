"""A page PDF whose text layer cannot be read, or a true scan with no text layer at all, given
for a stored page whose picture has zones, is not attached unless told it is the page's:
nothing can check it is this page's PDF at all (a third reviewer's second page, unreadable,
sent as ``1.pdf`` replaced the front page's picture and wiped its 4 zones without a word, the
dry run saying ``检查通过，将更新``; a scan did the same, its warning given by the real run only).
The dry run says what the real run does; a new page imports it as a scan, with the real run's
warning (articles/importing/pdfunreadable.py)."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

pytest.importorskip("pypdfium2")

from articles.models import PageImage, Zone
from tests.pdfpages.test_unreadable_text_layer import _scan, _unmapped

pytestmark = pytest.mark.django_db
#: Each PDF nothing can check: how to make it from the built pages, what the refusal says of it,
#: and the words of the real run's warning.
KINDS = {
    "unreadable": (lambda pages: _unmapped(pages[1].pdf), "这个 PDF 的文字读不出", "读不出文字"),
    "scan": (
        lambda pages: _scan(),
        "这个 PDF 没有文字层（扫描件，或文字已转成曲线）",
        "没有文字层",
    ),
}


def said(kind: str) -> str:
    return f"版面 PDF：{KINDS[kind][1]}，无法核对它是不是本版的；本版原有的版面图和 4 个热区"


def run(*args) -> tuple[str, str]:
    """``import_pages`` with ``args``: (stdout, stderr), a failed run's too."""
    out, err = StringIO(), StringIO()
    try:
        call_command("import_pages", *map(str, args), "--workers", "0", stdout=out, stderr=err)
    except CommandError as error:
        err.write(str(error))
    return out.getvalue(), err.getvalue()


@pytest.fixture
def front(folder, pages):
    """Page 1 imported with its own PDF (4 zones): the page's folder."""
    (folder / "1.txt").write_text(pages[0].text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(pages[0].pdf)
    run(folder.parent.parent)
    assert Zone.objects.count() == 4
    return folder


@pytest.fixture(params=list(KINDS))
def front_with_zones(request, front, pages):
    """Page 1 imported with its PDF, then a PDF nothing can check as 1.pdf (another page's,
    unreadable; a scan): (the run's folder, the stored PDF's checksum, the kind)."""
    (front / "1.pdf").write_bytes(KINDS[request.param][0](pages))
    return front.parent.parent, PageImage.objects.get().pdf_checksum, request.param


def test_the_real_run_keeps_the_picture_and_its_zones(front_with_zones):
    root, checksum, kind = front_with_zones
    _, err = run(root)
    assert f"{said(kind)}都没有改动，没有挂上这个 PDF" in err
    assert "确是本版的 PDF，请加上 --attach-unmatched-pdf 再导入" in err
    assert PageImage.objects.get().pdf_checksum == checksum and Zone.objects.count() == 4


def test_the_dry_run_says_so_too(front_with_zones):
    root, _, kind = front_with_zones
    out, err = run(root, "--dry-run")
    assert said(kind) in err and "试运行：真正导入时" in err
    assert "检查通过" not in out


def test_told_it_is_the_pages_it_is_attached_as_a_scan(front_with_zones):
    root, checksum, kind = front_with_zones
    out, _ = run(root, "--dry-run", "--attach-unmatched-pdf")
    assert f"{said(kind)}将被换掉；已加上 --attach-unmatched-pdf，照样挂上" in out
    assert KINDS[kind][2] in out
    run(root, "--attach-unmatched-pdf")
    assert PageImage.objects.get().pdf_checksum != checksum and not Zone.objects.exists()


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_new_pages_dry_run_gives_the_real_runs_warning(folder, pages, kind):
    (folder / "1.txt").write_text(pages[0].text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(KINDS[kind][0](pages))
    out, _ = run(folder.parent.parent, "--dry-run")
    assert "将新建" in out and KINDS[kind][2] in out and "无法核对" not in out


def test_a_changed_text_with_it_writes_nothing_of_the_page(front_with_zones, folder, pages):
    from articles.models import ArticlePart

    root, checksum, kind = front_with_zones
    texts = sorted(map(str, ArticlePart.objects.values_list("blocks", flat=True)))
    line = next(line for line in pages[0].text.splitlines() if len(line) > 20)
    (folder / "1.txt").write_text(pages[0].text.replace(line, line + "又讯"), encoding="utf-8")
    out, err = run(root)
    assert said(kind) in err and "本版没有导入（文字和 PDF 都没有写入）" in err
    assert "文字已经导入" not in err and "导入了 0 个版面" in out
    assert sorted(map(str, ArticlePart.objects.values_list("blocks", flat=True))) == texts
    assert PageImage.objects.get().pdf_checksum == checksum and Zone.objects.count() == 4
    out, err = run(root, "--dry-run")
    assert "试运行：真正导入时本版不会导入（文字和 PDF 都不会写入）" in err
