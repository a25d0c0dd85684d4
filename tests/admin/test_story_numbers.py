"""Stories are numbered as editors count them wherever the desk and the commands name one: the
seed's A1 prints five stories and a photo, so its last story is 第5篇, not 第6篇 (its position,
which counts the photo)."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article, ArticlePart, Issue, Page
from articles.removal import issue_removal_plan, page_removal_plan

pytestmark = pytest.mark.django_db
LAST = "用党建品牌"


def test_the_last_story_really_sits_after_the_photo(seed):
    assert Article.objects.get(headline__startswith=LAST).position == 6
    assert ArticlePart.objects.filter(page=Page.objects.get()).count() == 5


def test_publish_issue_lists_broken_jumps_by_story_number(seed):
    out = StringIO()
    call_command(
        "publish_issue",
        "--paper",
        "nantong-daily",
        "--date",
        "2020-07-09",
        "--acknowledge-broken",
        stdout=out,
    )
    assert f"A1版 第5篇“{LAST}" in out.getvalue()
    assert "第6篇" not in out.getvalue()


def test_the_desk_home_lists_broken_jumps_by_story_number(editor_client, seed):
    html = editor_client.get(reverse("admin:index")).content.decode()
    assert f"A1版 第5篇“{LAST}" in html and "第6篇" not in html


def test_undoing_an_import_lists_the_stories_by_number(seed):
    page_plan = page_removal_plan(Page.objects.get())
    assert any(line.startswith(f"第5篇“{LAST}") for line in page_plan.stories)
    assert any("第5篇" in line for line in page_plan.jumps)
    issue_plan = issue_removal_plan(Issue.objects.get())
    assert any(line.startswith(f"A1版 第5篇“{LAST}") for line in issue_plan.stories)
    assert not any("第6篇" in line for line in page_plan.stories + issue_plan.stories)
