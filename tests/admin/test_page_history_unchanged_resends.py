"""A page's 历史 lists a re-send of its text unchanged by ``import_pages`` as the desk's is
listed: ``重发，无变化``, when, by 系统. Such a run writes nothing of the page, so the 历史 had
nothing to list it from; the import now records it (``articles.models.PageResend``, in the
batch's transaction: ``articles/importing/resends.py``), a dry run's rolled back with it."""

from __future__ import annotations

import pytest

from articles.models import PageResend
from tests.admin.test_page_history_command_resends import A1, A2, history, run, uploaded
from tests.admin.test_page_history_imports import kind

pytestmark = pytest.mark.django_db

DAY = ("--paper", "nantong-daily", "--date", "2020-07-10")
FIRST = "导入（最近一次）"  # (the command's first import, which no story's record says)


@pytest.fixture
def sent(tmp_path, seed):
    for name, text in (("A1.txt", A1), ("A2.txt", A2)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    run(tmp_path, *DAY)
    return tmp_path


def test_a_command_resend_that_changes_nothing_is_listed_by_the_system(editor_client, sent):
    run(sent / "A2.txt", *DAY)
    lines = history(editor_client, "A2")
    assert [kind(line) for line in lines] == ["重发，无变化", FIRST], lines
    assert "系统" in lines[0] and "A2.txt" in lines[0]
    assert [kind(line) for line in history(editor_client, "A1")] == [FIRST]


def test_each_unchanged_command_resend_is_listed(editor_client, sent):
    run(sent / "A2.txt", *DAY)
    run(sent, *DAY)  # (both pages again)
    lines = history(editor_client, "A2")
    assert [kind(line) for line in lines] == ["重发，无变化", "重发，无变化", FIRST], lines
    assert [kind(line) for line in history(editor_client, "A1")] == ["重发，无变化", FIRST]


def test_a_dry_run_leaves_no_resend(editor_client, sent):
    run(sent / "A2.txt", *DAY, "--dry-run")
    assert not PageResend.objects.exists()
    assert [kind(line) for line in history(editor_client, "A2")] == [FIRST]


def test_an_unchanged_desk_upload_is_listed_once_by_its_run(editor_client, seed):
    uploaded(editor_client, A1=A1, A2=A2)
    uploaded(editor_client, A2=A2)
    lines = history(editor_client, "A2")
    assert [kind(line) for line in lines] == ["重发，无变化", "首次导入"], lines
    assert "系统" not in lines[0]  # (the desk's run: who uploaded it)
