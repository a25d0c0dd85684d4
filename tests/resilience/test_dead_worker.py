"""A parsing worker of ``import_pages --workers N`` that dies (SIGKILL, the OOM killer) fails the
pages it was parsing, in the one-line failure list, with how to import them again; exit status 1;
the other pages are written whole, and running the same command again finishes the import."""

import subprocess
import sys

import pytest

from articles.parsing import parse_page
from bench.synthetic import archive
from tests.resilience.conftest import ROOT, archive_laid_out, child_env, manage, stepped_manage
from tests.resilience.test_kill_import import state

PAGES = 12
BATCH = 4

# manage.py, with a parsing step that kills the worker process parsing the file named in KILL_ON
# (the forked workers inherit the patched function; the importing process itself never dies).
DRIVER = stepped_manage(
    """
if os.getpid() != importer and item.source_name == os.environ["KILL_ON"]:
    os.kill(os.getpid(), signal.SIGKILL)
"""
)


@pytest.fixture
def pages(tmp_path):
    folder = archive_laid_out(tmp_path, PAGES)
    expected = {}
    for day, label, text in archive(PAGES):
        parsed = parse_page(text)
        expected[f"{day.isoformat()}/{label}"] = [len(parsed.articles), len(parsed.photos), True]
    files = sorted(str(p) for p in folder.rglob("*.txt"))
    return folder, files, expected


@pytest.mark.django_db
def test_a_killed_parsing_worker_fails_its_pages_in_the_failure_list_and_a_rerun_finishes(
    scratch_database, pages
):
    folder, files, expected = pages
    second_batch = files[BATCH : 2 * BATCH]
    env = child_env(scratch_database) | {"KILL_ON": second_batch[1]}
    command = ["import_pages", "--batch-size", str(BATCH), "--workers", "1", str(folder)]
    run = subprocess.run(
        [sys.executable, "-c", DRIVER, *command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )

    assert run.returncode == 1
    assert "Traceback" not in run.stderr and "BrokenProcessPool" not in run.stderr
    failed = [line for line in run.stderr.splitlines() if line.startswith("导入失败：")]
    assert len(failed) == BATCH
    for path, line in zip(second_batch, failed, strict=True):
        assert line.startswith(f"导入失败：{path}: 解析这个版面的工作进程中途退出")
        assert "请再运行一次同样的导入" in line
    assert f"{PAGES} 个文件中有 {BATCH} 个导入失败" in run.stderr
    assert f"{PAGES} 个文件中导入了 {PAGES - BATCH} 个版面：新建 {PAGES - BATCH}" in run.stdout

    # The batches before and after the dead worker's are written whole; its pages not at all.
    written = state(scratch_database)["pages"]
    not_written = {f"{path.split('/')[-2]}/{path.split('/')[-1][:-4]}" for path in second_batch}
    assert written == {k: v for k, v in expected.items() if k not in not_written}

    rerun = manage(scratch_database, *command)
    assert f"{PAGES} 个文件中导入了 {PAGES} 个版面：新建 {BATCH}，未变 {PAGES - BATCH}" in (
        rerun.stdout
    )
    assert state(scratch_database)["pages"] == expected
