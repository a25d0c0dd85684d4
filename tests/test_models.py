"""The data model's rules, on whichever database the suite runs on (SQLite and PostgreSQL)."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from articles.labels import LabelError, normalize_label
from articles.models import (
    Article,
    ArticlePart,
    Block,
    Issue,
    Page,
    Publication,
    Status,
)

DAY = datetime.date(2020, 7, 9)


# Plain builders: each makes one row with sensible defaults.
def make_paper(name: str = "南通日报", slug: str = "nantong-daily") -> Publication:
    return Publication.objects.create(name=name, slug=slug)


def make_issue(paper: Publication | None = None, date=DAY, status=Status.DRAFT) -> Issue:
    return Issue.objects.create(publication=paper or make_paper(), date=date, status=status)


def make_page(issue: Issue, label: str) -> Page:
    return Page.objects.create(issue=issue, label=label)


def make_article(page: Page, position: int = 1, status=Status.DRAFT, **fields) -> Article:
    return Article.objects.create(
        issue=page.issue, page=page, position=position, status=status, **fields
    )


def make_part(article: Article, page: Page, sequence: int, *texts, position: int = 1):
    blocks = [{"kind": Block.PARAGRAPH, "text": text} for text in texts]
    return ArticlePart.objects.create(
        article=article, page=page, position=position, sequence=sequence, blocks=blocks
    )


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("第二版", "2"),
        ("A2", "A2"),
        ("04", "4"),
        ("Ａ３", "A3"),
        ("第十二版", "12"),
        ("a10", "A10"),
        (" B 1 ", "B1"),
        ("第一版", "1"),
    ],
)
def test_normalize_label(printed, label):
    assert normalize_label(printed) == label


@pytest.mark.parametrize("bad", ["", "版面", "hello", "A-1", "第零版", "0"])
def test_normalize_label_rejects_what_is_not_a_label(bad):
    with pytest.raises(LabelError) as excinfo:
        normalize_label(bad)
    assert f"“{bad}”不是版次" in str(excinfo.value)  # (quoted as Chinese quotes it)


@pytest.mark.django_db
def test_one_issue_per_paper_and_date():
    issue = make_issue()
    with pytest.raises(IntegrityError), transaction.atomic():
        Issue.objects.create(publication=issue.publication, date=issue.date)
    # Another date, or another paper on the same date, is fine.
    make_issue(issue.publication, date=DAY + datetime.timedelta(days=1))
    make_issue(make_paper("江海晚报", "jianghai-evening"), date=DAY)
    assert Issue.objects.count() == 3


@pytest.mark.django_db
def test_one_page_per_label_in_an_issue():
    issue = make_issue()
    make_page(issue, "A1")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_page(issue, "A1")


@pytest.mark.django_db
def test_page_label_is_normalised_before_the_unique_check():
    issue = make_issue()
    page = make_page(issue, "1")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_page(issue, "第一版")
    page.refresh_from_db()
    assert page.label == "1"
    assert make_page(issue, "第二版").label == "2"


@pytest.mark.django_db
def test_pages_come_in_reading_order():
    issue = make_issue()
    for label in ["A1", "A2", "A10", "B1", "2", "10"]:
        make_page(issue, label)
    assert [p.label for p in issue.pages.all()] == ["2", "10", "A1", "A2", "A10", "B1"]


@pytest.fixture
def jumped_story():
    """A story that starts on A1 and goes on on A2."""
    issue = make_issue(status=Status.PUBLISHED)
    a1, a2 = make_page(issue, "A1"), make_page(issue, "A2")
    article = make_article(a1, headline="以重大项目支撑", status=Status.PUBLISHED)
    # Created out of order on purpose: print order comes from `sequence`.
    make_part(article, a2, 1, "第三段。")
    make_part(article, a1, 0, "第一段。", "第二段。")
    return article


@pytest.mark.django_db
def test_story_reads_in_print_order(jumped_story):
    article = Article.objects.with_parts().get(pk=jumped_story.pk)
    assert [part.page.label for part in article.ordered_parts()] == ["A1", "A2"]
    assert article.printed_on() == "本文刊于A1、A2版"
    assert article.full_text() == "第一段。\n\n第二段。\n\n第三段。"
    assert article.paragraphs() == ["第一段。", "第二段。", "第三段。"]


@pytest.mark.django_db
def test_published_excludes_drafts_and_draft_issues(jumped_story):
    published_issue = jumped_story.issue
    draft_in_published_issue = make_article(jumped_story.page, position=2)
    draft_issue = make_issue(
        published_issue.publication, date=DAY + datetime.timedelta(days=1), status=Status.DRAFT
    )
    published_in_draft_issue = make_article(make_page(draft_issue, "A1"), status=Status.PUBLISHED)

    published = set(Article.objects.published())
    assert published == {jumped_story}
    assert draft_in_published_issue not in published
    assert published_in_draft_issue not in published
