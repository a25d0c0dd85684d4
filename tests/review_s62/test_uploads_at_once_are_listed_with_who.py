"""Pages imported at the desk at once (a few text pages, in the request) are listed with who and
when: in 编辑部最近的操作 on the desk's home, in the issue's 历史 (本期版面和稿件的操作: 导入、补导和
重发的版面) and in 最近导入.

A fresh reviewer uploaded small pages at the desk: the first import of a page, a re-sent page,
one whose change was not taken (its story edited by hand, kept); none appeared in 编辑部最近的操作
nor in the issue's 历史, and 最近导入 did not say who. ``articles/activity.py`` reads the stories'
history and ``ImportRun`` rows, and an upload done at once wrote neither (a new page's stories
are written in bulk, with no history; only a background upload was a run). Now it is recorded
as a finished run too (``articles.importing.runs.run_done``), in the import's transaction.
"""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from articles.editing import hand_edit
from articles.models import Article, ImportRun, ImportRunState, Issue
from tests.admin.test_upload import SEED_FIELDS, page_file, preview
from tests.factories import SEED

pytestmark = pytest.mark.django_db

A3 = "城西菜场今起改造\n\n本报讯（记者王明）城西菜场今天起闭门改造，预计年底前重新开业。\n"


def uploaded(client, name: str, data: bytes, **boxes):
    shown = preview(client, [page_file(name, data)], **SEED_FIELDS)
    done = client.post(
        shown.wsgi_request.path, {"confirm": "1", "token": shown.context["token"], **boxes}
    )
    assert done.status_code == 302, done
    return done


@pytest.fixture
def named_editor(editor):
    get_user_model().objects.filter(pk=editor.pk).update(last_name="王", first_name="五")
    return editor


def desk_lines(client) -> list[str]:
    html = client.get(reverse("admin:index")).content.decode()
    found = re.findall(r'<li class="desk-activity">(.*?)</li>', html, re.S)
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", line)).strip() for line in found]


def test_an_upload_done_at_once_is_a_finished_run_of_its_uploader(editor_client, named_editor):
    uploaded(editor_client, "A1.txt", SEED.read_bytes())
    run = ImportRun.objects.get()
    assert run.state == ImportRunState.DONE and run.created_by == named_editor
    assert [r["label"] for r in run.results] == ["A1"] and run.results[0]["ok"]
    page = editor_client.get(reverse("admin:articles_page_upload_run", args=[run.pk]))
    assert page.status_code == 200 and "A1" in page.content.decode()


def edited_the_paragraph_by_hand(printed: str, typed: str) -> None:
    """The desk's edit of A3's story's paragraph (a change prepress's later page text to the same
    paragraph conflicts with: since the three-way merge of session 68 a change to what the editor
    never touched flows in and is no 保留人工修改)."""
    story = Article.objects.get(headline="城西菜场今起改造")
    hand_edit([story])
    part = story.parts.get()
    part.blocks = [{**b, "text": b["text"].replace(printed, typed)} for b in part.blocks]
    part.save()
    story.save()


def test_first_import_resend_and_kept_edits_are_on_the_desk_home(editor_client, named_editor):
    uploaded(editor_client, "A1.txt", SEED.read_bytes())
    uploaded(editor_client, "A3.txt", A3.encode())
    uploaded(editor_client, "A3.txt", A3.replace("年底前", "年底").encode())
    edited_the_paragraph_by_hand("年底", "年内")  # the page's next change to it is not taken
    uploaded(editor_client, "A3.txt", A3.replace("年底前", "明年").encode())
    lines = [line for line in desk_lines(editor_client) if line.startswith("上传版面")]
    assert len(lines) == 4, lines
    assert all("王五" in line for line in lines)
    assert "A3版（重发，保留人工修改）" in lines[0]
    assert "A3版（重发）" in lines[1]
    assert re.search(r"A3版 ", lines[2]) and "A1版 " in lines[3]


def test_the_issues_history_lists_the_pages_imported_at_once(editor_client, named_editor):
    uploaded(editor_client, "A1.txt", SEED.read_bytes())
    uploaded(editor_client, "A3.txt", A3.encode())
    issue = Issue.objects.get()
    html = editor_client.get(reverse("admin:articles_issue_history", args=[issue.pk]))
    found = re.findall(r'<li class="issue-activity">(.*?)</li>', html.content.decode(), re.S)
    uploads = [line for line in found if "上传版面" in line]
    assert len(uploads) == 2 and all("王五" in line for line in uploads)


def test_last_imports_say_who(editor_client, named_editor):
    uploaded(editor_client, "A1.txt", SEED.read_bytes())
    html = editor_client.get(reverse("admin:index")).content.decode()
    box = html[html.index('id="desk-last-imports"') :]
    box = box[: box.index("</div>")]
    assert "A1.txt · 王五" in box
