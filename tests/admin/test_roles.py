"""Roles: editors edit, import and publish; viewers only look; only staff reach the admin."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article, Issue

pytestmark = pytest.mark.django_db


def test_setup_roles_creates_both_groups_and_is_idempotent():
    out = StringIO()
    call_command("setup_roles", stdout=out)
    call_command("setup_roles", stdout=out)
    editor, viewer = Group.objects.get(name="editor"), Group.objects.get(name="viewer")
    codes = set(editor.permissions.values_list("codename", flat=True))
    assert {
        "change_article",
        "add_page",
        "change_issue",
        "change_jump",
        "view_historicalarticle",
    } <= codes
    assert all(c.startswith("view_") for c in viewer.permissions.values_list("codename", flat=True))
    assert "Group 'editor'" in out.getvalue()


def test_only_staff_reach_the_admin(client, seed):
    user = get_user_model().objects.create_user("reader", password="x")
    client.force_login(user)
    response = client.get(reverse("admin:articles_article_changelist"))
    assert response.status_code == 302 and "/admin/login/" in response.url


def test_viewers_read_everything_and_change_nothing(viewer_client, seed):
    article = Article.objects.first()
    change = reverse("admin:articles_article_change", args=[article.pk])
    page = viewer_client.get(change)
    assert page.status_code == 200 and 'name="headline"' not in page.content.decode()
    assert viewer_client.post(change, {"headline": "x"}).status_code == 403
    article.refresh_from_db()
    assert article.headline != "x"
    for name in ["issue", "page", "photo", "person", "jump", "teaser"]:
        assert viewer_client.get(reverse(f"admin:articles_{name}_changelist")).status_code == 200
    assert viewer_client.get(reverse("admin:articles_page_upload")).status_code == 403
    issue = Issue.objects.get()
    assert (
        viewer_client.get(reverse("admin:articles_issue_publish", args=[issue.pk])).status_code
        == 403
    )
    changelist = viewer_client.get(reverse("admin:articles_issue_changelist"))
    assert "publish_selected" not in changelist.content.decode()


def test_editors_have_the_desk_tools(editor_client, seed):
    html = editor_client.get(reverse("admin:articles_page_changelist")).content.decode()
    assert "导入版面文件" in html and "导入表格" in html and "导出表格" in html
    issue = Issue.objects.get()
    html = editor_client.get(
        reverse("admin:articles_issue_change", args=[issue.pk])
    ).content.decode()
    assert "发布本期" in html
