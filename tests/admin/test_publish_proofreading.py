"""Publishing an issue names each story it makes public that still has proofreading findings
(articles.proofing's stored ProofreadingFinding rows), with how many and of which kind: the
desk's 发布本期 lists them before the editor publishes, each linked to the story's form, and
publish_issue, 发布本期 and 发布所选的期 name them after publishing. Findings are warnings:
publishing is never refused for them, and a story corrected since is not named."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article, ArticlePart, Issue, Status
from articles.publishing import issue_publish, issue_unpublish
from tests.admin.conftest import form_data
from tests.factories import SEED_DATE, import_seed

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed_checked(django_capture_on_commit_callbacks):
    """The seed issue, proofread as an import is (its two slips: 摸清清楚, 小组组招商)."""
    with django_capture_on_commit_callbacks(execute=True):
        import_seed()
    return Issue.objects.get()


def slipped() -> list[Article]:
    return list(Article.objects.filter(proofreading__isnull=False).distinct().order_by("position"))


def named(article: Article) -> str:
    return f"“{article.name_for_editors()}”：1 处校对提示（重复字1处）"


def test_the_desk_publish_page_lists_each_story_with_findings_linked_to_its_form(
    editor_client, seed_checked
):
    url = reverse("admin:articles_issue_publish", args=[seed_checked.pk])
    html = editor_client.get(url).content.decode()
    assert 'id="proofread-stories"' in html
    stories = slipped()
    assert len(stories) == 2
    for article in stories:
        link = reverse("admin:articles_article_change", args=[article.pk])
        assert f'<a href="{link}">A1版 第' in html
        assert named(article) in html
    assert "不挡发布" in html
    assert Issue.objects.get().status == Status.DRAFT


def test_publishing_at_the_desk_goes_ahead_and_says_so_in_one_line(editor_client, seed_checked):
    """One summary line and ONE line for the stories with findings (their count, a link to the
    issue's 校对 list), not a line a story repeating the same advice."""
    url = reverse("admin:articles_issue_publish", args=[seed_checked.pk])
    page = editor_client.get(url)
    data = form_data(page, "publish-form")
    data["acknowledge_broken"] = "on"  # the seed's four jumps wait for A2
    done = editor_client.post(url, data)
    assert done.status_code == 302
    assert Issue.objects.get().status == Status.PUBLISHED
    said = [str(m) for m in done.wsgi_request._messages]
    assert len([m for m in said if "已发布：共" in m]) == 1
    warned = [m for m in said if "校对提示" in m]
    assert len(warned) == 1, said
    (line,) = warned
    assert line.startswith("2 篇刚发布的稿件有校对提示")
    assert reverse("admin:articles_issue_change", args=[seed_checked.pk]) in line
    assert not any(m.startswith("已发布的A1版") for m in said)


def test_publish_issue_names_them_as_lines_to_check(seed_checked):
    out = StringIO()
    call_command(
        "publish_issue",
        "--paper",
        "nantong-daily",
        "--date",
        SEED_DATE.isoformat(),
        "--acknowledge-broken",
        stdout=out,
    )
    lines = [line for line in out.getvalue().splitlines() if "请核对：已发布的" in line]
    assert len(lines) == 2
    for article, line in zip(slipped(), lines, strict=True):
        assert named(article) in line
    assert set(Article.objects.values_list("status", flat=True)) == {Status.PUBLISHED}


def test_a_story_corrected_since_is_not_named(seed_checked, django_capture_on_commit_callbacks):
    first, second = slipped()
    part = ArticlePart.objects.filter(article=first).first()
    with django_capture_on_commit_callbacks(execute=True):
        part.blocks = [
            {**block, "text": block["text"].replace("清清楚", "清楚").replace("组组", "组")}
            for block in part.blocks
        ]
        part.save()
    report = issue_publish(issue=seed_checked, acknowledge_broken=True)
    assert len(report.proofread) == 1 and named(second) in report.proofread[0]


def test_publishing_again_does_not_name_stories_already_public(seed_checked):
    issue_publish(issue=seed_checked, acknowledge_broken=True)
    again = issue_publish(issue=seed_checked, acknowledge_broken=True)
    assert again.proofread == [] and "校对提示" not in again.summary


def test_an_issue_taken_back_and_published_again_names_them_again(seed_checked, editor_client):
    # withdraw–fix–republish: the issue's published stories go public again with it, and the
    # findings still open are named, at the desk before publishing and in the report after
    issue_publish(issue=seed_checked, acknowledge_broken=True)
    issue_unpublish(issue=seed_checked)
    url = reverse("admin:articles_issue_publish", args=[seed_checked.pk])
    html = editor_client.get(url).content.decode()
    assert 'id="proofread-stories"' in html
    assert all(named(article) in html for article in slipped())
    again = issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    assert len(again.proofread) == 2 and "其中 2 篇有校对提示" in again.summary
