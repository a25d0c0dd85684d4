"""Configuration mistakes end in one clear line, not a traceback.

Most of these run ``manage.py`` in a subprocess with a controlled environment, because settings
are read once per process.
"""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import OperationalError
from django.db.utils import ConnectionHandler

from newsroom.dbcheck import connection_error_message, display_url, is_connection_failure

ROOT = Path(__file__).resolve().parent.parent
GOOD_KEY = secrets.token_urlsafe(50)
UNREACHABLE = "postgres://nobody:hunter2@127.0.0.1:1/nothing"


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "SECRET_KEY", "ALLOWED_HOSTS"}
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def production(**env: str) -> dict:
    return {
        "DJANGO_SETTINGS_MODULE": "newsroom.settings.production",
        "SECRET_KEY": GOOD_KEY,
        "ALLOWED_HOSTS": "example.org",
        "DATABASE_URL": "postgres://u:p@127.0.0.1:1/x",
        **env,
    }


def assert_one_line_error(result: subprocess.CompletedProcess, *fragments: str) -> str:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    message = result.stderr.strip()
    assert message.startswith("error: ")
    assert "\n" not in message, message
    for fragment in fragments:
        assert fragment in message
    return message


def test_production_refuses_a_missing_secret_key():
    env = production()
    del env["SECRET_KEY"]
    assert_one_line_error(manage("check", **env), "SECRET_KEY is not set")


@pytest.mark.parametrize(
    "key",
    ["short", "dev-" + secrets.token_urlsafe(50), "a" * 60],
    ids=["short", "dev-key", "one-character"],
)
def test_production_refuses_a_weak_secret_key(key):
    assert_one_line_error(manage("check", **production(SECRET_KEY=key)), "SECRET_KEY is too weak")


def test_production_refuses_missing_allowed_hosts():
    assert_one_line_error(manage("check", **production(ALLOWED_HOSTS="")), "ALLOWED_HOSTS")


def test_production_passes_the_deployment_checks():
    result = manage("check", "--deploy", **production())
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout
    assert result.stderr == ""


def test_unreachable_database_is_one_line():
    message = assert_one_line_error(
        manage("migrate", DATABASE_URL=UNREACHABLE),
        "cannot connect to the database at postgres://nobody@127.0.0.1:1/nothing",
        "(DATABASE_URL)",
        "Is PostgreSQL running",
    )
    assert "hunter2" not in message


def test_traceback_flag_still_shows_the_traceback():
    result = manage("migrate", "--traceback", DATABASE_URL=UNREACHABLE)
    assert result.returncode != 0
    assert "Traceback" in result.stderr


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("postgres//nobody@nowhere/x", "DATABASE_URL is not a database URL"),
        ("postgres://u:p@host:notaport/x", "DATABASE_URL is not a database URL"),
        ("mysql://u:p@host/x", "names the engine"),
        ("postgres://u:p@host:5432", "names no database"),
    ],
)
def test_malformed_database_url_is_one_line(url, fragment):
    assert_one_line_error(manage("check", DATABASE_URL=url), fragment)


# The message builder itself, without a subprocess.
PG = {
    "ENGINE": "django.db.backends.postgresql",
    "NAME": "newsroom",
    "USER": "editor",
    "PASSWORD": "s3cret",
    "HOST": "db.example.org",
    "PORT": 5433,
}


def test_display_url_never_shows_the_password():
    assert display_url(PG) == "postgres://editor@db.example.org:5433/newsroom"
    assert display_url({**PG, "USER": "", "PORT": "", "HOST": "::1"}) == "postgres://[::1]/newsroom"
    sqlite = {"ENGINE": "django.db.backends.sqlite3", "NAME": "/srv/db.sqlite3"}
    assert display_url(sqlite) == "sqlite:////srv/db.sqlite3"


def test_connection_error_message_keeps_the_first_line_and_hides_the_password():
    exc = OperationalError("password authentication failed (s3cret)\nDETAIL: more text\n")
    message = connection_error_message(exc, PG, from_env=True)
    assert message == (
        "error: cannot connect to the database at postgres://editor@db.example.org:5433/newsroom "
        "(DATABASE_URL): password authentication failed (***). "
        "Is PostgreSQL running, and is DATABASE_URL right?"
    )


def _operational_error(databases: dict, action) -> BaseException:
    handler = ConnectionHandler(databases)
    try:
        with pytest.raises(OperationalError) as excinfo:
            action(handler["default"])
    finally:
        handler.close_all()
    return excinfo.value


def test_failed_connection_is_recognised(django_db_blocker):
    with django_db_blocker.unblock():
        exc = _operational_error(
            {"default": {**PG, "HOST": "127.0.0.1", "PORT": 1}},
            lambda connection: connection.ensure_connection(),
        )
    assert is_connection_failure(exc)


def test_failed_query_is_not_a_connection_failure(django_db_blocker):
    with django_db_blocker.unblock():
        exc = _operational_error(
            {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
            lambda connection: connection.cursor().execute("SELECT * FROM no_such_table"),
        )
    assert not is_connection_failure(exc)


def cache_prefix(**env: str) -> str:
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.CACHES['default']['KEY_PREFIX'])",
        DJANGO_SETTINGS_MODULE="newsroom.settings.dev",
        **env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_two_databases_from_one_checkout_never_share_cached_pages(tmp_path):
    first = cache_prefix(DATABASE_URL=f"sqlite:///{tmp_path}/a.sqlite3")
    second = cache_prefix(DATABASE_URL=f"sqlite:///{tmp_path}/b.sqlite3")
    assert first.startswith("db-") and first != second
    assert cache_prefix(DATABASE_URL=f"sqlite:///{tmp_path}/a.sqlite3") == first


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts open files in /proc")
def test_the_development_server_closes_each_requests_database_connection(tmp_path):
    """runserver serves each request on a thread of its own and never closes its connection:
    with persistent connections every request left one open (two files on SQLite) until the
    process ran out of files (the reviewer's 509th search)."""
    import contextlib
    import socket
    import time
    import urllib.error
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    clean = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "newsroom.settings.dev",
            "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3",
            "NEWSROOM_CACHE_DIR": str(tmp_path / "cache"),
            "DJANGO_DEBUG": "0",
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )

    def get() -> None:
        # No tables: a 500, but the request opened its connection all the same.
        with contextlib.suppress(urllib.error.HTTPError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/no-such-paper/", timeout=10).read()

    def open_files() -> int:
        return len(os.listdir(f"/proc/{server.pid}/fd"))

    try:
        for _ in range(200):
            try:
                get()
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        before = open_files()
        for _ in range(40):
            get()
        assert open_files() - before < 10
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize("password", ["p", "server", "port"])
def test_a_short_word_password_does_not_garble_the_drivers_message(password):
    exc = OperationalError('connection to server at "127.0.0.1", port 1 failed: Connection refused')
    message = connection_error_message(exc, {**PG, "PASSWORD": password}, from_env=True)
    assert 'connection to server at "127.0.0.1", port 1 failed: Connection refused' in message
    assert "***" not in message


def test_a_password_echoed_in_a_connection_string_is_hidden_whatever_it_is():
    exc = OperationalError("invalid dsn: host=db password=server user=x; postgres://x:server@db/n")
    message = connection_error_message(exc, {**PG, "PASSWORD": "server"}, from_env=True)
    assert "password=*** " in message and "postgres://x:***@db/n" in message
    assert "server" not in message.split("DATABASE_URL")[1]
