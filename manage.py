#!/usr/bin/env python
"""Django's command-line utility for administrative tasks.

Configuration mistakes (a missing SECRET_KEY, a database that is not there, a database never
migrated: ``数据库还没有建表：请先运行 python manage.py migrate``, and a new SQLite file the command
made is not left behind; SQLite's ``database is locked``: ``数据库正忙…``) end in one line on stderr and exit status 1 instead of a traceback;
``--traceback`` shows the traceback as well.
"""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.dev")
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line
    from django.db.utils import OperationalError, ProgrammingError

    from newsroom import dbcheck

    new_file = None
    try:
        new_file = _new_sqlite_file(dbcheck)
        execute_from_command_line(sys.argv)
    except ImproperlyConfigured as exc:
        if "--traceback" in sys.argv:
            raise
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
    except (OperationalError, ProgrammingError) as exc:
        if "--traceback" not in sys.argv and dbcheck.is_database_locked(exc):
            print(  # SQLite's write lock held elsewhere for longer than the timeout
                "error: "
                + dbcheck.database_busy_message("正在写入的这一批", dbcheck.COMMAND_BUSY_THEN),
                file=sys.stderr,
            )
            sys.exit(1)
        command = sys.argv[1] if len(sys.argv) > 1 else ""
        no_tables = dbcheck.is_missing_table(exc) and command not in dbcheck.MIGRATING_COMMANDS
        connecting = isinstance(exc, OperationalError) and dbcheck.is_connection_failure(exc)
        if "--traceback" in sys.argv or not (no_tables or connecting):
            raise
        from django.conf import settings

        db = settings.DATABASES["default"]
        from_env = bool(os.environ.get("DATABASE_URL", "").strip())
        if connecting:
            print(dbcheck.connection_error_message(exc, db, from_env=from_env), file=sys.stderr)
        else:
            from django.db import connections

            connections.close_all()
            dbcheck.remove_if_left_empty(new_file)  # the command made it: leave nothing behind
            print(dbcheck.missing_tables_message(db, from_env=from_env), file=sys.stderr)
        sys.exit(1)


def _new_sqlite_file(dbcheck):
    """The SQLite file the default database names when it is not there yet (else ``None``);
    settings that cannot be read are left for the command to report as it always did."""
    try:
        from django.conf import settings

        return dbcheck.new_sqlite_file(settings.DATABASES["default"])
    except Exception:
        return None


if __name__ == "__main__":
    main()
