"""Linking one of two ambiguous 下转 by hand settles the other: the resolver runs again over the
issue after every desk link or unlink (articles/continuations/editing.py), so the continuation
left over joins the story left over at once (it was ambiguous only because either story could
take either part), and the message after says so. While a continuation is still weighed by
several stories, ``check_jumps`` names each of them. Pages written for these tests; each step
posts what the rendered page sends."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse

from articles.continuations import jump_problems
from articles.models import Issue, Jump, JumpState
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "滇池晚报", "paper_slug": "dianchi", "issue_date": "2024-05-06"}

#: Two 下转A2版 and two bare 上接A1版 on A2: both markers are 有歧义.
A1 = """
全市节能改造会议召开

本报讯（记者 方远）昨日，全市公共建筑节能改造推进会召开。会议通报了去年的改造成效，
部署了今年的重点任务，要求各单位加快进度，（下转A2版）

冬季鲜花销售火热

本报讯（记者 林溪）临近元旦，城南花卉市场人头攒动，玫瑰、百合、康乃馨等品种走俏，（下转A2版）
"""
A2 = """
（上接A1版）摊主介绍，今年鲜花价格总体平稳，玫瑰每枝约三元，百合每枝约五元。

花卉市场提醒市民按需购买。

（上接A1版）确保年底前全部验收。

一、公共机构带头改造

全市将对改造成效突出的单位给予奖励。
"""


def uploaded(client) -> list[Jump]:
    files = [
        SimpleUploadedFile(name, text.encode(), "text/plain")
        for name, text in (("A1.txt", A1), ("A2.txt", A2))
    ]
    preview = client.post(UPLOAD, {**FIELDS, "files": files})
    assert preview.status_code == 200
    client.post(UPLOAD, {"confirm": "1", "token": preview.context["token"]})
    forward = list(Jump.objects.filter(direction="forward").order_by("part__position"))
    assert [j.state for j in forward] == [JumpState.AMBIGUOUS] * 2
    return forward


def fixed(client, jump: Jump, action: str, opening: str = ""):
    """Open ``jump``'s fix page and post its form as the browser sends it, ``action`` clicked
    (with the part whose opening words are ``opening`` chosen): the response and its messages."""
    url = reverse("admin:articles_jump_fix", args=[jump.pk])
    shown = client.get(url)
    data = {**form_data(shown, "jump-fix-form"), "action": action}
    if opening:
        [part] = [c["part"] for c in shown.context["choices"] if opening in c["lead"]]
        data["part"] = str(part.pk)
    done = client.post(url, data)
    assert done.status_code == 302
    return done, [str(m) for m in done.wsgi_request._messages]


def test_linking_one_of_two_ambiguous_jumps_links_the_other(editor_client):
    works, flowers = uploaded(editor_client)
    _, said = fixed(editor_client, flowers, "link", "摊主介绍")
    works.refresh_from_db()
    flowers.refresh_from_db()
    assert flowers.state == JumpState.MANUAL
    assert works.state == JumpState.LINKED
    assert works.to_part.blocks[0]["text"].startswith("确保年底前全部验收")
    assert any("A1版 第1篇“全市节能改造会议召开”（下转A2版）随之自动接上A2版" in m for m in said), (
        said
    )
    assert jump_problems(Issue.objects.all()) == []


def test_unlinking_one_of_two_ambiguous_jumps_lets_the_text_settle_the_other(editor_client):
    works, flowers = uploaded(editor_client)
    _, said = fixed(editor_client, works, "unlink")
    flowers.refresh_from_db()
    assert flowers.state == JumpState.LINKED
    assert flowers.to_part.blocks[0]["text"].startswith("摊主介绍")
    assert any("A1版 第2篇“冬季鲜花销售火热”（下转A2版）随之自动接上A2版" in m for m in said)


def test_check_jumps_names_both_stories_then_nothing_once_one_is_linked(editor_client):
    _, flowers = uploaded(editor_client)
    out = StringIO()
    with pytest.raises(CommandError):  # (exits 1: the chains are broken)
        call_command("check_jumps", stdout=out, stderr=StringIO())
    ambiguous = [line for line in out.getvalue().splitlines() if "都可能接到这里" in line]
    assert len(ambiguous) == 2, out.getvalue()
    for line in ambiguous:
        assert "“全市节能改造会议召开”、“冬季鲜花销售火热”" in line
    fixed(editor_client, flowers, "link", "摊主介绍")
    out = StringIO()
    call_command("check_jumps", stdout=out, stderr=StringIO())
    assert "所有转版均已接好" in out.getvalue() and "歧义" not in out.getvalue()
