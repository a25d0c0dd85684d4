"""The desk's home shows only what its user may view (``articles/admin_site.py``).

A reviewer logged in with a staff account in no group: the home said ``你没有查看或编辑的权限。``
and yet listed every issue with its drafts, the pages' server file names and 编辑部最近的操作 with
the stories' headlines, each link a 403. Now a user who may not view issues, pages and stories
sees none of it: with no permission at all only that message; with a few tables, those tables
and the admin log's entries about them. 待处理的转版 wants the jumps' table too.
"""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from articles.models import Jump
from articles.overview import BROKEN_STATES
from tests.admin.test_take_page_text import edit_at_the_desk

pytestmark = pytest.mark.django_db
HOME = reverse("admin:index")
NO_PERMISSION = "你没有查看或编辑的权限。"
EDITED = "千企联千村新题"  # (the headline an editor gave a story: in the admin log)


@pytest.fixture
def night(editor_client, seed):
    """The seed's A1 imported (its jumps to A2 broken), one story edited at the desk."""
    edit_at_the_desk(editor_client, "千企联千村、共走振兴路", EDITED)


def home_of(*codenames: str) -> str:
    """The home as a staff user with only ``codenames`` (articles' permissions) sees it."""
    user = get_user_model().objects.create_user("night-" + "-".join(codenames), is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(content_type__app_label="articles", codename__in=codenames)
    )
    client = Client()
    client.force_login(user)
    response = client.get(HOME)
    assert response.status_code == 200
    return response.content.decode()


def test_a_staff_user_with_no_permission_sees_only_that_message(night):
    html = home_of()
    assert NO_PERMISSION in html
    for shown in ("最近各期", "南通日报", "A1.txt", "最近导入", "编辑部最近的操作", EDITED):
        assert shown not in html, shown
    assert "/admin/articles/" not in html


def test_a_user_viewing_people_only_sees_that_table_and_nothing_of_the_night(night):
    html = home_of("view_person")
    assert NO_PERMISSION not in html
    assert reverse("admin:articles_person_changelist") in html
    for shown in ("最近各期", "南通日报", "A1.txt", "编辑部最近的操作", EDITED):
        assert shown not in html, shown
    assert reverse("admin:articles_article_changelist") not in html


def test_viewing_issues_pages_and_stories_shows_the_night_but_not_the_jumps(night):
    html = home_of("view_issue", "view_page", "view_article")
    assert "最近各期" in html and "南通日报" in html and "A1.txt" in html
    assert "编辑部最近的操作" in html and EDITED in html
    assert 'id="desk-broken-jumps"' not in html
    assert reverse("admin:articles_jump_changelist") not in html  # (the counts, unlinked)
    broken = Jump.objects.filter(state__in=BROKEN_STATES).count()
    assert f'<span class="desk-warning">{broken} 处</span>' in html
    assert 'id="desk-broken-jumps"' in home_of(
        "view_issue", "view_page", "view_article", "view_jump"
    )


def test_the_viewers_group_sees_the_whole_home(viewer_client, night):
    html = viewer_client.get(HOME).content.decode()
    assert "最近各期" in html and EDITED in html and 'id="desk-broken-jumps"' in html
