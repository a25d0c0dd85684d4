"""编辑部首页's 待处理的转版 counts, besides the open jumps, the links made by the order of print
alone (按版面顺序接上: ``Jump.by_print_order``) and links each issue's list of them
(``?broken=order``) for an editor to check; one query counts both for all the issues shown."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Issue, Jump
from articles.overview import desk_overview
from tests.admin.test_desk_home import section
from tests.continuations.test_print_order_links_said import DAY, FRONT, SECOND

pytestmark = pytest.mark.django_db

HOME = reverse("admin:index")


@pytest.fixture
def by_print_order(tmp_path, db) -> Issue:
    """清溪日报: 1版's two 下转 linked to 2版's two 上接 by the order of print alone."""
    for label, text in (("1", FRONT), ("2", SECOND)):
        (tmp_path / f"{label}.txt").write_text(text, encoding="utf-8")
    flags = ("--paper", "清溪日报", "--date", DAY.isoformat(), "--workers", "0")
    call_command("import_pages", str(tmp_path), *flags, stdout=StringIO(), stderr=StringIO())
    assert Jump.objects.filter(by_print_order=True, state="linked").count() == 2
    return Issue.objects.get()


def test_the_home_counts_and_links_the_links_made_by_print_order(editor_client, by_print_order):
    html = editor_client.get(HOME).content.decode()
    listed = (
        f"{reverse('admin:articles_jump_changelist')}?issue={by_print_order.pk}&amp;broken=order"
    )
    jumps = section(html, "desk-broken-jumps")
    assert "另有 2 处按版面顺序接上，请核对" in jumps and listed in jumps
    assert "2 处按版面顺序接上，请核对" in section(html, "desk-issues") and listed in html


def test_the_list_it_links_shows_exactly_those_links(editor_client, by_print_order):
    url = f"{reverse('admin:articles_jump_changelist')}?issue={by_print_order.pk}&broken=order"
    response = editor_client.get(url)
    assert response.status_code == 200
    assert list(response.context["cl"].queryset) == list(
        Jump.objects.filter(by_print_order=True, state="linked")
    )


def test_one_query_counts_open_jumps_and_print_order_links_of_all_issues(by_print_order):
    with CaptureQueriesContext(connection) as queries:
        overview = desk_overview()
    assert overview.print_order_total == 2 and overview.issues[0].by_print_order == 2
    assert sum('"articles_jump"' in q["sql"] and "COUNT" in q["sql"] for q in queries) == 1
