"""Publishing an issue names each story it makes public that has a title and no text (a
headline, a byline and nothing else), as it names a scrap: the desk's 发布本期 lists them before
the editor publishes, and publish_issue, 发布本期 and 发布所选的期 say after publishing which they
are and how to withdraw them or give them their text; the report's summary counts them. It is
published with the rest (publishing is not refused). A story whose text is on a later page is
not empty once the jump is linked; one whose jump is still open is named saying so; one given
its text since is not named."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from articles.models import Article, ArticlePart, Issue, Jump, JumpDirection, JumpState, Status
from articles.publishing import issue_publish
from tests.admin.conftest import form_data
from tests.factories import SEED_DATE, import_text

pytestmark = pytest.mark.django_db

PAGE = (
    "老人视力衰退趋升\n"
    "适应训练求过于供\n"
    "记者 王刚\n"
    "\n"
    "城西新建三座公园\n"
    "本报讯 城西区今年新建三座公园，总面积四十多公顷，国庆节前全部开放。\n"
)
NAMED = "3版 第1篇“老人视力衰退趋升”"
WARNED = f"{NAMED}已发布：只有标题，没有正文"


@pytest.fixture
def empty_issue(db):
    """One issue: page 3, a headline with no text and a story with its text."""
    report = import_text(PAGE, "3")
    assert any("没有一段正文" in w for w in report.warnings)  # the import's own warning
    return Issue.objects.get()


def empty_story() -> Article:
    return Article.objects.get(headline="老人视力衰退趋升")


def test_the_command_publishes_and_warns_about_the_empty_story(empty_issue):
    out = StringIO()
    call_command(
        "publish_issue",
        "--paper",
        "nantong-daily",
        "--date",
        SEED_DATE.isoformat(),
        stdout=out,
    )

    printed = out.getvalue()
    assert f"其中 1 篇只有标题、没有正文（{NAMED}）" in printed
    # (the page alone is 3版: a second 请核对 line names the 版次 missing before it)
    (line,) = [line for line in printed.splitlines() if "请核对" in line and "本期缺" not in line]
    assert WARNED in line and "撤回所选稿件" in line and "补上正文" in line
    assert "城西新建三座公园" not in line
    assert set(Article.objects.values_list("status", flat=True)) == {Status.PUBLISHED}


def test_the_report_names_the_empty_stories_published(empty_issue):
    report = issue_publish(issue=empty_issue)

    assert report.empties == [NAMED]
    assert report.warnings == report.empty_warnings and len(report.warnings) == 1


def test_a_story_given_its_text_since_is_not_named(empty_issue):
    part = ArticlePart.objects.get(article=empty_story())
    part.blocks = [
        {"kind": "paragraph", "text": "本报讯 全市六十岁以上老人中，视力衰退的越来越多。"}
    ]
    part.save()

    report = issue_publish(issue=empty_issue)

    assert report.empties == [] and "没有正文" not in report.summary


def test_a_story_of_crossheads_only_is_empty(empty_issue):
    part = ArticlePart.objects.get(article=empty_story())
    part.blocks = [{"kind": "crosshead", "text": "适应训练"}]
    part.save()

    assert issue_publish(issue=empty_issue).empties == [NAMED]


def test_publishing_again_does_not_name_a_story_already_public(empty_issue):
    issue_publish(issue=empty_issue)

    again = issue_publish(issue=empty_issue)

    assert again.empties == [] and again.warnings == []


def _jump(state: str, confidence: float | None = None) -> Jump:
    part = ArticlePart.objects.get(article=empty_story())
    return Jump.objects.create(
        part=part,
        direction=JumpDirection.FORWARD,
        target_label="4",
        marker="（下转第4版）",
        state=state,
        confidence=confidence,
    )


def test_a_story_whose_jump_is_still_open_is_named_saying_so(empty_issue):
    _jump(JumpState.PENDING)

    report = issue_publish(issue=empty_issue, acknowledge_broken=True)

    assert report.empties == [f"{NAMED}（正文应在“（下转第4版）”的续文里，这一处转版还没接好）"]


def test_a_story_whose_link_is_held_until_it_is_published_is_not_named(empty_issue):
    _jump(JumpState.PENDING, confidence=0.9)  # (held: publishing the story joins it)

    assert issue_publish(issue=empty_issue, acknowledge_broken=True).empties == []


CONTINUED = (
    "老人视力衰退趋升\n记者 王刚\n本报讯 全市六十岁以上老人中，视力衰退的越来越多。（下转第4版）\n"
)
CONTINUATION = "（上接第3版）\n市眼科医院的适应训练班每期只收二十人，报名的老人已排到明年。\n"


def test_a_story_whose_text_is_on_the_linked_later_page_is_not_empty(db):
    import_text(CONTINUED, "3")
    import_text(CONTINUATION, "4")
    story = Article.objects.get(headline="老人视力衰退趋升")
    assert story.parts.count() == 2  # linked: the continuation is the story's second part
    first = story.parts.get(sequence=0)
    first.blocks = []  # (its text on page 3 taken out: all it prints is on page 4)
    first.save()

    report = issue_publish(issue=Issue.objects.get())

    assert report.empties == []


# The desk ------------------------------------------------------------------------------------


def test_the_desk_publish_page_lists_the_empty_story_before_publishing(editor_client, empty_issue):
    url = reverse("admin:articles_issue_publish", args=[empty_issue.pk])

    page = editor_client.get(url)

    html = page.content.decode()
    assert 'id="empty-stories"' in html and NAMED in html
    assert "发布后读者只看到标题" in html
    assert Issue.objects.get().status == Status.DRAFT

    done = editor_client.post(url, form_data(page, "publish-form"))

    assert done.status_code == 302
    warnings = [str(m) for m in done.wsgi_request._messages if m.level_tag == "warning"]
    assert len(warnings) == 1 and WARNED in warnings[0] and "撤回所选稿件" in warnings[0]
    assert Issue.objects.get().status == Status.PUBLISHED


def test_the_desk_publish_page_of_stories_with_text_lists_none(editor_client, db):
    import_text(CONTINUED.replace("（下转第4版）", ""), "3")
    issue = Issue.objects.get()

    page = editor_client.get(reverse("admin:articles_issue_publish", args=[issue.pk]))

    assert 'id="empty-stories"' not in page.content.decode()


def test_the_desk_publish_action_warns_about_the_empty_story(editor_client, empty_issue):
    changelist = reverse("admin:articles_issue_changelist")

    done = editor_client.post(
        changelist,
        {"action": "publish_selected", "_selected_action": [empty_issue.pk], "confirm": "1"},
    )

    warnings = [str(m) for m in done.wsgi_request._messages if m.level_tag == "warning"]
    assert len(warnings) == 1 and WARNED in warnings[0]
    assert Issue.objects.get().status == Status.PUBLISHED
