"""A story sheet's row that changes a signed-off story's printed content sends it back to 待审
when the importing editor may not sign off (articles.signoff.status_after_edit). The preview
says so before the editor confirms, and, when its issue is scheduled to publish itself, that
the scheduled publication will be refused and cancelled unless the story is signed off again
(a reviewer's scheduled edition silently did not go out). A chief editor's import keeps the
sign-off and is not warned. Pages written for these tests (an invented paper, 澜江晚报)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article, Issue, Publication, Status
from articles.scheduling import issue_schedule
from articles.signoff import stories_sign_off
from tests.admin.conftest import chief, editor, groups  # noqa: F401
from tests.admin.test_spreadsheets import CSV, as_file, dataset, export, import_preview
from tests.factories import import_text

pytestmark = pytest.mark.django_db

STORY = "社区食堂开到家门口\n\n本报讯（记者 吴一帆）今年以来，我市新建社区食堂二十六家。\n"


def _signed_off(chief) -> Article:  # noqa: F811
    import_text(STORY, "A2", paper="澜江晚报", slug="lanjiang")
    Publication.objects.update(review_required=True)
    stories_sign_off(articles=Article.objects.all(), user=chief)
    return Article.objects.get()


def _preview(client, headline: str) -> str:
    ds = dataset(export(client, "article", CSV), CSV)
    ds.dict = [{**row, "主题": headline} for row in ds.dict]
    preview = import_preview(client, "article", as_file(ds, CSV), CSV)
    assert preview.status_code == 200
    return preview.content.decode()


def test_an_editors_change_to_a_signed_off_story_is_said_to_need_a_new_sign_off(
    client,
    editor,  # noqa: F811
    chief,  # noqa: F811
):
    _signed_off(chief)
    client.force_login(editor)
    page = _preview(client, "社区食堂开到了家门口")
    assert 'id="sent-back-warning"' in page
    assert "第 1 行改动了已签发的稿件“社区食堂开到了家门口”" in page
    assert "改回待审，需要重新签发" in page
    assert "定时发布" not in page.split('id="sent-back-warning"')[1].split("</div>")[0]
    assert Article.objects.get().status == Status.SIGNED_OFF  # a preview writes nothing


def test_the_preview_says_a_scheduled_issue_would_not_go_out(
    client,
    editor,  # noqa: F811
    chief,  # noqa: F811
):
    _signed_off(chief)
    at = timezone.now() + timedelta(hours=3)
    issue_schedule(issue=Issue.objects.get(), at=at, user=chief)
    client.force_login(editor)
    page = _preview(client, "社区食堂开到了家门口")
    shown = timezone.localtime(at).strftime("%Y-%m-%d %H:%M")
    assert f"这一期定于 {shown} 定时发布：到时若仍有稿件未签发，定时发布会被拒绝并取消" in page


def test_a_chief_editors_change_keeps_the_sign_off_and_is_not_warned(client, chief):  # noqa: F811
    _signed_off(chief)
    client.force_login(chief)
    page = _preview(client, "社区食堂开到了家门口")
    assert 'id="sent-back-warning"' not in page


def test_a_row_left_as_exported_is_not_warned(client, editor, chief):  # noqa: F811
    _signed_off(chief)
    client.force_login(editor)
    page = _preview(client, "社区食堂开到家门口")
    assert 'id="sent-back-warning"' not in page
