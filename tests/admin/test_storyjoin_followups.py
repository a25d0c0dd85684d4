"""合并到上一篇 / 从这里拆开, follow-ups seen at the desk (posting what the rendered pages send): a
split-off's status follows its source's, the 请先核对 count leaves out what was done, a jumping
story merged can be split again, a typed headline merged back is dropped."""

import pytest
from django.urls import reverse

from articles.models import Article, Publication, Status
from tests.admin.conftest import form_data
from tests.admin.test_storyjoin import JOINED, page_of, story
from tests.admin.test_storyjoin_desk import merge_url, split_url

pytestmark = pytest.mark.django_db


def split_at_desk(client, article, at: int, headline: str = "") -> Article:
    shown = client.get(f"{split_url(article)}?at={at}")
    data = {**form_data(shown, "split-form"), "confirm": "确认拆开"}
    if "headline" in data or headline:
        data["headline"] = headline
    response = client.post(split_url(article), data)
    assert response.status_code == 302, response.content.decode()
    return Article.objects.get(pk=response["Location"].rstrip("/").split("/")[-2])


def merge_at_desk(client, article) -> None:
    shown = client.get(merge_url(article))
    data = {**form_data(shown, "merge-form"), "confirm": "确认合并"}
    response = client.post(merge_url(article), data)
    assert response.status_code == 302, response.content.decode()


@pytest.mark.parametrize(
    ("signoff", "source", "expected"),
    [
        (True, Status.DRAFT, Status.DRAFT),
        (True, Status.REVIEW, Status.REVIEW),
        (False, Status.DRAFT, Status.DRAFT),
    ],
)
def test_a_split_off_story_keeps_its_draft_or_review_sources_status(
    editor_client, signoff, source, expected
):
    page_of(JOINED)
    Publication.objects.update(review_required=signoff)
    Article.objects.filter(headline="东京举行防灾演习").update(status=source)
    tokyo = story("东京举行防灾演习")
    html = editor_client.get(f"{split_url(tokyo)}?at=1").content.decode()
    assert f"状态为“{expected.label}”（与原稿相同" in html
    new = split_at_desk(editor_client, tokyo, 1, headline="演习检验地震预警系统")
    assert new.status == expected


@pytest.mark.parametrize(("signoff", "expected"), [(True, Status.REVIEW), (False, Status.DRAFT)])
def test_a_published_sources_split_off_is_for_review_on_a_signoff_paper_else_a_draft(
    chief_client, signoff, expected
):
    page_of(JOINED)
    Publication.objects.update(review_required=signoff)
    Article.objects.filter(headline="东京举行防灾演习").update(status=Status.PUBLISHED)
    tokyo = story("东京举行防灾演习")
    assert "原稿已发布" in chief_client.get(f"{split_url(tokyo)}?at=1").content.decode()
    assert split_at_desk(chief_client, tokyo, 1, headline="演习").status == expected


def test_the_check_first_count_leaves_out_a_split_already_done(editor_client):
    page = page_of(JOINED)
    address = reverse("admin:articles_page_change", args=[page.pk])
    before = editor_client.get(address).content.decode()
    open_before = len(page.parser_flags)
    assert f"拿不准的 {open_before} 处（按原文行号" in before
    split_at_desk(editor_client, story("东京举行防灾演习"), 1, headline="演习检验地震预警系统")
    after = editor_client.get(address).content.decode()
    assert "已拆开" in after
    assert f"拿不准的 {open_before - 1} 处（另有 1 处已按提示合并或拆开）" in after
