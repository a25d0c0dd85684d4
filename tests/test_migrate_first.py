"""A command run on a database never migrated ends in one line (``数据库还没有建表：请先运行
python manage.py migrate``) and exit status 1, not a driver traceback, and leaves no empty
SQLite file behind; ``migrate`` itself is left alone."""

import sqlite3

import pytest
from django.db import OperationalError, ProgrammingError

from newsroom.dbcheck import is_missing_table, new_sqlite_file, remove_if_left_empty
from tests.test_settings import manage

PAGE = "北岸新区开通第一条有轨电车\n本报讯 北岸新区第一条有轨电车昨天开通，全长十二公里。\n"


@pytest.mark.parametrize(
    "args",
    [("import_pages", "{page}", "--paper", "北岸晨报", "--date", "2020-07-09"), ("check_jumps",)],
)
def test_a_command_on_a_database_never_migrated_says_migrate_first(tmp_path, args):
    page = tmp_path / "A1.txt"
    page.write_text(PAGE, encoding="utf-8")
    db = tmp_path / "db.sqlite3"

    done = manage(*(a.format(page=page) for a in args), DATABASE_URL=f"sqlite:///{db}")

    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"error: 数据库还没有建表：请先运行 python manage.py migrate"
        f"（数据库 sqlite:///{db} (DATABASE_URL)）"
    ], done.stderr
    assert "Traceback" not in done.stderr
    assert not db.exists()  # the command made it: nothing left behind


def test_an_existing_file_is_kept(tmp_path):
    db = tmp_path / "db.sqlite3"
    sqlite3.connect(db).close()
    assert db.exists()
    done = manage("check_jumps", DATABASE_URL=f"sqlite:///{db}")
    assert done.returncode == 1 and "请先运行 python manage.py migrate" in done.stderr
    assert db.exists()


def test_missing_tables_are_told_from_other_errors(tmp_path):
    assert is_missing_table(OperationalError("no such table: articles_issue"))
    assert is_missing_table(ProgrammingError('relation "articles_issue" does not exist'))
    assert not is_missing_table(OperationalError("database is locked"))
    db = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "x.sqlite3")}
    made = new_sqlite_file(db)
    assert made == tmp_path / "x.sqlite3"
    with sqlite3.connect(made) as conn:
        conn.execute("CREATE TABLE t (a)")
    remove_if_left_empty(made)
    assert made.exists()  # it holds a table: kept
