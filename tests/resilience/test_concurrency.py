"""Concurrent writers: the same page imported twice at once, and an editor saving during a re-import."""

import subprocess
import sys
import threading
import time

import pytest
from django.db import connection, transaction

from articles.models import Article, Page
from tests.factories import SEED, import_seed, import_text
from tests.resilience.conftest import ROOT, child_env, manage


@pytest.mark.django_db
def test_two_processes_importing_the_same_page_at_once_leave_one_copy(scratch_database, tmp_path):
    page = tmp_path / "A1.txt"
    page.write_bytes(SEED.read_bytes())
    command = [
        sys.executable,
        "manage.py",
        "import_pages",
        str(page),
        "--paper",
        "南通日报",
        "--date",
        "2020-07-09",
    ]
    procs = [
        subprocess.Popen(
            command,
            cwd=ROOT,
            env=child_env(scratch_database),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    results = [(*p.communicate(timeout=120), p.returncode) for p in procs]
    assert [code for _, _, code in results] == [0, 0], results
    outputs = sorted(out for out, _, _ in results)
    assert sum("A1版：新建" in out for out in outputs) == 1
    assert sum("A1版：未变" in out for out in outputs) == 1
    counts = (
        manage(
            scratch_database,
            "shell",
            "-c",
            "from articles.models import *; print(Issue.objects.count(), Page.objects.count(), "
            "Article.objects.count(), ArticlePart.objects.count(), Publication.objects.count())",
        )
        .stdout.strip()
        .splitlines()[-1]
        .split()
    )
    assert counts == ["1", "1", "5", "5", "1"]


@pytest.mark.django_db(transaction=True)
def test_an_editor_saving_during_a_reimport_keeps_the_edit_and_the_import_reports_it():
    if connection.vendor != "postgresql":
        pytest.skip("row locks are PostgreSQL's; SQLite runs one writer at a time")
    import_seed()
    article = Article.objects.get(position=1)
    editor_has_lock = threading.Event()

    def editor():
        with transaction.atomic():
            row = Article.objects.select_for_update().get(pk=article.pk)
            editor_has_lock.set()
            time.sleep(1.0)  # the import starts meanwhile and must wait for this save
            row.headline = "编辑在导入时改的标题"
            row.mark_edited()
            row.save()
        connection.close()

    thread = threading.Thread(target=editor)
    thread.start()
    editor_has_lock.wait(10)
    changed = (
        SEED.read_text(encoding="utf-8")
        .replace("以重大项目支撑", "以重大项目支撑起")
        .replace("首批18组企业村居集中签约", "首批18组企业村居签约")
    )
    report = import_text(changed, "A1")
    thread.join()
    article.refresh_from_db()
    assert article.headline == "编辑在导入时改的标题"  # the editor's change survives
    assert len(report.conflicts) == 1 and "编辑在导入时改的标题" in report.conflicts[0]
    assert Article.objects.filter(
        subheadline__contains="首批18组企业村居签约"
    ).exists()  # the import's too
    assert Page.objects.count() == 1
