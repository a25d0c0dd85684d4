"""The jump fix page and a continuation another story holds: shown as taken (by which story),
linked elsewhere only once the editor confirms taking it from that story, and the message
after names the story that lost it. A headless continuation is named by its opening words.
(A night editor linked a part another 下转 held, and the first story silently lost its
hand-picked continuation.) Each step posts what the rendered page sends."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Jump, JumpState
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "东湖日报", "paper_slug": "donghu", "issue_date": "2024-04-02"}

#: Three 下转A2版 and two headless 上接A1版 on A2: every marker is 有歧义.
A1 = """
老街改造进入收尾阶段

本报讯（记者郑远）老街改造工程进入收尾阶段，沿街店铺陆续恢复营业，不少老字号（下转A2版）

新建体育馆下月开放

本报讯（记者秦川）位于城北的新建体育馆主体工程已经完工，预计下月向市民开放。（下转A2版）

春季植树活动启动

本报讯（记者温岚）全市春季义务植树活动日前启动，各区共设立植树点四十个，（下转A2版）
"""
A2 = """
（上接A1版）

重新挂出了招牌。店主们说，改造以后来逛的人明显多了。

（上接A1版）

预计全年新增绿地两百公顷，市民可就近报名参加。
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
    assert [j.state for j in forward] == [JumpState.AMBIGUOUS] * 3
    return forward


def link(client, jump: Jump, opening: str, extra: dict | None = None):
    url = reverse("admin:articles_jump_fix", args=[jump.pk])
    shown = client.get(url)
    [part] = [c["part"] for c in shown.context["choices"] if opening in c["lead"]]
    data = {**form_data(shown, "jump-fix-form"), "part": str(part.pk), "action": "link"}
    return shown, client.post(url, {**data, **(extra or {})}), part


def test_a_headless_continuation_is_named_by_its_opening_words(editor_client):
    street, _, _ = uploaded(editor_client)
    shown = editor_client.get(reverse("admin:articles_jump_fix", args=[street.pk]))
    html = shown.content.decode()
    assert "A2版 第1篇 “重新挂出了招牌。" in html and "“”" not in html


def test_taking_a_part_another_story_holds_needs_a_confirmation_naming_it(editor_client):
    street, _, trees = uploaded(editor_client)
    _, done, part = link(editor_client, street, "重新挂出了招牌")
    assert done.status_code == 302
    street.refresh_from_db()
    assert street.to_part_id == part.pk

    shown, refused, _ = link(editor_client, trees, "重新挂出了招牌")
    holder = "A1版 第1篇“老街改造进入收尾阶段”（下转A2版）"
    assert f"已被占用：已接在{holder}之后" in shown.content.decode()
    assert refused.status_code == 200
    html = refused.content.decode()
    assert f"已接在{holder}之后，本次什么都没有改" in html
    street.refresh_from_db()
    assert street.to_part_id == part.pk  # (still the first story's)

    url = reverse("admin:articles_jump_fix", args=[trees.pk])
    data = {**form_data(refused, "jump-fix-form"), "action": "link"}
    assert data["part"] == str(part.pk) and "take_from" not in data
    data["take_from"] = str(street.pk)  # (the box the page offers: 从…移过来, ticked)
    assert f'name="take_from" value="{street.pk}"> 从{holder}移过来' in html
    done = editor_client.post(url, data)
    assert done.status_code == 302
    said = [str(m) for m in done.wsgi_request._messages]
    assert any(f"它原先接在{holder}之后：那一处转版现在待接" in m for m in said)
    trees.refresh_from_db()
    street.refresh_from_db()
    assert trees.to_part_id == part.pk and street.to_part_id is None
