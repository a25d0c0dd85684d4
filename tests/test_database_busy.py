"""SQLite's ``database is locked`` (another connection held the one write lock longer than the
``timeout`` this one waits) ends a command in one Chinese line, saying nothing of the batch
being written was written and how to go on, instead of a driver traceback. Simulated: the
error raised where the command runs."""

import sqlite3
import sys

import pytest
from django.db import OperationalError

import manage
from newsroom.dbcheck import database_busy_message, is_database_locked


def locked() -> OperationalError:
    """Django's error as a query raises it: the driver's chained as its cause."""
    try:
        try:
            raise sqlite3.OperationalError("database is locked")
        except sqlite3.OperationalError as driver:
            raise OperationalError("database is locked") from driver
    except OperationalError as exc:
        return exc


def test_a_locked_database_is_told_from_other_errors():
    assert is_database_locked(locked())
    assert is_database_locked(OperationalError("database table is locked"))
    assert not is_database_locked(OperationalError("no such table: articles_page"))
    assert not is_database_locked(ValueError("database is locked"))


def test_the_message_says_nothing_was_written_and_to_try_again():
    message = database_busy_message("这次预览")
    assert message.startswith("数据库正忙：")
    assert "这次预览没有完成，什么都没有写入" in message and message.endswith("请稍后重试")


@pytest.mark.parametrize("command", ["import_pages", "db_worker"])
def test_a_command_stopped_by_a_locked_database_says_so_in_one_line(monkeypatch, capsys, command):
    def busy(argv):
        raise locked()

    monkeypatch.setattr("django.core.management.execute_from_command_line", busy)
    monkeypatch.setattr(sys, "argv", ["manage.py", command])
    with pytest.raises(SystemExit) as stopped:
        manage.main()
    assert stopped.value.code == 1
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [
        "error: 数据库正忙：另一个导入、预览或后台任务正占着数据库写入，等了一会儿仍未轮到，"
        "正在写入的这一批没有完成，什么都没有写入（已全部撤回）；之前已完成的批次保留，"
        "稍后重新运行同样的命令即可补完（已导入的版面记为未变）"
    ]
    assert "Traceback" not in err and "database is locked" not in err


def test_traceback_still_shows_it(monkeypatch):
    def busy(argv):
        raise locked()

    monkeypatch.setattr("django.core.management.execute_from_command_line", busy)
    monkeypatch.setattr(sys, "argv", ["manage.py", "import_pages", "--traceback"])
    with pytest.raises(OperationalError, match="database is locked"):
        manage.main()


def test_import_pages_json_says_it_in_its_document(monkeypatch, tmp_path):
    import json
    from io import StringIO

    from django.core.management import call_command

    from articles.management.commands import import_pages

    def busy(self, *args, **options):
        raise locked()

    monkeypatch.setattr(import_pages.Command, "_import", busy)
    out = StringIO()
    with pytest.raises(OperationalError):  # manage.py then says it on stderr and exits 1
        call_command("import_pages", str(tmp_path), "--json", stdout=out)
    document = json.loads(out.getvalue())
    assert document["ok"] is False and document["refused"] is False
    [error] = document["errors"]
    assert error["message"].startswith("数据库正忙：") and "什么都没有写入" in error["message"]
