"""An import killed with SIGKILL halfway through leaves whole batches of pages or none, and
re-running the same command finishes the import with no duplicates."""

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from articles.parsing import parse_page
from bench.synthetic import archive
from tests.resilience.conftest import ROOT, child_env, manage

PAGES = 24
BATCH = 4  # pages per transaction: the kill lands inside a batch


@pytest.fixture
def batch(tmp_path):
    folder = tmp_path / "pages" / "bench-daily"
    (folder).mkdir(parents=True)
    (folder / "paper.json").write_text(json.dumps({"name": "基准日报", "slug": "bench-daily"}))
    expected = {}
    for day, label, text in archive(PAGES):
        day_folder = folder / day.isoformat()
        day_folder.mkdir(exist_ok=True)
        (day_folder / f"{label}.txt").write_text(text, encoding="utf-8")
        parsed = parse_page(text)
        expected[(day.isoformat(), label)] = (len(parsed.articles), len(parsed.photos))
    return tmp_path / "pages", expected


CHECK = """
import json
from articles.models import Page, ArticlePart
rows = {}
for page in Page.objects.select_related("issue"):
    key = page.issue.date.isoformat() + "/" + page.label
    rows[key] = [page.parts.count(), page.photos.count(), bool(page.checksum)]
print(json.dumps({"pages": rows, "parts": ArticlePart.objects.count()}))
"""


def _no_import_left(folder: str, wait: float = 10.0) -> bool:
    """No process (the importer's forked workers included) still runs the import of ``folder``."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        running = []
        for entry in Path("/proc").iterdir():
            try:
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except (OSError, ValueError):
                continue
            if "import_pages" in cmdline and folder in cmdline:
                running.append(entry.name)
        if not running:
            return True
        time.sleep(0.2)
    return False


def state(url):
    out = manage(url, "shell", "-c", CHECK).stdout
    return json.loads(out.strip().splitlines()[-1])


@pytest.mark.django_db
def test_sigkill_mid_batch_leaves_whole_pages_and_a_rerun_completes(scratch_database, batch):
    folder, expected = batch
    proc = subprocess.Popen(
        [sys.executable, "manage.py", "import_pages", "--batch-size", str(BATCH), str(folder)],
        cwd=ROOT,
        env=child_env(scratch_database),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    imported = 0
    for line in proc.stdout:
        if "版：新建；" in line:
            imported += 1
        if imported == PAGES // 2:
            proc.send_signal(signal.SIGKILL)  # in the middle of the next page's transaction
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    assert _no_import_left(str(folder)), "the killed import's worker processes are still running"

    after_kill = state(scratch_database)
    assert PAGES // 2 <= len(after_kill["pages"]) < PAGES
    assert len(after_kill["pages"]) % BATCH == 0, "a batch was half written"
    for key, (parts, photos, has_checksum) in after_kill["pages"].items():
        day, label = key.split("/")
        assert (parts, photos) == expected[(day, label)], f"{key} is half written"
        assert has_checksum

    rerun = manage(scratch_database, "import_pages", str(folder))
    assert "未变" in rerun.stdout and "新建" in rerun.stdout
    final = state(scratch_database)
    assert len(final["pages"]) == PAGES
    for key, (parts, photos, _) in final["pages"].items():
        day, label = key.split("/")
        assert (parts, photos) == expected[(day, label)]
    again = manage(scratch_database, "import_pages", str(folder))
    assert f"{PAGES} 个文件中导入了 {PAGES} 个版面：未变 {PAGES}" in again.stdout
    assert state(scratch_database) == final
