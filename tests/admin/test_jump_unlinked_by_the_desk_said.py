"""A jump the desk unlinked (断开) is said to be one the desk unlinked, not one nothing leads to:
the continuation's 上接 names the 下转 an editor unlinked, who and when, and how to link it
again (articles/continuations/unlinkedmarks.py), in ``check_jumps``, on the issue's form and in
the preview of its page sent again; the desk's recent actions list the unlink as one, not as an
import of the story it left (articles/activity.py). Pages written for these tests; each step
posts what the rendered page sends."""

from __future__ import annotations

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.continuations import jump_problems
from articles.models import Issue, Jump, JumpState
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "滇池晚报", "paper_slug": "dianchi", "issue_date": "2024-05-07"}

A1 = """
老城供暖管网改造完工

本报讯（记者 方远）昨日，老城区供暖管网改造工程全部完工，涉及小区四十二个、居民一万余户，
今冬供暖温度将比去年明显提高，（下转A2版）
"""
A2 = """
（上接A1版）供暖公司表示，改造后管网热损失下降三成，小区末端用户室温可达二十度以上。

供暖公司提醒居民及时检查家中暖气阀门。
"""


def upload(client, *pages: tuple[str, str]):
    files = [SimpleUploadedFile(name, text.encode(), "text/plain") for name, text in pages]
    preview = client.post(UPLOAD, {**FIELDS, "files": files})
    assert preview.status_code == 200
    return preview


def confirmed(client, preview) -> None:
    client.post(UPLOAD, {"confirm": "1", "token": preview.context["token"]})


@pytest.fixture
def unlinked(editor_client) -> Jump:
    confirmed(editor_client, upload(editor_client, ("A1.txt", A1), ("A2.txt", A2)))
    jump = Jump.objects.get(direction="forward")
    assert jump.state == JumpState.LINKED
    url = reverse("admin:articles_jump_fix", args=[jump.pk])
    data = {**form_data(editor_client.get(url), "jump-fix-form"), "action": "unlink"}
    assert editor_client.post(url, data).status_code == 302
    jump.refresh_from_db()
    assert jump.state == JumpState.UNLINKED
    return jump


def _text(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def test_the_continuation_says_the_desk_unlinked_its_jump_who_and_how_to_link_it(unlinked):
    [problem] = [p for p in jump_problems(Issue.objects.all()) if p.marker == "（上接A1版）"]
    assert "没有转到这里" not in problem.message
    assert "A1版“老城供暖管网改造完工”（下转A2版）已由编辑 desk-editor 于" in problem.message
    assert "断开" in problem.message
    fix = reverse("admin:articles_jump_fix", args=[unlinked.pk])
    assert fix in problem.message and "接续到所选分段" in problem.message


def test_the_issue_form_says_the_desk_unlinked_it(editor_client, unlinked):
    issue = Issue.objects.get()
    html = _text(
        editor_client.get(reverse("admin:articles_issue_change", args=[issue.pk])).content.decode()
    )
    assert "A1版上没有转到这里的稿件" not in html
    assert "已由编辑 desk-editor 于" in html


def test_the_page_sent_again_is_previewed_as_unlinked_by_the_desk(editor_client, unlinked):
    html = _text(upload(editor_client, ("A2.txt", A2)).content.decode())
    assert "没有转到本版的“下转”" not in html
    assert "A1版的“下转”已由编辑 desk-editor 断开" in html


def test_the_desks_recent_actions_list_the_unlink_not_an_import(editor_client, unlinked):
    response = editor_client.get(reverse("admin:index"))
    listed = _text(response.content.decode().split('id="recent-actions-module"')[1])
    listed = listed.split("</ul>")[0]
    assert "断开" in listed and "（下转A2版）" in listed
    assert "导入：" not in listed.replace("上传版面", "")
