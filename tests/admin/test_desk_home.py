"""The desk's home (the admin index): tonight's edition at a glance — issues with pages imported
and missing, drafts, broken jumps, parser warnings, the last imports — with 上传版面 on it, and the
internal tables (稿件分段, 转版标记) grouped out of the way."""

from datetime import date

import pytest
from django.urls import reverse

from articles.models import Article, Issue, Jump, Page
from articles.overview import BROKEN_STATES, missing_labels
from tests.admin.conftest import JUMPS
from tests.factories import SEED, import_text

pytestmark = pytest.mark.django_db

HOME = reverse("admin:index")


def section(html: str, element_id: str) -> str:
    return html.split(f'id="{element_id}"')[1].split("</div>")[0]


def test_missing_pages_are_the_gaps_in_the_labels():
    assert missing_labels(["A1", "A2", "A4", "B2"]) == ["A3", "B1"]
    assert missing_labels(["1", "3"]) == ["2"]
    assert missing_labels(["A1", "要闻"]) == []


def test_the_home_shows_each_issue_with_pages_missing_drafts_and_broken_jumps(editor_client, seed):
    import_text((JUMPS / "A2.txt").read_text(encoding="utf-8").replace("A2", "A4"), "A4")
    html = editor_client.get(HOME).content.decode()
    issues = section(html, "desk-issues")
    issue = Issue.objects.get()
    assert reverse("admin:articles_issue_change", args=[issue.pk]) in issues
    assert ">A1</a>、<a" in issues and ">A4</a>" in issues
    assert '<span class="desk-warning desk-missing">A2、A3</span>' in issues
    assert f"{Article.objects.filter(status='draft').count()} 篇草稿" in issues
    broken_count = Jump.objects.filter(state__in=BROKEN_STATES).count()
    assert broken_count >= 4 and f"{broken_count} 处" in issues  # A1's jumps to A2 (not there)
    broken = section(html, "desk-broken-jumps")
    shown = Jump.objects.filter(state__in=BROKEN_STATES).order_by("pk").first()
    assert "待目标版面" in broken and reverse("admin:articles_jump_fix", args=[shown.pk]) in broken
    last = section(html, "desk-last-imports")
    assert last.index("A4版") < last.index("A1版")  # newest first


def test_the_home_counts_parser_warnings_and_links_to_the_page(editor_client, db):
    text = "（下转A2版）\n\n" + SEED.read_text(encoding="utf-8")  # a marker that follows no text
    import_text(text, "A1", when=date(2020, 7, 10))
    html = editor_client.get(HOME).content.decode()
    page = Page.objects.get()
    issues = section(html, "desk-issues")
    assert reverse("admin:articles_page_change", args=[page.pk]) in issues
    assert "A1版 1 条" in issues


def test_the_home_has_the_upload_button_for_editors_only(editor_client, viewer, seed):
    assert 'id="desk-upload"' in editor_client.get(HOME).content.decode()
    editor_client.force_login(viewer)
    assert 'id="desk-upload"' not in editor_client.get(HOME).content.decode()


def test_internal_tables_are_grouped_after_the_papers_own(editor_client, seed):
    html = editor_client.get(HOME).content.decode()
    tables = html.split('id="desk-home"')[1]
    internal = tables.index("内部数据")
    assert tables.index("稿件分段") > internal and tables.index("转版标记") > internal
    assert tables.index(">期<") < tables.index(">版面<") < tables.index(">稿件<") < internal


def test_the_home_counts_stories_waiting_for_sign_off_and_the_publish_time(editor_client, seed):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from articles.models import Status

    stories = list(Article.objects.order_by("pk"))
    Article.objects.filter(pk__in=[s.pk for s in stories[:2]]).update(status=Status.REVIEW)
    Article.objects.filter(pk=stories[2].pk).update(status=Status.SIGNED_OFF)
    Issue.objects.update(publish_at=datetime(2020, 7, 9, 6, 0, tzinfo=ZoneInfo("Asia/Shanghai")))
    issues = section(editor_client.get(HOME).content.decode(), "desk-issues")
    assert "2 篇待审" in issues and "status__exact=review" in issues
    assert "1 篇已签发" in issues
    # (a time long past: said overdue, tests/admin/test_schedule_overdue.py)
    assert "定时发布：" in issues and "2020-07-09 06:00 逾期未发布" in issues


def test_a_page_the_front_page_jumps_to_counts_as_missing_until_it_is_imported(editor_client, seed):
    # Only A1 is imported: no gap in the labels, but four 下转A2版 markers wait for A2 (and its
    # 导读 ■A3, ■A4 point to pages not imported: readers see them unlinked).
    issues = section(editor_client.get(HOME).content.decode(), "desk-issues")
    assert '<span class="desk-warning desk-missing">A2、A3、A4</span>' in issues
    import_text((JUMPS / "A2.txt").read_text(encoding="utf-8"), "A2")
    issues = section(editor_client.get(HOME).content.decode(), "desk-issues")
    assert '<span class="desk-warning desk-missing">A3、A4</span>' in issues
