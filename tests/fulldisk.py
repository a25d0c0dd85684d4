"""A media storage whose disk fills up, or whose folder is read-only, for the tests of
:mod:`articles.mediastore` and of every path that writes media (:func:`full_disk`)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from django.core.files.storage import FileSystemStorage
from django.test import override_settings


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


@pytest.fixture(name="full_disk")
def full_disk_fixture(tmp_path_factory):
    """The default storage a :class:`FullDiskStorage` in its own folder (not among the pages
    imported); yields the folder."""
    media = tmp_path_factory.mktemp("media")
    backend = "tests.fulldisk.FullDiskStorage"
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
