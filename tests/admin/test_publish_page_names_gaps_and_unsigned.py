"""发布本期 names, on its first view, what the chief decides about: the pages missing between
those there (A2 of A1, A3: readers would see 共2版 with no word of it), and each story not signed
off, linked to its form (not only after a refused POST). The 发布所选的期 confirmation names
the gaps too."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.urls import reverse

from articles.models import Article, Issue, Publication, Status
from tests.factories import import_seed, import_text
from tests.public.conftest import synthetic_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def gapped(db) -> Issue:
    import_seed()
    import_text(synthetic_page("A3", "看南通·民生", 2, 0), "A3")
    return Issue.objects.get()


def publish_page(client, issue) -> str:
    response = client.get(reverse("admin:articles_issue_publish", args=[issue.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_publish_page_names_a_missing_page(chief_client, gapped):
    html = publish_page(chief_client, gapped)
    assert 'id="missing-pages"' in html
    assert "本期缺 A2" in html and "2 个版面（A1、A3；缺 A2）" in html


def test_an_issue_without_gaps_says_nothing_of_missing_pages(chief_client, seed_with_a2):
    html = publish_page(chief_client, Issue.objects.get())
    assert 'id="missing-pages"' not in html and "本期缺" not in html


def test_the_publish_selected_confirmation_names_the_gap(chief_client, gapped):
    response = chief_client.post(
        reverse("admin:articles_issue_changelist"),
        {"action": "publish_selected", admin.helpers.ACTION_CHECKBOX_NAME: [gapped.pk]},
    )
    assert response.status_code == 200
    assert "本期缺 A2" in response.content.decode()


def test_the_first_view_names_each_unsigned_story_with_a_link(chief_client, seed_with_a2):
    Publication.objects.update(review_required=True)
    issue = Issue.objects.get()
    signed = list(issue.articles.order_by("pk")[1:])
    Article.objects.filter(pk__in=[a.pk for a in signed]).update(status=Status.SIGNED_OFF)
    unsigned = issue.articles.order_by("pk").first()
    html = publish_page(chief_client, issue)
    assert "还有 1 篇稿件未签发" in html
    link = reverse("admin:articles_article_change", args=[unsigned.pk])
    assert f'<li class="unsigned-story"><a href="{link}">' in html
    assert f"{unsigned.page.label}版 第" in html and "（草稿）" in html
