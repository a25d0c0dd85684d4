"""Publishing an issue says so when it makes public a scrap the import warned about (a page whose
only content is a few characters of untitled text, ``本报讯`` alone): a warning per story naming
its page and story and how to withdraw or delete it, from the command, the desk's 发布本期 and
its list action, and in the report's summary (which scheduled publication prints)."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article, Issue, Status
from articles.publishing import issue_publish
from tests.factories import SEED_DATE, import_text

pytestmark = pytest.mark.django_db

PAGE = (
    "北岸新区开通第一条有轨电车\n"
    "本报讯（记者石磊）北岸新区第一条有轨电车昨天开通，全长十二公里，设站十五座，"
    "沿线居民到市中心的时间缩短一半。\n"
)
SCRAP_LINE = "A2版 第1篇（无标题）“本报讯”已发布"


@pytest.fixture
def scrap_issue(db):
    """One issue: A1 a real story, A2 only ``本报讯`` (the import warned about it)."""
    import_text(PAGE, "A1")
    report = import_text("本报讯\n", "A2")
    assert any("只认出" in w for w in report.warnings)  # the import's own warning
    return Issue.objects.get()


def publish_command(issue: Issue) -> str:
    out = StringIO()
    call_command(
        "publish_issue",
        "--paper",
        issue.publication.slug,
        "--date",
        SEED_DATE.isoformat(),
        stdout=out,
    )
    return out.getvalue()


def test_the_command_warns_about_each_scrap_story_it_publishes(scrap_issue):
    out = publish_command(scrap_issue)

    (line,) = [line for line in out.splitlines() if "无标题" in line and "请核对" in line]
    assert SCRAP_LINE in line
    assert "撤回所选稿件" in line and "撤销本版导入" in line
    assert "有轨电车" not in line  # the titled story on A1 is no scrap
    assert set(scrap_issue.articles.values_list("status", flat=True)) == {Status.PUBLISHED}


def test_the_summary_names_the_scrap_stories_published(scrap_issue):
    report = issue_publish(issue=scrap_issue)

    assert report.scraps == ["A2版 第1篇（无标题）“本报讯”"]
    assert "其中 1 篇没有标题、只有零星文字（A2版 第1篇（无标题）“本报讯”）" in report.summary


def test_a_scrap_story_an_editor_gave_a_headline_is_published_without_a_warning(scrap_issue):
    story = Article.objects.get(page__label="A2")
    story.headline = "简讯"
    story.save()

    report = issue_publish(issue=scrap_issue)

    assert report.scraps == [] and report.scrap_warnings == []


@pytest.mark.parametrize(
    "text",
    [
        "本报讯\n",
        "。\n",
        "本报讯 记者 张三\n",
        PAGE,
        "本报讯 昨天上午，市图书馆新馆正式开馆，首日接待读者三千余人次，借出图书五千多册。\n",
        "（上接A1版）\n完。\n",
    ],
)
def test_publishing_warns_about_exactly_the_pages_the_import_warned_about(db, text):
    imported = import_text(text, "A2")

    report = issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)

    assert bool(report.scraps) == any("只认出" in w for w in imported.warnings)


def test_publishing_again_does_not_warn_about_a_scrap_already_public(scrap_issue):
    issue_publish(issue=scrap_issue)

    again = issue_publish(issue=scrap_issue)

    assert again.scraps == [] and "零星文字" not in again.summary


def test_a_scrap_story_withdrawn_stays_withdrawn_and_unwarned(scrap_issue):
    from articles.publishing import stories_unpublish

    issue_publish(issue=scrap_issue)
    stories_unpublish(articles=Article.objects.filter(page__label="A2"))

    again = issue_publish(issue=scrap_issue)

    assert again.scraps == []
    assert Article.objects.get(page__label="A2").status != Status.PUBLISHED


def test_the_desk_publish_button_warns_about_the_scrap_story(editor_client, scrap_issue):
    url = reverse("admin:articles_issue_publish", args=[scrap_issue.pk])

    done = editor_client.post(url, {})

    assert done.status_code == 302
    warnings = [str(m) for m in done.wsgi_request._messages if m.level_tag == "warning"]
    assert len(warnings) == 1 and SCRAP_LINE in warnings[0] and "撤回所选稿件" in warnings[0]


def test_the_desk_publish_action_warns_about_the_scrap_story(editor_client, scrap_issue):
    changelist = reverse("admin:articles_issue_changelist")

    done = editor_client.post(
        changelist,
        {"action": "publish_selected", "_selected_action": [scrap_issue.pk], "confirm": "1"},
    )

    warnings = [str(m) for m in done.wsgi_request._messages if m.level_tag == "warning"]
    assert len(warnings) == 1 and SCRAP_LINE in warnings[0]
    assert Issue.objects.get().status == Status.PUBLISHED
