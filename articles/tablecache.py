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
process never reads half of one; only a file of the user's own that no one else may write is
read.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from pathlib import Path


def cache_path(name: str, source: Path, version: int) -> Path:
    """Where the table ``name`` made from ``source`` (format ``version``) is kept: the temporary
    folder, as jieba keeps its own (``NEWSROOM_TABLE_CACHE`` names another folder)."""
    stat = source.stat()
    key = f"{version}\x00{source.resolve()}\x00{stat.st_size}\x00{stat.st_mtime_ns}"
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=10).hexdigest()
    folder = os.environ.get("NEWSROOM_TABLE_CACHE") or tempfile.gettempdir()
    return Path(folder) / f"newsroom-{name}-{digest}.bin"


def read_table(path: Path) -> bytes | None:
    """The bytes kept at ``path``, or None when there are none, they cannot be read, or the file
    is not this user's own or others may write it (the temporary folder is shared: a table
    anyone could have put there is made again instead)."""
    try:
        with path.open("rb") as kept:
            stat = os.fstat(kept.fileno())
            if stat.st_uid != os.getuid() or stat.st_mode & 0o022:
                return None
            return kept.read()
    except OSError:
        return None


def write_table(path: Path, data: bytes) -> None:
    """Keep ``data`` at ``path`` (written beside it, then renamed: all or nothing). A folder that
    cannot be written is not an error: the table is made again by the next process."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=path.name, dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)  # as jieba's own cache: any user's process may read it
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
