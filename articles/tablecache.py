"""Tables made from jieba's data files, kept on disk so that the next process reads them at once.

jieba itself keeps its parsed dictionary in the temporary folder (``jieba.cache``); the two other
tables the import needs are made here the same way, each once per version of the file it comes
from: the part-of-speech tags (:func:`articles.text.get_posseg`, from ``dict.txt``) and the
keywords' IDF values (:func:`search.text.idf_table`, from ``jieba/analyse/idf.txt``). Parsing
those files line by line is about 0.5 s each, once per process: a tenth of an import of 500
pages (bench/import_bench.py); reading a table made before is a few milliseconds.

A pure module (standard library only). The file's name carries a digest of the source file's
path, size and modification time and of the table's format version, so a changed source (or a
new format) is never served from an old table; a table that cannot be written (a read-only
folder) is only not kept. A table is written to a file of its own and renamed into place, so a
process never reads half of one. Only a regular file of the user's own, in a folder of the
user's own, that no one else may write and whose bytes end in their own digest is read: anything
else (a file cut short or changed on disk, a pipe or link planted in a shared folder) is ignored
and the table made again.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path
from stat import S_ISDIR, S_ISREG

#: The digest that ends every kept file: BLAKE2b of the table's bytes (``_SEAL`` bytes long).
_SEAL = 32
#: The most a kept table may hold (the tags are ≈ 0.4 MB, the IDF values ≈ 4 MB).
_MAX_BYTES = 64 * 1024 * 1024


def cache_folder() -> Path:
    """The folder tables are kept in: ``NEWSROOM_TABLE_CACHE`` when set, else a folder of this
    user's own in the temporary folder (``newsroom-tables-<uid>``, mode 0700), so no other user
    can put a file where a table is looked for."""
    named = os.environ.get("NEWSROOM_TABLE_CACHE")
    if named:
        return Path(named)
    return Path(tempfile.gettempdir()) / f"newsroom-tables-{os.getuid()}"


def cache_path(name: str, source: Path, version: int) -> Path:
    """Where the table ``name`` made from ``source`` (format ``version``) is kept, in
    :func:`cache_folder`."""
    stat = source.stat()
    key = f"{version}\x00{source.resolve()}\x00{stat.st_size}\x00{stat.st_mtime_ns}"
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=10).hexdigest()
    return cache_folder() / f"newsroom-{name}-{digest}.bin"


def _own_folder(folder: Path) -> bool:
    """Is ``folder`` a real folder (not a link) of this user's own that no one else may write?"""
    try:
        stat = os.lstat(folder)
    except OSError:
        return False
    return S_ISDIR(stat.st_mode) and stat.st_uid == os.getuid() and not stat.st_mode & 0o022


def read_table(path: Path) -> bytes | None:
    """The table kept at ``path``, or None when there is none or it cannot be trusted: the file
    (or its folder) is not this user's own or others may write it, it is not a regular file (a
    link, a pipe: opened without following links and without waiting, so a planted pipe cannot
    hang the import), it is larger than any table, or its bytes do not end in their own digest
    (a file cut short or changed on disk). The caller then makes the table again."""
    if not _own_folder(path.parent):
        return None
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        stat = os.fstat(handle)
        if (
            not S_ISREG(stat.st_mode)
            or stat.st_uid != os.getuid()
            or stat.st_mode & 0o022
            or not _SEAL <= stat.st_size <= _MAX_BYTES
        ):
            return None
        with os.fdopen(handle, "rb", closefd=False) as kept:
            data = kept.read(_MAX_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(handle)
    body, seal = data[:-_SEAL], data[-_SEAL:]
    if hashlib.blake2b(body, digest_size=_SEAL).digest() != seal:
        return None
    return body


def write_table(path: Path, data: bytes) -> None:
    """Keep ``data`` at ``path``, followed by its digest (written beside it, then renamed: all or
    nothing). The default folder is made for this user alone (0700) when missing. A folder
    that cannot be made or written, or is not this user's own, is not an error: the table is
    made again by the next process."""
    folder = path.parent
    if os.environ.get("NEWSROOM_TABLE_CACHE") is None:
        with contextlib.suppress(OSError):
            folder.mkdir(mode=0o700)
    if not _own_folder(folder):
        return
    try:
        handle, temporary = tempfile.mkstemp(prefix=path.name, dir=folder)
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.write(hashlib.blake2b(data, digest_size=_SEAL).digest())
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def word_key(word: str) -> int:
    """A word's 64-bit key, the same in every process (Python's ``hash`` of a string is not):
    the first 8 bytes of its BLAKE2b digest, as a signed integer (for ``array('q')``)."""
    digest = hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def words_digest(words) -> bytes:
    """A digest of a sequence of words in order: tells whether a dictionary's keys are the very
    ones, in the very order, a table aligned with them was made for."""
    return hashlib.blake2b("\n".join(words).encode("utf-8"), digest_size=16).digest()
