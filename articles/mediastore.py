"""Files written to the media storage whole or not at all, and a failed write said in Chinese.

Every file the project writes to a storage (a page's PDF, image and thumbnail, a photo cut from
a PDF, an uploaded photo, a photo's copies for readers, a file waiting for the desk's import)
goes through :func:`store_whole`:

* **whole or absent.** Django's ``FileSystemStorage`` writes straight under the final name, so
  a full disk (``ENOSPC``) left the first bytes of a page's PDF there (139 KB of 1.17 MB, a
  WebP of 8 KB Pillow cannot open). A write that fails has what it left under its name removed
  (an S3-like storage stores an object only once its upload is complete; the removal then finds
  nothing). One that could not be removed (a read-only folder) is caught by the next point.
* **a stored name is reused only for the right content.** Page files and pictures cut from a PDF
  are named by the content's SHA-256, so a file of that name was taken as written already: the
  stub of a failed write stayed the page's PDF for good, even after the space was freed. A file
  under the name is kept only when its size and SHA-256 are those of the bytes to store
  (measured 2026-12-06 on a local disk at load 11: reading back and hashing a real 1.17 MB
  page PDF and hashing the bytes at hand, 1.5 ms median; the size alone, a stat or an S3 HEAD,
  decides for a stub); otherwise it is replaced. A file whose bytes are not at hand (an
  unchanged page's image, a picture cut from its PDF) is looked at without being read whole
  (:func:`looks_whole`: its size, a WebP's RIFF header), and written again when cut short.
* **the error says what was not written and what to do** (:class:`MediaWriteError`, an
  ``OSError`` with the original ``errno``): a full disk, a read-only folder or one without write
  permission, then "run the same command again" in a command, the desk's own action at the
  desk (:meth:`MediaWriteError.at_desk`) — never the raw errno alone.
"""

from __future__ import annotations

import errno
import hashlib
import logging

from django.core.files.base import ContentFile, File
from django.core.files.storage import Storage, default_storage

logger = logging.getLogger(__name__)

#: errno → (what is wrong, what to do before trying again), Chinese.
_CAUSES = {
    errno.ENOSPC: ("媒体存储的空间已满", "请腾出空间（或扩大磁盘）"),
    errno.EDQUOT: ("媒体存储超出了磁盘配额", "请腾出空间（或提高配额）"),
    errno.EROFS: ("媒体文件夹是只读的", "请把媒体文件夹改为可写（重新挂载为读写）"),
    errno.EACCES: (
        "没有写入媒体文件夹的权限",
        "请改好媒体文件夹的属主或权限（运行本系统的用户须能写入）",
    ),
}
_CAUSES[errno.EPERM] = _CAUSES[errno.EACCES]
#: What to do again, said by a command (a desk's page says its own action: :meth:`at_desk`).
COMMAND_AGAIN = "重新运行同一命令"


class MediaWriteError(OSError):
    """A file that could not be written to the media storage, said in Chinese: which file, why
    (the system's own words in brackets), what was left of it, and what to do (``str()``: then
    "run the same command again", a command's words; the desk says its own action instead,
    :meth:`at_desk`). Keeps the original ``errno`` (``ENOSPC``, ``EROFS``…), so callers that
    catch ``OSError`` still do. ``said``: what went wrong (ends with "。"); ``fix``: what to do
    before trying again ("请腾出空间（或扩大磁盘）")."""

    def __init__(self, name: str, error: OSError, *, left: bool = False):
        cause, self.fix = _CAUSES.get(error.errno, ("媒体存储写入出错", "请查明原因"))
        system = error.strerror or str(error)
        remains = (
            "写了一半的文件未能删除，重新写入时会换成完整的" if left else "没有留下不完整的文件"
        )
        self.said = f"{name} 未能写入：{cause}（{system}）；{remains}。"
        super().__init__(error.errno, self.at_desk(COMMAND_AGAIN))
        self.name = name

    def at_desk(self, again: str) -> str:
        """The message with ``again`` (the desk's action: "再保存一次", "再上传一次") as what
        to do once the cause is fixed."""
        return f"{self.said}{self.fix}后{again}。"

    def __str__(self) -> str:
        return self.strerror


def store_whole(
    name: str,
    content: bytes | File,
    *,
    storage: Storage | None = None,
    reuse: bool = True,
    written: list[str] | None = None,
) -> str:
    """Store ``content`` (bytes, or a Django ``File`` such as an upload) under ``name`` in
    ``storage`` (default storage) and return the name it is stored under. ``reuse``: a file
    already under ``name`` with the same bytes (size, then SHA-256) is kept, and any other file
    there replaced (content-addressed names); without it the storage gives a free name, as
    ``storage.save`` does. The name of a file written (not a kept one) is appended to
    ``written`` (the caller removes it if its transaction fails). Raises
    :class:`MediaWriteError` (an ``OSError``) when it cannot be written; nothing of it is then
    left under its name, unless removing it failed too (said in the error)."""
    storage = storage or default_storage
    file = ContentFile(content) if isinstance(content, bytes) else content
    try:
        if reuse and storage.exists(name):
            if holds(storage, name, file):
                return name
            logger.warning("媒体文件 %s 与应有的内容不同（上次没写完？），重新写入", name)
            storage.delete(name)
        target = storage.get_available_name(name, max_length=None)
        try:
            file.seek(0)
            stored = storage.save(target, file)
        except OSError as error:
            left = not _partial_removed(storage, target, file)
            raise MediaWriteError(name, error, left=left) from error
    except MediaWriteError:
        raise
    except OSError as error:  # (looking at or removing the file there before)
        raise MediaWriteError(name, error) from error
    if written is not None:
        written.append(stored)
    return stored


def looks_whole(name: str, *, size: int | None = None, storage: Storage | None = None) -> bool:
    """Whether the stored file ``name`` is there and not cut short, without reading it whole
    (for a file whose bytes are not at hand: a page's image, a picture cut from its PDF): its
    size is ``size`` when given, and a WebP's is the size its RIFF header declares (the first
    12 bytes). A file that cannot be looked at counts as not whole."""
    storage = storage or default_storage
    try:
        if not storage.exists(name):
            return False
        stored = storage.size(name)
        if size is not None and stored != size:
            return False
        if not name.endswith(".webp"):
            return True
        with storage.open(name, "rb") as handle:
            head = handle.read(12)
    except OSError:
        return False
    declared = int.from_bytes(head[4:8], "little") + 8
    return head[:4] == b"RIFF" and head[8:12] == b"WEBP" and declared == stored


def holds(storage: Storage, name: str, file: File) -> bool:
    """Whether the file ``name`` in ``storage`` has exactly the bytes of ``file``: its size
    first (a stub left by a failed write is shorter), then its SHA-256."""
    if storage.size(name) != file.size:
        return False
    with storage.open(name, "rb") as handle:
        return _sha256(handle) == _sha256(file)


def _sha256(file) -> bytes:
    digest = hashlib.sha256()
    file.seek(0)
    for chunk in iter(lambda: file.read(1 << 20), b""):
        digest.update(chunk)
    return digest.digest()


def _partial_removed(storage: Storage, name: str, file: File) -> bool:
    """After a failed write of ``file`` under ``name``: remove what it left there (a whole file,
    another writer's, is kept). True when nothing incomplete is left."""
    try:
        if not storage.exists(name) or holds(storage, name, file):
            return True
        storage.delete(name)
    except OSError as error:
        logger.warning("媒体文件 %s 写入失败后未能删除（%s）", name, error)
        return False
    return True
