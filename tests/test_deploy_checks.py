"""``manage.py check --deploy`` warns when a database is SQLite: production runs on PostgreSQL."""

import pytest
from django.conf import settings
from django.core import checks

from newsroom.checks import SQLITE_IN_PRODUCTION

SQLITE = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "/srv/newsroom.sqlite3"}}
POSTGRES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "newsroom"}}


@pytest.fixture
def databases(monkeypatch):
    """Set ``settings.DATABASES`` as the checks read it (no connection is opened)."""
    return lambda value: monkeypatch.setattr(settings, "DATABASES", value)


def newsroom_checks(*, deploy: bool) -> list[checks.CheckMessage]:
    return checks.run_checks(include_deployment_checks=deploy, tags=["newsroom"])


def test_check_deploy_warns_of_an_sqlite_database(databases):
    databases(SQLITE)
    (warning,) = newsroom_checks(deploy=True)
    assert warning.id == SQLITE_IN_PRODUCTION
    assert (
        "SQLite" in warning.msg and "PostgreSQL" in warning.msg and "DATABASE_URL" in warning.hint
    )


def test_check_deploy_says_nothing_of_postgresql(databases):
    databases(POSTGRES)
    assert newsroom_checks(deploy=True) == []


def test_a_plain_check_does_not_run_it(databases):
    databases(SQLITE)
    assert newsroom_checks(deploy=False) == []
