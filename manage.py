#!/usr/bin/env python
"""Django's command-line utility for administrative tasks.

Configuration mistakes (a missing SECRET_KEY, a database that is not there) end in one line on
stderr and exit status 1 instead of a traceback; ``--traceback`` shows the traceback as well.
"""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.dev")
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line
    from django.db.utils import OperationalError

    try:
        execute_from_command_line(sys.argv)
    except ImproperlyConfigured as exc:
        if "--traceback" in sys.argv:
            raise
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)
    except OperationalError as exc:
        from newsroom.dbcheck import connection_error_message, is_connection_failure

        if "--traceback" in sys.argv or not is_connection_failure(exc):
            raise
        from django.conf import settings

        db = settings.DATABASES["default"]
        from_env = bool(os.environ.get("DATABASE_URL", "").strip())
        print(connection_error_message(exc, db, from_env=from_env), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
