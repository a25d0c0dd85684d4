"""Media files are written whole or not at all (articles.mediastore): a write a full disk cuts
short leaves nothing under its name, a stub already there is replaced rather than taken for the
file, and the error says in Chinese what was not written and what to do. The paths that write
media besides the page import: the desk's waiting uploads here; the desk's photo upload and a
photo's copies for readers in tests/admin/test_photo_upload_on_a_full_disk.py."""

from __future__ import annotations

import errno

import pytest
from django.core.files.storage import default_storage

from articles.importing.uploaditems import waiting_file
from articles.mediastore import MediaWriteError, store_whole
from tests.fulldisk import FullDiskStorage, full_disk_fixture  # noqa: F401 (full_disk)

DATA = bytes(range(256)) * 100  # 25,600 bytes


def _files(media) -> list[str]:
    return sorted(str(path.relative_to(media)) for path in media.rglob("*") if path.is_file())


def test_a_write_cut_short_leaves_nothing_and_says_what_to_do_in_chinese(full_disk):
    FullDiskStorage.room = 4096
    with pytest.raises(MediaWriteError) as raised:
        store_whole("pages/ab/abc.pdf", DATA)
    assert _files(full_disk) == []
    assert raised.value.errno == errno.ENOSPC and isinstance(raised.value, OSError)
    said = str(raised.value)
    assert said.startswith("pages/ab/abc.pdf 未能写入：媒体存储的空间已满")
    assert "没有留下不完整的文件" in said and "腾出空间" in said and "重新运行同一命令" in said
    assert "Errno" not in said


def test_a_read_only_folder_is_named_as_such(full_disk):
    FullDiskStorage.read_only = True
    with pytest.raises(MediaWriteError, match=r"媒体文件夹是只读的.*改为可写") as raised:
        store_whole("pages/ab/abc.pdf", DATA)
    assert raised.value.errno == errno.EROFS


def test_a_stub_under_the_name_is_replaced_and_the_same_bytes_are_kept(full_disk):
    stub = full_disk / "pages" / "ab" / "abc.pdf"
    stub.parent.mkdir(parents=True)
    stub.write_bytes(DATA[:8192])
    written: list[str] = []
    assert store_whole("pages/ab/abc.pdf", DATA, written=written) == "pages/ab/abc.pdf"
    assert stub.read_bytes() == DATA and written == ["pages/ab/abc.pdf"]
    same_size = full_disk / "pages" / "ab" / "abd.pdf"
    same_size.write_bytes(bytes(len(DATA)))  # as long, other bytes
    assert store_whole("pages/ab/abd.pdf", DATA) == "pages/ab/abd.pdf"
    assert same_size.read_bytes() == DATA
    written.clear()
    assert store_whole("pages/ab/abc.pdf", DATA, written=written) == "pages/ab/abc.pdf"
    assert written == []  # the right file already there: not written again


def test_a_waiting_upload_stub_is_replaced(full_disk):
    FullDiskStorage.room = 4096
    with pytest.raises(OSError, match="未能写入"):
        waiting_file(DATA, ".txt", "s1")
    FullDiskStorage.room = None
    name = waiting_file(DATA, ".txt", "s1")
    with default_storage.open(name, "rb") as handle:
        assert handle.read() == DATA
