"""本版校对完毕 marks what that page prints, for who may change the stories.

Reviewer B (session 68), defects 3 and 4: the A1 button marked the A1 story's A2 part read too
(one digest over all its parts), and a user allowed to change pages but not stories marked a
page's stories proofread. Each test presses the button the rendered page form shows.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from articles.models import Article, Page, ProofreadMark
from tests.admin.conftest import staff
from tests.factories import import_text
from tests.proofreading.test_desk_decisions import _press

pytestmark = pytest.mark.django_db

DAY = date(2026, 12, 1)
A1 = """A1  要闻

湖滨湿地完成修复

本报讯（记者 吴清）经过两年施工，湖滨湿地修复工程昨日完工，新增水域面积约四十公顷。（下转A2版）

菜价保持平稳

本报讯（记者 郑禾）记者昨日走访多家农贸市场，蔬菜价格总体平稳。
"""
A2 = """A2  要闻

（上接A1版）湖滨湿地完成修复

据悉，湿地内将设观鸟点三处，{birds}。

冬季长跑赛鸣枪

本报讯（记者 郑禾）昨日，冬季长跑赛在滨湖公园鸣枪开跑。
"""


@pytest.fixture
def pages(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        import_text(A1, "A1", when=DAY, paper="滇池晨报", slug="dianchi-morning")
        import_text(
            A2.format(birds="明年开放"), "A2", when=DAY, paper="滇池晨报", slug="dianchi-morning"
        )
    story = Article.objects.get(headline="湖滨湿地完成修复")
    assert sorted(story.parts.values_list("page__label", flat=True)) == ["A1", "A2"]
    return Page.objects.get(label="A1"), Page.objects.get(label="A2")


def _change(page) -> str:
    return reverse("admin:articles_page_change", args=[page.pk])


def _reading(client, page) -> str:
    html = client.get(_change(page)).content.decode()
    return html.split("校对进度：", 1)[1].split("<", 1)[0]


def test_marking_a1_leaves_the_story_s_a2_part_unread(
    editor_client, pages, django_capture_on_commit_callbacks
):
    a1, a2 = pages
    response = _press(
        editor_client, _change(a1), "proofread-done", django_capture_on_commit_callbacks
    )

    assert response.status_code == 302
    assert _reading(editor_client, a1) == "全部校对完毕（2 篇）"
    assert _reading(editor_client, a2) == "未校对（2 篇）"
    story = Article.objects.get(headline="湖滨湿地完成修复")
    assert not ProofreadMark.objects.filter(article=story).exists()
    said = [str(m) for m in response.wsgi_request._messages]
    assert any("A2版" in m and "别的版" in m for m in said)
    issue = reverse("admin:articles_issue_change", args=[a1.issue_id])
    html = editor_client.get(issue).content.decode()
    assert "A1版</a>：全部校对完毕（2 篇）" in html and "A2版</a>：未校对（2 篇）" in html


def test_the_story_counts_proofread_once_every_page_it_is_printed_on_was_read(
    editor_client, pages, django_capture_on_commit_callbacks
):
    a1, a2 = pages
    _press(editor_client, _change(a1), "proofread-done", django_capture_on_commit_callbacks)
    _press(editor_client, _change(a2), "proofread-done", django_capture_on_commit_callbacks)

    assert _reading(editor_client, a2) == "全部校对完毕（2 篇）"
    assert ProofreadMark.objects.filter(changed=False).count() == 3


def test_a_change_on_a2_makes_only_a2_to_be_read_again(
    editor_client, pages, django_capture_on_commit_callbacks
):
    a1, a2 = pages
    _press(editor_client, _change(a1), "proofread-done", django_capture_on_commit_callbacks)
    _press(editor_client, _change(a2), "proofread-done", django_capture_on_commit_callbacks)

    with django_capture_on_commit_callbacks(execute=True):
        import_text(
            A2.format(birds="今年开放"), "A2", when=DAY, paper="滇池晨报", slug="dianchi-morning"
        )

    assert _reading(editor_client, a1) == "全部校对完毕（2 篇）"
    assert _reading(editor_client, a2) == "已校对 1/2 篇（1 篇校对后有改动，要再校）"
    _press(editor_client, _change(a2), "proofread-done", django_capture_on_commit_callbacks)
    assert ProofreadMark.objects.filter(changed=False).count() == 3


@pytest.fixture
def page_only_client(groups):
    """Staff who may view stories and change pages, but not change stories (reviewer B's user)."""
    user = staff("page-only", groups[1])
    user.groups.clear()
    user.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label="articles",
            codename__in=["view_article", "view_page", "change_page"],
        )
    )
    client = Client()
    client.force_login(user)
    return client


def test_who_may_not_change_the_stories_cannot_mark_the_page_s_stories_proofread(
    page_only_client, pages, django_capture_on_commit_callbacks
):
    a1, _ = pages
    story = Article.objects.get(headline="湖滨湿地完成修复")
    url = reverse("admin:articles_article_proofread", args=[story.pk])
    assert page_only_client.post(url).status_code == 403

    response = _press(
        page_only_client, _change(a1), "proofread-done", django_capture_on_commit_callbacks
    )

    assert response.status_code == 302
    assert not ProofreadMark.objects.exists()
    said = [str(m) for m in response.wsgi_request._messages]
    assert any("没有记录" in m and "修改稿件的权限" in m for m in said)
    assert _reading(page_only_client, a1) == "未校对（2 篇）"


def test_the_proofread_time_is_the_desk_s_local_time(
    editor_client, pages, settings, django_capture_on_commit_callbacks
):
    """Reviewer B defect 5: the mark's time was shown in UTC, 8 hours off the rest of the desk."""
    settings.TIME_ZONE = "Asia/Shanghai"
    story = Article.objects.get(headline="湖滨湿地完成修复")
    change = reverse("admin:articles_article_change", args=[story.pk])
    _press(editor_client, change, "proofread-done", django_capture_on_commit_callbacks)
    ProofreadMark.objects.filter(article=story).update(
        marked_at=datetime(2026, 12, 7, 1, 52, tzinfo=UTC)
    )

    html = editor_client.get(change).content.decode()

    assert "2026-12-07 09:52 校对完毕" in html and "01:52" not in html


def test_a_published_story_of_a_paper_that_requires_sign_off_is_skipped_and_named(
    editor_client, pages, django_capture_on_commit_callbacks
):
    from articles.models import Publication, Status

    a1, _ = pages
    Publication.objects.update(review_required=True)
    locked = Article.objects.get(headline="菜价保持平稳")
    Article.objects.filter(pk=locked.pk).update(status=Status.PUBLISHED)

    response = _press(
        editor_client, _change(a1), "proofread-done", django_capture_on_commit_callbacks
    )

    assert not ProofreadMark.objects.filter(article=locked).exists()
    assert _reading(editor_client, a1) == "已校对 1/2 篇"
    said = [str(m) for m in response.wsgi_request._messages]
    assert any(f"没有记录 1 篇的校对完毕（#{locked.pk}“" in m and "总编辑" in m for m in said)
