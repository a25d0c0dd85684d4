"""One clear line instead of a driver traceback when the database cannot be reached, or has
no tables yet (never migrated: :func:`is_missing_table`).

``manage.py`` uses these; they are plain functions so the message can be tested without a
broken database.
"""

from __future__ import annotations

import re
import sqlite3
import traceback
from collections.abc import Mapping
from contextlib import closing
from pathlib import Path


def is_connection_failure(exc: BaseException) -> bool:
    """True when ``exc`` was raised while opening a connection, not by a query on an open one.

    Django opens every connection in ``BaseDatabaseWrapper.get_new_connection``; its frame is in
    the traceback of any error the driver raised while connecting.
    """
    return any(
        frame.f_code.co_name == "get_new_connection"
        for frame, _ in traceback.walk_tb(exc.__traceback__)
    )


def display_url(db: Mapping) -> str:
    """The database as a URL without its password: ``postgres://user@host:port/name``."""
    engine = str(db.get("ENGINE", ""))
    if engine.endswith("sqlite3"):
        return f"sqlite:///{db.get('NAME', '')}"
    scheme = "postgres" if engine.endswith("postgresql") else engine.rsplit(".", 1)[-1]
    user = db.get("USER") or ""
    host = db.get("HOST") or "localhost"
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # an IPv6 address
    port = db.get("PORT") or ""
    netloc = (f"{user}@" if user else "") + host + (f":{port}" if port else "")
    return f"{scheme}://{netloc}/{db.get('NAME') or ''}"


# A password in a connection string the driver may echo: ``password=…`` or ``://user:…@``.
_DSN_SECRET_RE = re.compile(r"(?i)(password\s*=\s*)('[^']*'|\S+)|(://[^:/@\s]*:)([^@\s]+)(@)")
_GUESSABLE = 8  # characters: a password of letters only, shorter, may be a word of the message


def _redact(text: str, secret: str | None) -> str:
    """``text`` with a password hidden: wherever a connection string in it gives one, and
    ``secret`` (the configured password) where it stands as a token of its own, unless it is a
    short run of letters only (``p``, ``server``: masking that would garble the driver's words,
    ``***ort 1 failed``, and tell which word the password is)."""
    text = _DSN_SECRET_RE.sub(
        lambda m: f"{m.group(1)}***" if m.group(1) else f"{m.group(3)}***{m.group(5)}", text
    )
    if not secret or (secret.isalpha() and len(secret) < _GUESSABLE):
        return text
    token = re.compile(rf"(?<![0-9A-Za-z]){re.escape(secret)}(?![0-9A-Za-z])")
    return token.sub("***", text)


def connection_error_message(exc: BaseException, db: Mapping, *, from_env: bool) -> str:
    """``error: cannot connect to the database at … (DATABASE_URL): …. Is PostgreSQL running…?``

    Only the first line of the driver's message is kept, and the password never appears.
    """
    lines = [line.strip() for line in str(exc).strip().splitlines() if line.strip()]
    detail = _redact(lines[0] if lines else type(exc).__name__, db.get("PASSWORD"))
    where = display_url(db) + (" (DATABASE_URL)" if from_env else "")
    if str(db.get("ENGINE", "")).endswith("sqlite3"):
        hint = "Does its directory exist, and can this user write to it?"
        if from_env:
            hint += " Is DATABASE_URL right?"
    else:
        hint = "Is PostgreSQL running, and is DATABASE_URL right?"
    return f"error: cannot connect to the database at {where}: {detail.rstrip('.')}. {hint}"


# What a query on a database whose tables were never made raises: SQLite's OperationalError
# ``no such table: articles_issue``, PostgreSQL's ProgrammingError ``relation "articles_issue"
# does not exist``.
_MISSING_TABLE_RE = re.compile(r'no such table: \S+|relation "[^"]+" does not exist')
MIGRATE_FIRST = "数据库还没有建表：请先运行 python manage.py migrate"
# Commands that make or list the tables: a missing table there is no "run migrate first".
MIGRATING_COMMANDS = frozenset({"migrate", "makemigrations", "showmigrations", "sqlmigrate"})


