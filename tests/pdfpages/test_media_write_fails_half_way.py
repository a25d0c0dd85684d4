"""A media storage that fails half-way through a write (a full disk) or refuses it (a read-only
folder): no stub is left to be taken for the file, a run after the space is freed stores the
right file, and the import says in Chinese what was written and what to do."""

from __future__ import annotations

import hashlib
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from PIL import Image

pytest.importorskip("pypdfium2")

from articles.models import Page, PageImage, Photo
from tests.fulldisk import FullDiskStorage, full_disk_fixture  # noqa: F401 (full_disk)
from tests.pdfpages.conftest import run

pytestmark = pytest.mark.django_db


def _page_files(media: Path) -> list[Path]:
    return sorted(path for path in media.rglob("*") if path.is_file())


def test_a_write_cut_short_by_a_full_disk_leaves_no_stub_and_the_next_run_stores_the_whole_file(
    folder, pages, full_disk
):
    one, _ = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)
    FullDiskStorage.room = 8192
    with pytest.raises(CommandError):
        run(folder.parent.parent)
    for path in _page_files(full_disk):  # nothing half-written left under its name
        assert path.stat().st_size <= 8192 and path.suffix == ".webp"  # (whole: small ones)
    assert not PageImage.objects.exists()

    FullDiskStorage.room = None  # the space freed: the same command again
    run(folder.parent.parent)
    picture = PageImage.objects.get()
    with default_storage.open(picture.pdf.name, "rb") as handle:
        assert handle.read() == one.pdf
    photo = Photo.objects.get(page=picture.page)
    with default_storage.open(photo.image.name, "rb") as handle, Image.open(handle) as image:
        image.load()  # the photo's picture is a whole WebP


def test_a_stub_left_under_the_files_name_is_replaced_not_taken_for_the_file(
    folder, pages, full_disk
):
    """A stub a failed write could not remove (a crash, a folder made read-only meanwhile)."""
    one, _ = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)
    checksum = hashlib.sha256(one.pdf).hexdigest()
    stub = full_disk / "pages" / checksum[:2] / f"{checksum}.pdf"
    stub.parent.mkdir(parents=True)
    stub.write_bytes(one.pdf[: len(one.pdf) // 2])
    photo_stub = full_disk / "photos" / "pdf" / checksum[:2] / f"{checksum}-0-0.webp"
    photo_stub.parent.mkdir(parents=True)
    photo_stub.write_bytes(b"RIFF\x00\x10\x00\x00WEBPVP8 " + bytes(8180))  # 8 KB, cut short
    run(folder.parent.parent)
    picture = PageImage.objects.get()
    assert picture.pdf.name == f"pages/{checksum[:2]}/{checksum}.pdf"
    assert stub.read_bytes() == one.pdf
    photo = Photo.objects.get(page=picture.page)
    assert photo.image.name == f"photos/pdf/{checksum[:2]}/{checksum}-0-0.webp"
    with Image.open(photo_stub) as image:
        image.load()  # cut again from the page, whole


def test_a_read_only_media_folder_is_said_in_chinese_with_the_page_text_counted(
    folder, pages, full_disk
):
    one, _ = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)
    FullDiskStorage.read_only = True
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("import_pages", str(folder.parent.parent), stdout=out, stderr=err)
    said = out.getvalue() + err.getvalue() + str(raised.value)
    assert "Errno" not in said
    assert "媒体文件夹是只读的" in err.getvalue()
    assert "重新运行同一命令" in err.getvalue()
    assert "这一版的文字已经导入" in err.getvalue()
    assert Page.objects.count() == 1 and not PageImage.objects.exists()
    assert "导入了 0 个版面" not in out.getvalue()
    assert "导入了 1 个版面：新建 1" in out.getvalue()
    assert "版面 PDF 未能附上" in str(raised.value)


def test_a_page_whose_stored_files_are_stubs_gets_them_whole_when_imported_again(
    folder, pages, full_disk
):
    """What an import before this check left: the page's PDF and its photo's picture stored as
    a full disk's stubs (their first halves), the same PDF given again."""
    one, _ = pages
    (folder / "1.txt").write_text(one.text, encoding="utf-8")
    (folder / "1.pdf").write_bytes(one.pdf)
    run(folder.parent.parent)
    picture = PageImage.objects.get()
    photo = Photo.objects.get(page=picture.page)
    stored_pdf, stored_photo = full_disk / picture.pdf.name, full_disk / photo.image.name
    stored_pdf.write_bytes(one.pdf[: len(one.pdf) // 2])
    cut = stored_photo.read_bytes()
    stored_photo.write_bytes(cut[: len(cut) // 2])
    out, _ = run(folder.parent.parent)
    assert "导入了 1 个版面：更新版面图 1" in out
    assert stored_pdf.read_bytes() == one.pdf
    with Image.open(stored_photo) as image:
        image.load()
