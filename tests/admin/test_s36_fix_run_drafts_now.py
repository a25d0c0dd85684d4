"""A finished background import's progress page offers the new drafts as they are when the page
is looked at, not as the import left them: after editors publish or delete some of them, the
offer (发布这 N 篇新稿件) counts the ones still drafts, links to them only and says what became of
the others; once none is left it says they were all handled, with no link."""

from __future__ import annotations

import pytest

from articles.publishing import stories_publish
from articles.signoff import stories_submit
from tests.admin.test_upload_run_drafts_offer import (  # noqa: F401  (fixtures)
    drafts_link,
    late_stories,
    run_done,
)
from tests.admin.test_upload_runs import worker  # noqa: F401  (the fixture)

pytestmark = pytest.mark.django_db


def test_publishing_some_new_drafts_leaves_the_offer_with_the_others(editor_client, run_done):  # noqa: F811
    progress = run_done(review=False)
    first, second, *others = late_stories().order_by("pk")
    stories_publish(articles=[first, second])
    text, url = drafts_link(editor_client, progress)
    assert text == "发布这 2 篇新稿件"
    assert url.endswith("?ids=" + ",".join(str(a.pk) for a in others))
    status = editor_client.get(progress + "status/").json()
    assert (status["drafts"], status["drafts_label"]) == (2, text)
    assert "导入时共 4 篇，另 2 篇已发布、提交待审或删除" in status["drafts_note"]


def test_a_deleted_new_draft_is_not_offered(editor_client, run_done):  # noqa: F811
    progress = run_done(review=False)
    late_stories().order_by("pk").first().delete()
    assert drafts_link(editor_client, progress)[0] == "发布这 3 篇新稿件"


def test_a_submitted_new_draft_is_not_offered_for_submission_again(editor_client, run_done):  # noqa: F811
    progress = run_done(review=True)
    stories_submit(articles=late_stories().order_by("pk")[:1])
    assert drafts_link(editor_client, progress)[0] == "提交待审这 3 篇新稿件"


def test_once_every_new_draft_is_published_the_page_says_so_without_a_link(
    editor_client,
    run_done,  # noqa: F811
):
    progress = run_done(review=False)
    stories_publish(articles=late_stories())
    assert drafts_link(editor_client, progress) == ("", "")
    html = editor_client.get(progress).content.decode()
    assert "发布这" not in html
    assert "导入时的 4 篇新稿件都已处理" in html
    status = editor_client.get(progress + "status/").json()
    assert (status["drafts"], status["drafts_url"]) == (0, "")
