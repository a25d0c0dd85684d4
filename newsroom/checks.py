"""System checks of the deployment (``manage.py check --deploy``) beyond Django's own."""

from __future__ import annotations

from django.conf import settings
from django.core import checks

SQLITE_IN_PRODUCTION = "newsroom.W001"


@checks.register("newsroom", deploy=True)
def sqlite_in_production(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """A warning for each database that is SQLite, under ``check --deploy``: production runs on
    PostgreSQL (README, Configuration: ``DATABASE_URL`` is ``postgres://…``), where edits from
    several editors, search (its full-text index and ``RUM``/GIN ordering) and the parsing
    workers are built and measured; SQLite is the single-machine demo and the test backend."""
    return [
        checks.Warning(
            f"数据库 {alias!r} 是 SQLite（{db.get('NAME')}）：正式环境应使用 PostgreSQL。",
            hint="把 DATABASE_URL 设为 postgres://USER:PASSWORD@HOST:PORT/NAME（见 README 的 Configuration）。",
            id=SQLITE_IN_PRODUCTION,
        )
        for alias, db in settings.DATABASES.items()
        if str(db.get("ENGINE", "")).endswith("sqlite3")
    ]
