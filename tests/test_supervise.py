"""scripts/lib/supervise.sh, which keeps scripts/run's task worker running: a worker that dies
(`database is locked`, killed) is started again after a growing wait, each restart logged, and
stopping the supervisor stops the worker."""

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
SUPERVISE = ROOT / "scripts" / "lib" / "supervise.sh"


def wait_for(condition, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail("timed out")
        time.sleep(0.05)


def written(path) -> bool:
    """``path`` exists and holds a line: the shell creates a file before it writes into it, so a
    reader between the two sees it empty (a race that failed one CI run)."""
    return path.exists() and path.read_text().endswith("\n")


@pytest.fixture
def worker(tmp_path):
    """A fake worker: dies with status 3 on its first two starts, then runs until stopped."""
    script = tmp_path / "worker.sh"
    script.write_text(
        "n=$(( $(cat starts 2>/dev/null || echo 0) + 1 )); echo $n > starts\n"
        '[ "$n" -le 2 ] && { echo "database is locked" >&2; exit 3; }\n'
        "echo $$ > running; exec sleep 60\n"
    )
    return script


def supervise(tmp_path, worker):
    env = {**os.environ, "SUPERVISE_MIN_DELAY": "1", "SUPERVISE_MAX_DELAY": "2"}
    return subprocess.Popen(
        ["bash", "-c", f'set -euo pipefail; source "{SUPERVISE}"; supervise fake bash "{worker}"'],
        cwd=tmp_path,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_worker_that_dies_is_restarted_with_backoff_and_each_restart_logged(tmp_path, worker):
    process = supervise(tmp_path, worker)
    try:
        wait_for(lambda: written(tmp_path / "running"))
        pid = int((tmp_path / "running").read_text())
        assert (tmp_path / "starts").read_text().strip() == "3"
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    finally:
        process.kill()
    log = process.stderr.read()
    assert "supervise: fake exited with status 3; restart 1 in 1 s" in log
    assert "supervise: fake exited with status 3; restart 2 in 2 s" in log
    assert "restart 3" not in log
    with pytest.raises(ProcessLookupError):  # stopping the supervisor stopped the worker
        os.kill(pid, 0)


def test_scripts_run_supervises_its_task_worker():
    run = (ROOT / "scripts" / "run").read_text()
    assert "source scripts/lib/supervise.sh" in run
    assert "supervise db_worker python manage.py db_worker" in run


def test_a_group_signal_and_the_runs_own_stop_reach_the_worker_once(tmp_path):
    """scripts/run stopped by `timeout` (or Ctrl-C): a signal to the whole process group, then
    the script's trap signals the supervisor again. The worker is told to stop once: a second
    signal makes django-tasks-db's db_worker exit 1 inside its exit handlers (`Exception
    ignored in atexit callback … SystemExit: 1` on every stop)."""
    script = tmp_path / "worker.sh"
    script.write_text(
        "trap 'echo TERM >> signals; sleep 0.5; exit 0' TERM INT\n"
        "echo $$ > running\nwhile true; do sleep 0.1; done\n"
    )
    process = subprocess.Popen(
        ["bash", "-c", f'set -euo pipefail; source "{SUPERVISE}"; supervise fake bash "{script}"'],
        cwd=tmp_path,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own group, as `timeout` makes one
    )
    try:
        wait_for(lambda: written(tmp_path / "running"))
        pid = int((tmp_path / "running").read_text())
        os.killpg(process.pid, signal.SIGTERM)  # the group kill
        time.sleep(0.1)
        process.send_signal(signal.SIGTERM)  # the run script's trap: kill -TERM "$worker"
        assert process.wait(timeout=10) == 0
    finally:
        process.kill()
    assert (tmp_path / "signals").read_text().split() == ["TERM"]
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
