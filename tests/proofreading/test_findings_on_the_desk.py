"""Proofreading findings (校对) are counted on the desk's home and listed on the issue's and the
page's forms, each story linked to its form (README, Proofreading; a reviewer found them only on
the story's form and on 发布本期). The home's count is one query for all its issues."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article, Issue, Page, ProofreadingFinding
from tests.factories import import_seed

pytestmark = pytest.mark.django_db

HOME = reverse("admin:index")


@pytest.fixture
def seed(django_capture_on_commit_callbacks):
    """The seed: 摸清清楚 and 小组组招商 on A1, two stories with a finding each."""
    with django_capture_on_commit_callbacks(execute=True):
        import_seed()
    assert ProofreadingFinding.objects.count() == 2


def _issue_row(html: str) -> str:
    return html.split('id="desk-issues"')[1].split("</tr>", 2)[1]


def test_the_home_counts_each_issues_findings_and_links_the_issue(editor_client, seed):
    html = editor_client.get(HOME).content.decode()
    assert '<th scope="col">校对</th>' in html
    row = _issue_row(html)
    issue = Issue.objects.get()
    assert "2 处（2 篇）" in row and "重复字2处" in row
    assert reverse("admin:articles_issue_change", args=[issue.pk]) in row


def test_the_home_says_none_when_the_findings_are_corrected(editor_client, seed):
    ProofreadingFinding.objects.all().delete()
    row = _issue_row(editor_client.get(HOME).content.decode())
    assert "处（" not in row


def test_the_homes_count_costs_one_query_however_many_stories(editor_client, seed):
    with CaptureQueriesContext(connection) as queries:
        editor_client.get(HOME)
    found = [q["sql"] for q in queries.captured_queries if "proofreadingfinding" in q["sql"]]
    assert len(found) == 1


def test_the_issue_and_page_forms_list_the_stories_with_findings_each_linked(editor_client, seed):
    found = Article.objects.filter(proofreading__isnull=False).distinct()
    issue = Issue.objects.get()
    page = Page.objects.get(label="A1")
    for url in (
        reverse("admin:articles_issue_change", args=[issue.pk]),
        reverse("admin:articles_page_change", args=[page.pk]),
    ):
        html = editor_client.get(url).content.decode()
        assert "2 篇稿件共 2 处校对提示" in html
        for story in found:
            assert reverse("admin:articles_article_change", args=[story.pk]) in html
        assert "1 处校对提示（重复字1处）" in html


def test_a_page_without_findings_says_so(editor_client, seed):
    ProofreadingFinding.objects.all().delete()
    page = Page.objects.get(label="A1")
    html = editor_client.get(reverse("admin:articles_page_change", args=[page.pk])).content.decode()
    assert "没有校对提示" in html
