"""One clear line instead of a driver traceback when the database cannot be reached.

``manage.py`` uses these; they are plain functions so the message can be tested without a
broken database.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Mapping


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
