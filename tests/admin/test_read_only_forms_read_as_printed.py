"""A form shown read-only (an editor's published story on a paper that requires sign-off; any
form a viewer opens) reads as the paper does: the body as its paragraphs and crossheads, title
lines one after another, never the stored JSON nor an English label of a hidden field
(``Loaded version: None``). Found by the fresh review of 2026-12-05."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from articles.models import Article, ArticlePart, Issue, Page, Photo, Publication, Status, Teaser

pytestmark = pytest.mark.django_db

BODY = [
    {"kind": "paragraph", "text": "入冬以来，全市供暖平稳。"},
    {"kind": "crosshead", "text": "热源充足"},
    {"kind": "paragraph", "text": "三家热电厂满负荷运行。"},
]


@pytest.fixture
def published(seed_with_a2):
    """The seed paper requiring sign-off, everything published; the first story's first part
    with a crosshead."""
    Publication.objects.update(review_required=True)
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)
    article = Article.objects.order_by("pk").first()
    ArticlePart.objects.filter(article=article, sequence=0).update(blocks=BODY)
    return article


def _page(client, model: str, obj) -> str:
    response = client.get(reverse(f"admin:articles_{model}_change", args=[obj.pk]))
    assert response.status_code == 200
    return response.content.decode()


def _no_raw_fields(html: str) -> None:
    assert "&quot;kind&quot;" not in html and '"kind"' not in html
    assert "[&quot;" not in html  # title lines as a JSON list
    assert "Loaded version" not in html and "loaded_version" not in html


def test_an_editor_reads_a_published_story_as_printed(editor_client, published):
    html = _page(editor_client, "article", published)
    _no_raw_fields(html)
    assert "<p>入冬以来，全市供暖平稳。</p>" in html
    assert re.search(r"<strong>热源充足</strong>", html)
    assert 'name="headline"' not in html  # still read-only


def test_an_editor_reads_a_published_part_as_printed(editor_client, published):
    part = published.parts.get(sequence=0)
    html = _page(editor_client, "articlepart", part)
    _no_raw_fields(html)
    assert "<p>三家热电厂满负荷运行。</p>" in html
    assert "我市召开二季度全市重大项目推进情况汇报会<br>以重大项目支撑" in html


@pytest.mark.parametrize(
    "model",
    [Article, ArticlePart, Photo, Teaser, Issue, Page, Publication],
    ids=lambda m: m.__name__,
)
def test_a_viewer_sees_no_raw_json_nor_english_label(viewer_client, published, model):
    obj = model.objects.order_by("pk").first()
    _no_raw_fields(_page(viewer_client, model._meta.model_name, obj))


def test_an_editor_still_edits_an_unpublished_story_with_its_guard(editor_client, published):
    Article.objects.update(status=Status.DRAFT)
    html = _page(editor_client, "article", published)
    assert 'name="loaded_version"' in html and 'name="parts-0-blocks"' in html