def is_missing_table(exc: BaseException) -> bool:
    """True when ``exc`` (a driver's error, as Django wraps it) says a table does not exist:
    the database was never migrated (or is another database than the one meant)."""
    return bool(_MISSING_TABLE_RE.search(str(exc)))


def missing_tables_message(db: Mapping, *, from_env: bool) -> str:
    """``error: 数据库还没有建表：请先运行 python manage.py migrate（数据库 sqlite:///…）``: one
    line, the database named as :func:`display_url` names it (never its password)."""
    where = display_url(db) + (" (DATABASE_URL)" if from_env else "")
    return f"error: {MIGRATE_FIRST}（数据库 {where}）"


def new_sqlite_file(db: Mapping) -> Path | None:
    """The SQLite file ``db`` names when it does not exist yet (a command run on it creates
    it: :func:`remove_if_left_empty` takes it away again when the command failed on a missing
    table); ``None`` for another engine, an in-memory database or a file that exists."""
    if not str(db.get("ENGINE", "")).endswith("sqlite3"):
        return None
    name = str(db.get("NAME") or "")
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    path = Path(name)
    return None if path.exists() else path


def remove_if_left_empty(path: Path | None) -> None:
    """Delete the SQLite file at ``path`` (:func:`new_sqlite_file`: it was not there before the
    command) when it holds no table: a failed command must not leave an empty database behind
    that looks like one. A file that cannot be read as SQLite, or holds anything, is kept."""
    if path is None or not path.is_file():
        return
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            (count,) = db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        return
    if count == 0:
        for leftover in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
            leftover.unlink(missing_ok=True)


def is_database_locked(exc: BaseException) -> bool:
    """True when ``exc`` is SQLite's ``database is locked`` (or ``database table is locked``):
    another connection held the one write lock longer than this one waited for it (the
    ``timeout`` of ``newsroom.settings.database.SQLITE_OPTIONS``). Found through the causes
    Django chains (its ``OperationalError`` wraps the driver's)."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if type(exc).__name__ == "OperationalError" and "is locked" in str(exc):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def database_busy_message(what: str = "这次操作", then: str = "请稍后重试") -> str:
    """What a command, the desk and the task worker say instead of ``database is locked``:
    ``what`` (``这次预览``, ``这一版``…) did not finish and, its transaction rolled back,
    wrote nothing; ``then``: what to do (try again in a moment)."""
    return (
        "数据库正忙：另一个导入、预览或后台任务正占着数据库写入，等了一会儿仍未轮到，"
        f"{what}没有完成，什么都没有写入（已全部撤回）；{then}"
    )


#: What ``manage.py`` says of a command stopped so: a command such as ``import_pages`` writes
#: in batches, one transaction each, so the batches finished before it stay.
COMMAND_BUSY_THEN = "之前已完成的批次保留，稍后重新运行同样的命令即可补完（已导入的版面记为未变）"


# What a full disk says: SQLite's ``database or disk is full`` (SQLITE_FULL), PostgreSQL's
# ``could not extend file …: No space left on device`` (SQLSTATE 53100, disk_full) and the
# kernel's ENOSPC/EDQUOT (a temporary file, a spool).
_DISK_FULL_RE = re.compile(r"database or disk is full|No space left on device|Disk quota exceeded")
_DISK_FULL_ERRNOS = frozenset({28, 122})  # ENOSPC, EDQUOT (Linux)


def is_disk_full(exc: BaseException) -> bool:
    """True when ``exc`` (a driver's error as Django wraps it, or an ``OSError``) says the disk
    the database or a temporary file writes to is full; found through the causes Django chains,
    as :func:`is_database_locked`."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno in _DISK_FULL_ERRNOS:
            return True
        if getattr(exc, "pgcode", None) == "53100" or getattr(exc, "sqlstate", None) == "53100":
            return True
        if type(exc).__name__ in {"OperationalError", "DiskFull"} and _DISK_FULL_RE.search(
            str(exc)
        ):
            return True
        exc = exc.__cause__ or exc.__context__
    return False
