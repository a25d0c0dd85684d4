"""A media storage that fails half-way through a write (a full disk) or refuses it (a read-only
folder): no stub is left to be taken for the file, a run after the space is freed stores the
right file, and the import says in Chinese what was written and what to do."""

from __future__ import annotations

import errno
import hashlib
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management import CommandError, call_command
from django.test import override_settings
from PIL import Image

pytest.importorskip("pypdfium2")

from articles.models import Page, PageImage, Photo
from tests.pdfpages.conftest import run

pytestmark = pytest.mark.django_db


class FullDiskStorage(FileSystemStorage):
    """A file-system storage whose disk fills up: while ``room`` is set (bytes), a file larger
    than that has its first ``room`` bytes put down under its name, then the write fails as the
    kernel's does (``OSError(ENOSPC)``), as Django's ``FileSystemStorage`` on a full disk. With
    ``read_only`` every write fails as on a folder mounted read-only (``EROFS``, in making the
    file's folder, as Django's does)."""

    room: int | None = None
    read_only = False

    def _save(self, name, content):
        path = Path(self.path(name))
        if FullDiskStorage.read_only:
            raise OSError(errno.EROFS, "Read-only file system", str(path.parent))
        data = content.read()
        content.seek(0)
        if FullDiskStorage.room is None or len(data) <= FullDiskStorage.room:
            return super()._save(name, content)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("xb") as handle:
            handle.write(data[: FullDiskStorage.room])
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.fixture
def full_disk(tmp_path_factory):
    """The default storage a :class:`FullDiskStorage` in its own folder (not among the pages
    imported); yields the folder."""
    media = tmp_path_factory.mktemp("media")
    backend = f"{__name__}.FullDiskStorage"
    with override_settings(
        STORAGES={
            "default": {"BACKEND": backend, "OPTIONS": {"location": str(media)}},
            "withheld-photos": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        }
    ):
        FullDiskStorage.room, FullDiskStorage.read_only = None, False
        yield media
        FullDiskStorage.room, FullDiskStorage.read_only = None, False


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
    out, _ = run(folder.parent.parent)
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
    stub.write_bytes(one.pdf[:139264])
    run(folder.parent.parent)
    picture = PageImage.objects.get()
    assert picture.pdf.name == f"pages/{checksum[:2]}/{checksum}.pdf"
    assert stub.read_bytes() == one.pdf


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
