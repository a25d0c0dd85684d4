"""The jump fix page and a titled story of its own: linking a 下转 to it warns (its title, that
it is published, edited, that readers lose its page) and is refused without the tick; undoing
the link brings the same story back (id, edits, history) and no address leads to a story that
does not hold its text. (A night editor linked 第一版's 下转第二版 to the published story under
it; one click deleted it, and 交还自动匹配 brought it back as a new story without its edits, its
old address still leading to the wrong story.) Each step posts what the rendered page sends."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.editing import hand_edit
from articles.models import Article, ArticleRedirect, Issue, Jump, JumpState, Status
from articles.publishing import issue_publish
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
FIELDS = {"paper": "夜班测试报", "paper_slug": "yeban", "issue_date": "2025-06-03"}

P1 = """
冬闲变冬忙

本报讯 入冬以来，红旗公社各大队组织社员积肥修渠，田间地头一片繁忙景象。社员们说（下转第二版）
"""
P2 = """
冬季水利工程开工

本报讯（记者李红）县冬季农田水利工程日前开工，全县抽调劳力三千人，计划修建渠道四十公里。

（上接第一版）

今年冬天不能闲着，要为明年丰收打好基础。
"""


@pytest.fixture
def night(editor_client):
    """The issue imported and published; the page-2 story's headline edited by hand."""
    files = [
        SimpleUploadedFile(name, text.encode(), "text/plain")
        for name, text in (("1.txt", P1), ("2.txt", P2))
    ]
    preview = editor_client.post(UPLOAD, {**FIELDS, "files": files})
    assert preview.status_code == 200
    editor_client.post(UPLOAD, {"confirm": "1", "token": preview.context["token"]})
    issue_publish(issue=Issue.objects.get())
    [jump] = Jump.objects.filter(direction="forward")
    assert jump.state == JumpState.LINKED
    story = Article.objects.get(headline="冬季水利工程开工")
    hand_edit([story])
    story.headline = "冬季水利工程昨日开工"
    story.save()
    return jump, jump.part.article, Article.objects.get(pk=story.pk)


def fix(client, jump: Jump, extra: dict | None = None, *, tick: bool = False):
    url = reverse("admin:articles_jump_fix", args=[jump.pk])
    shown = client.get(url)
    # (the continuation it is linked to is listed too, 当前接续: the other choice is the story)
    [choice] = [c for c in shown.context["choices"] if not c["is_current"]]
    data = {**form_data(shown, "jump-fix-form"), "part": str(choice["part"].pk), "action": "link"}
    assert "give_up" not in data  # (unticked: a browser sends nothing)
    if tick:
        data["give_up"] = str(choice["whole_story"]["id"])
    return shown, client.post(url, {**data, **(extra or {})})


def test_the_page_warns_before_linking_a_published_titled_story(editor_client, night):
    jump, _, story = night
    shown, _ = fix(editor_client, jump)
    html = shown.content.decode()
    assert "2版 第1篇“冬季水利工程昨日开工”是一篇有自己标题的独立稿件，已经发布，编辑改过" in html
    assert "读者打开它原来的页面会转到本篇" in html
    assert f'name="give_up" value="{story.pk}"> 确认并入这篇稿件' in html


def test_linking_a_titled_story_without_the_tick_changes_nothing(editor_client, night):
    jump, _, story = night
    before = jump.to_part_id
    _, refused = fix(editor_client, jump)
    assert refused.status_code == 200
    assert "本次什么都没有改" in refused.content.decode()
    jump.refresh_from_db()
    assert jump.to_part_id == before and Article.objects.filter(pk=story.pk).exists()


def test_the_tick_links_it_and_undoing_brings_the_same_story_back(editor_client, night):
    jump, head, story = night
    edited_at, records = story.edited_at, story.history.count()
    _, done = fix(editor_client, jump, tick=True)
    assert done.status_code == 302
    assert not Article.objects.filter(pk=story.pk).exists()
    assert ArticleRedirect.objects.filter(old_id=story.pk, article=head).exists()

    url = reverse("admin:articles_jump_fix", args=[jump.pk])
    page = editor_client.get(url)
    undone = editor_client.post(url, {**form_data(page, "jump-fix-form"), "action": "reset"})
    assert undone.status_code == 302
    back = Article.objects.get(pk=story.pk)  # the same id, its edit and history kept
    assert back.headline == "冬季水利工程昨日开工" and back.edited_at == edited_at
    assert back.status == Status.PUBLISHED and back.history.count() > records
    assert back.parts.get().blocks[0]["text"].startswith("本报讯（记者李红）县冬季")
    jump.refresh_from_db()
    assert jump.state == JumpState.LINKED and jump.to_part.article_id == head.pk
    # Every address leads to the story that holds its text.
    for redirect in ArticleRedirect.objects.all():
        assert redirect.old_id != story.pk
        assert redirect.article_id == head.pk
    public = editor_client.get(back.get_absolute_url())
    assert public.status_code == 200 and "冬季水利工程昨日开工" in public.content.decode()
