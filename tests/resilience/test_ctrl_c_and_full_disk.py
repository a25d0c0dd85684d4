"""``import_pages`` stopped by Ctrl-C (SIGINT to every process of the command, as a terminal
sends it, its parsing workers too) or by a full disk ends in one Chinese line saying what is
written and how to go on, never a traceback: exit status 130 after Ctrl-C, 1 after a full disk;
the database holds whole batches, and the same command run again finishes the import."""

import re
import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import OperationalError

from articles.models import Page
from tests.resilience.conftest import ROOT, archive_laid_out, child_env, manage, stepped_manage
from tests.resilience.test_kill_import import state

PAGES = 12
BATCH = 4

# manage.py, with a parse step that sends SIGINT to the command's process group (a terminal's
# Ctrl-C reaches every process of it) when the file in INT_ON is parsed (by a worker).
DRIVER = stepped_manage(
    """
if item.source_name == os.environ["INT_ON"]:
    os.killpg(os.getpgid(0), signal.SIGINT)
"""
)


@pytest.fixture
def folder(tmp_path):
    return archive_laid_out(tmp_path, PAGES)


@pytest.mark.django_db
def test_ctrl_c_ends_the_run_in_one_line_with_status_130_and_a_rerun_finishes(
    scratch_database, folder
):
    files = sorted(str(p) for p in folder.rglob("*.txt"))
    command = ["import_pages", "--batch-size", str(BATCH), "--workers", "1", str(folder)]
    run = subprocess.run(
        [sys.executable, "-c", DRIVER, *command],
        cwd=ROOT,
        env=child_env(scratch_database) | {"INT_ON": files[BATCH + 1]},  # in the second batch
        capture_output=True,
        text=True,
        timeout=600,
        start_new_session=True,  # (its own process group: the signal reaches it, not the tests)
    )
    assert run.returncode == 130
    [line] = run.stderr.strip().splitlines()  # (none of the worker's traceback either)
    said = re.fullmatch(
        r"CommandError: 已中断：已导入 (\d+) 个版面，其余没有写入（正在写入的那一批已全部撤回）；"
        r"再运行同一命令即可接着导入（已导入的版面记为未变）",
        line,
    )
    assert said, line
    # what it says is written is in the database: whole batches (the one being written
    # when the signal came, parsed ahead by the worker, is rolled back)
    written = len(state(scratch_database)["pages"])
    assert int(said.group(1)) == written and written % BATCH == 0 and written < PAGES
    rerun = manage(scratch_database, *command)
    assert f"导入了 {PAGES} 个版面：新建 {PAGES - written}" in rerun.stdout


@pytest.mark.django_db(transaction=True)
def test_a_full_disk_ends_the_run_in_one_line_naming_the_page_and_what_to_do(folder, monkeypatch):
    from articles.importing import pipeline

    real, written = pipeline.content_create, []

    def full_after_one_batch(changed):
        if written:
            raise OperationalError("database or disk is full")
        written.append(changed)
        return real(changed)

    monkeypatch.setattr(pipeline, "content_create", full_after_one_batch)
    files = sorted(str(p) for p in folder.rglob("*.txt"))
    with pytest.raises(CommandError) as stopped:
        call_command(
            "import_pages", str(folder), "--batch-size", str(BATCH), "--workers", "0",
            stdout=StringIO(), stderr=StringIO(),
        )  # fmt: skip
    assert stopped.value.returncode == 1
    assert str(stopped.value) == (
        f"磁盘已满：数据库写不进去了（正在导入 {files[BATCH]} 时），已导入的 {BATCH} 个版面保留，"
        "正在写入的那一批已全部撤回；腾出空间后再运行同一命令即可接着导入"
    )
    assert Page.objects.count() == BATCH


def test_other_database_errors_are_not_called_a_full_disk(monkeypatch, db):
    from articles.importing import pipeline

    def broken(changed):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(pipeline, "content_create", broken)
    with pytest.raises(OperationalError, match="server closed"):
        call_command(
            "import_pages", str(ROOT / "seeds"), "--workers", "0",
            stdout=StringIO(), stderr=StringIO(),
        )  # fmt: skip
