"""定时发布所选稿件 (and 发布本期's 定时发布) check the time typed: a time more than a year ahead is a
mistyped year and refused saying so (``9999-12-31T23:59`` was taken unasked); an empty or
malformed time re-shows the form with what is wrong, at its top and at the field; a refusal
for sign-off names the stories it stops once, not its whole reason once a story."""

from __future__ import annotations

from datetime import datetime

import pytest
from django.urls import reverse

from articles.models import Article, Issue, Publication, Status
from articles.storynames import quoted
from tests.admin.conftest import form_data
from tests.admin.test_scheduled_publishing import SHANGHAI, Clock, schedule_issue

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:articles_article_changelist")
TOO_FAR = "定时发布的时间太远了（9999年12月31日 23:59）：请检查年份"


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch, datetime(2020, 7, 9, 5, 0, tzinfo=SHANGHAI))


def schedule_page(client, stories):
    chosen = {"action": "schedule_selected", "_selected_action": [str(a.pk) for a in stories]}
    chosen["index"] = "0"  # (the changelist's 执行 button)
    page = client.post(CHANGELIST, chosen)
    assert page.status_code == 200 and 'id="schedule-form"' in page.content.decode()
    return page


def schedule(client, stories, when: str, *, button: bool = True) -> str:
    """The schedule page's form sent as a browser sends it, the time typed as ``when``."""
    data = {**form_data(schedule_page(client, stories), "schedule-form"), "publish_at": when}
    if button:
        data["confirm"] = "定时发布"
    return client.post(CHANGELIST, data, follow=True).content.decode()


def test_a_time_more_than_a_year_ahead_is_refused_as_a_mistyped_year(
    seed_with_a2, editor_client, clock
):
    story = Article.objects.first()
    html = schedule(editor_client, [story], "9999-12-31T23:59")
    assert TOO_FAR in html and "最晚到 2021年7月10日 05:00" in html
    assert Article.objects.get(pk=story.pk).publish_at is None
    assert "1 篇稿件将于 2021-07-09 05:00 自动发布" in schedule(
        editor_client, [story], "2021-07-09T05:00"
    )  # a year ahead is taken


def test_the_refusal_names_the_latest_minute_taken_not_only_its_day(
    seed_with_a2, editor_client, clock
):
    """366 days ahead to the minute: 05:01 on the last day is refused saying 05:00 is the
    latest (a reviewer read “太远了（2027年12月7日）…最晚到 2027年12月7日” while 13:50 that day
    was taken)."""
    story = Article.objects.first()
    html = schedule(editor_client, [story], "2021-07-10T05:01")
    assert "定时发布的时间太远了（2021年7月10日 05:01）" in html
    assert "最晚到 2021年7月10日 05:00" in html
    assert "将于 2021-07-10 05:00 自动发布" in schedule(editor_client, [story], "2021-07-10T05:00")


def test_the_issue_s_scheduled_publication_is_bounded_alike(seed_with_a2, editor_client, clock):
    issue = Issue.objects.get()
    assert TOO_FAR in schedule_issue(editor_client, issue, "9999-12-31T23:59").content.decode()
    issue.refresh_from_db()
    assert issue.publish_at is None and issue.status == Status.DRAFT


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("", "请填写定时发布的日期和时间（北京时间），如“2020-07-09 21:30”"),
        ("明天早上", "请按“2020-07-09 21:30”的格式填写日期和时间（北京时间）"),
    ],
)
@pytest.mark.parametrize("button", [True, False])
def test_an_empty_or_malformed_time_re_shows_the_form_saying_what_is_wrong(
    seed_with_a2, editor_client, clock, typed, said, button
):
    story = Article.objects.first()
    html = schedule(editor_client, [story], typed, button=button)
    assert 'id="schedule-form"' in html
    assert '<p class="errornote">没有设定定时发布：请按下面标出的提示改正定时发布时间' in html
    assert said in html
    assert Article.objects.get(pk=story.pk).publish_at is None


def test_a_refusal_for_sign_off_names_its_stories_and_says_its_reason_once(
    seed_with_a2, editor_client, chief_client, clock
):
    Publication.objects.update(review_required=True)
    stories = list(Article.objects.all()[:3])
    html = schedule(editor_client, stories, "2020-07-09T08:00")
    reason = "《南通日报》的稿件须经签发，只有总编辑（签发权限）可以发布"
    named = "、".join(quoted(str(a)) for a in stories)
    assert html.count(reason) == 1 and f"没有设定定时发布：{named}：{reason}" in html
    html = schedule(chief_client, stories, "2020-07-09T08:00")
    assert html.count("请先签发") == 1 and f"{named}尚未签发（草稿），请先签发。" in html
    assert not Article.objects.filter(publish_at__isnull=False).exists()


@pytest.mark.parametrize("typed", ["明天早上", "2020-07-09 25:99"])
def test_the_issue_s_malformed_time_is_said_at_the_top_as_other_refusals_are(
    seed_with_a2, editor_client, clock, typed
):
    issue = Issue.objects.get()
    html = schedule_issue(editor_client, issue, typed).content.decode()
    top = html.split('<ul class="errorlist nonfield">', 1)[1].split("</ul>", 1)[0]
    assert "没有发布，也没有设定定时发布：“定时发布时间（北京时间）”填得不对" in top
    assert "请按“2020-07-09 21:30”的格式填写日期和时间（北京时间）" in top
    issue.refresh_from_db()
    assert issue.publish_at is None and issue.status == Status.DRAFT
