"""定时发布所选稿件 asks about 版面文本有改动未采用 as 发布本期's 定时发布 does: a story kept as edited
while its page was re-sent with a correction is listed on the schedule page, the time is set
only with the 已核对 tick, what was ticked is remembered, and at its time a correction re-sent
since stops it (the action once set the time unasked, and cron published the edited text)."""

from __future__ import annotations

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from articles.models import Article, Status
from articles.scheduling import publish_due
from tests.admin.conftest import form_data, time_ahead
from tests.admin.test_page_text_pending import LINE, kept  # noqa: F401 (`story` uses it)
from tests.admin.test_take_page_text import upload
from tests.importing.test_page_text_take import CORRECTED

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:articles_article_changelist")
AT = time_ahead()


@pytest.fixture
def story(request):
    """A1's story kept as edited while A1 was re-sent with a correction (``kept``)."""
    return request.getfixturevalue("kept")


def schedule_page(client, story):
    chosen = {"action": "schedule_selected", ACTION_CHECKBOX_NAME: [str(story.pk)]}
    page = client.post(CHANGELIST, chosen)
    assert page.status_code == 200
    return page


def test_the_schedule_page_lists_it_and_sets_no_time_without_the_tick(chief_client, story):
    page = schedule_page(chief_client, story)
    html = page.content.decode()
    assert LINE in html and "已核对版面文本有改动未采用的稿件，按编辑保存的内容定时发布" in html
    data = {**form_data(page, "schedule-form"), "publish_at": AT, "confirm": "1"}
    refused = chief_client.post(CHANGELIST, data).content.decode()
    assert "没有定时发布：A1版“渡口改建工程今起开工”版面文本有改动未采用" in refused
    assert Article.objects.get(pk=story.pk).publish_at is None


def schedule_with_the_tick(client, story) -> Article:
    page = schedule_page(client, story)
    data = {**form_data(page, "schedule-form"), "publish_at": AT, "confirm": "1"}
    client.post(CHANGELIST, {**data, "acknowledge_page_text": "on"})
    story = Article.objects.get(pk=story.pk)
    assert story.publish_at is not None and story.publish_acknowledged_texts
    return story


def test_ticked_it_publishes_at_its_time_and_its_history_says_who_kept_what(chief_client, story):
    story = schedule_with_the_tick(chief_client, story)
    run = publish_due(now=story.publish_at)
    assert run.failed == [] and Article.objects.get(pk=story.pk).status == Status.PUBLISHED
    record = story.history.first()
    assert record.history_change_reason.startswith(
        "已核对，按编辑保存的内容定时发布，未采用A1版的版面文本（第1段“…改建工程昨天开工，…”→"
    )
    assert record.history_user.username == "desk-chief"


def test_a_correction_re_sent_after_the_time_was_set_stops_it(chief_client, story):
    story = schedule_with_the_tick(chief_client, story)
    upload(chief_client, CORRECTED.replace("二十班", "三十班"))  # another correction meanwhile
    run = publish_due(now=story.publish_at)
    story = Article.objects.get(pk=story.pk)
    assert story.status == Status.DRAFT and story.publish_at is None
    said = (
        "没有发布：设定定时发布之后，A1版“渡口改建工程今起开工”的版面文本或编辑保存的内容又有了改动"
    )
    assert len(run.failed) == 1 and said in run.failed[0] and "请在稿件页核对" in run.failed[0]
    assert story.history.first().history_change_reason.startswith(f"定时发布未成功：{said[:20]}")
