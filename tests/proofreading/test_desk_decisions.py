"""The night desk's decisions count (README, Proofreading; reviewer A of session 68, defects 4
and 5): 不是错的 on a finding and 校对完毕 on a page or story, sent by the buttons the forms
render; the counts on the desk's home, the issue's form and ``manage.py proofread`` follow, a
page re-imported with a change is to be read again, and the story list filters by 校对."""

from __future__ import annotations

import contextlib
import re
from datetime import date
from html import unescape

import pytest
from django.contrib.admin.models import LogEntry
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from articles.models import Article, Issue, Page, Person, ProofreadingFinding, ProofreadMark
from articles.people.merge import person_merge
from tests.admin.conftest import form_data
from tests.factories import import_text

pytestmark = pytest.mark.django_db

DAY = date(2026, 11, 22)
A1 = """A1  要闻

雪后路面结冰

本报讯（记者 陈晓岚）昨日降雪后，全市多条道路出现结冰，交警部门提醒市民谨慎驾驶。

市民文化节开幕

本报讯（记者 陈小岚）昨日，第五届市民文化节在市文化中心开幕，活动将持续一个月。

菜价保持平稳

本报讯（记者 陈晓岚）记者昨日走访多家农贸市场，蔬菜价格{price}，白菜萝卜供应充足。
"""
DOUBLED = "总体平稳，记者摸清清楚了供应"  # 摸清清楚: a doubled character the checks flag


@pytest.fixture
def page(django_capture_on_commit_callbacks):
    """11-22 A1: one typo'd byline (陈小岚) beside two 陈晓岚, and a doubled 摸清清楚."""
    with django_capture_on_commit_callbacks(execute=True):
        import_text(A1.format(price=DOUBLED), "A1", when=DAY, paper="云岭晚报", slug="yl")
    return Page.objects.get(label="A1")


def _story(headline: str) -> Article:
    return Article.objects.get(headline=headline)


def _kinds(story: Article) -> list[str]:
    return sorted(ProofreadingFinding.objects.filter(article=story).values_list("kind", flat=True))


def _button(html: str, css: str) -> tuple[str, str | None]:
    """(formaction, value) of the first button of class ``css`` in ``html``."""
    tag = re.search(rf'<button[^>]*class="{css}"[^>]*>', html).group()
    action = unescape(re.search(r'formaction="([^"]+)"', tag).group(1))
    value = re.search(r'value="([^"]*)"', tag)
    return action, unescape(value.group(1)) if value else None


def _press(client, url: str, css: str, capture):
    """Open ``url``'s form and press its button of class ``css``: what the browser sends."""
    response = client.get(url)
    html = response.content.decode()
    action, value = _button(html, css)
    data = form_data(response)
    if value is not None:
        data["finding"] = value
    with capture(execute=True):
        return client.post(action, data)


def test_a_finding_dismissed_from_the_form_is_no_longer_counted_anywhere(
    editor_client, page, django_capture_on_commit_callbacks
):
    story = _story("菜价保持平稳")
    assert "doubled" in _kinds(story)
    change = reverse("admin:articles_article_change", args=[story.pk])

    response = _press(
        editor_client, change, "proofreading-dismiss", django_capture_on_commit_callbacks
    )

    assert response.status_code == 302
    # the first finding listed is the byline's (陈晓岚 vs 陈小岚); dismiss the doubled word too
    while "doubled" in _kinds(story):
        response = _press(
            editor_client, change, "proofreading-dismiss", django_capture_on_commit_callbacks
        )
    html = editor_client.get(change).content.decode()
    assert "已判为不是错的" in html and "editor" in html
    row = editor_client.get(reverse("admin:index")).content.decode()
    assert "重复字" not in row.split('id="desk-issues"')[1]


def test_a_dismissed_finding_counts_again_when_its_text_changes(
    editor_client, page, django_capture_on_commit_callbacks
):
    story = _story("菜价保持平稳")
    change = reverse("admin:articles_article_change", args=[story.pk])
    while "doubled" in _kinds(story):
        _press(editor_client, change, "proofreading-dismiss", django_capture_on_commit_callbacks)
    assert call_command_found(["--date", "2026-11-22"]).count("重复字") == 0

    with django_capture_on_commit_callbacks(execute=True):
        import_text(
            A1.format(price="总体平稳，记者摸清清楚了供应，略有上涨"),
            "A1",
            when=DAY,
            paper="云岭晚报",
            slug="yl",
        )

    assert "doubled" in _kinds(_story("菜价保持平稳"))


def call_command_found(args: list[str]) -> str:
    """``manage.py proofread`` with ``args``: its output (exit 1 or 0)."""
    from io import StringIO

    out = StringIO()
    with contextlib.suppress(CommandError):
        call_command("proofread", *args, stdout=out)
    return out.getvalue()


def test_the_proofread_command_exits_0_once_every_finding_is_dismissed(
    editor_client, page, django_capture_on_commit_callbacks
):
    assert "发现 0 处" not in call_command_found(["--date", "2026-11-22"])
    for story in Article.objects.all():
        change = reverse("admin:articles_article_change", args=[story.pk])
        while _kinds(story):
            _press(
                editor_client, change, "proofreading-dismiss", django_capture_on_commit_callbacks
            )

    assert "发现 0 处" in call_command_found(["--date", "2026-11-22"])


def test_a_page_marked_proofread_marks_its_stories_and_says_who_in_its_history(
    editor_client, editor, page, django_capture_on_commit_callbacks
):
    change = reverse("admin:articles_page_change", args=[page.pk])
    assert "未校对（3 篇）" in editor_client.get(change).content.decode()

    response = _press(editor_client, change, "proofread-done", django_capture_on_commit_callbacks)

    assert response.status_code == 302
    assert ProofreadMark.objects.filter(changed=False, marked_by=editor).count() == 3
    assert "全部校对完毕（3 篇）" in editor_client.get(change).content.decode()
    logged = LogEntry.objects.get(object_id=str(page.pk), change_message__startswith="校对完毕")
    assert logged.user == editor and "本版 3 篇稿件" in logged.change_message
    issue = reverse("admin:articles_issue_change", args=[Issue.objects.get().pk])
    assert "全部校对完毕（3 篇）" in editor_client.get(issue).content.decode()


def test_a_page_reimported_with_a_change_is_to_be_proofread_again(
    editor_client, page, django_capture_on_commit_callbacks
):
    change = reverse("admin:articles_page_change", args=[page.pk])
    _press(editor_client, change, "proofread-done", django_capture_on_commit_callbacks)

    with django_capture_on_commit_callbacks(execute=True):
        import_text(A1.format(price="总体平稳"), "A1", when=DAY, paper="云岭晚报", slug="yl")

    assert list(
        ProofreadMark.objects.filter(changed=True).values_list("article__headline", flat=True)
    ) == ["菜价保持平稳"]
    html = editor_client.get(change).content.decode()
    assert "已校对 2/3 篇（1 篇校对后有改动，要再校）" in html
    home = editor_client.get(reverse("admin:index")).content.decode()
    assert "已校对 2/3 篇" in home.split('id="desk-issues"')[1]


def test_a_story_marked_proofread_on_its_form_says_who_and_when(
    editor_client, page, django_capture_on_commit_callbacks
):
    story = _story("雪后路面结冰")
    change = reverse("admin:articles_article_change", args=[story.pk])

    _press(editor_client, change, "proofread-done", django_capture_on_commit_callbacks)

    html = editor_client.get(change).content.decode()
    assert re.search(r"editor \d{4}-\d\d-\d\d \d\d:\d\d 校对完毕", html)


def test_the_story_list_filters_by_proofreading(
    editor_client, page, django_capture_on_commit_callbacks
):
    story = _story("雪后路面结冰")
    _press(
        editor_client,
        reverse("admin:articles_article_change", args=[story.pk]),
        "proofread-done",
        django_capture_on_commit_callbacks,
    )
    listing = reverse("admin:articles_article_changelist")

    unread = editor_client.get(listing, {"proofreading": "unread"}).context["cl"].result_list
    read = editor_client.get(listing, {"proofreading": "read"}).context["cl"].result_list
    found = editor_client.get(listing, {"proofreading": "found"}).context["cl"].result_list

    assert {a.headline for a in unread} == {"市民文化节开幕", "菜价保持平稳"}
    assert [a.headline for a in read] == ["雪后路面结冰"]
    assert len(found) == 3


def test_a_viewer_sees_no_proofreading_buttons_and_may_not_press_them(viewer_client, page):
    story = _story("雪后路面结冰")
    html = viewer_client.get(reverse("admin:articles_article_change", args=[story.pk])).content
    assert b"proofread-done" not in html and b"proofreading-dismiss" not in html
    for url in (
        reverse("admin:articles_article_proofread", args=[story.pk]),
        reverse("admin:articles_page_proofread", args=[page.pk]),
        reverse("admin:articles_article_proofreading_dismiss", args=[story.pk]),
    ):
        assert viewer_client.post(url, {"finding": "x"}).status_code == 403
    assert not ProofreadMark.objects.exists()


# 5: the name-variant findings follow the desk's decisions ---------------------------------------


def test_merging_the_typo_s_person_clears_the_issue_s_name_variant_findings(
    page, django_capture_on_commit_callbacks
):
    assert ProofreadingFinding.objects.filter(kind="name_variant").count() == 3

    with django_capture_on_commit_callbacks(execute=True):
        person_merge(
            person=Person.objects.get(name="陈晓岚"), other=Person.objects.get(name="陈小岚")
        )

    assert not ProofreadingFinding.objects.filter(kind="name_variant").exists()


def test_a_dismissed_name_variant_stays_dismissed_when_another_story_is_checked(
    editor_client, page, django_capture_on_commit_callbacks
):
    story = _story("雪后路面结冰")
    change = reverse("admin:articles_article_change", args=[story.pk])
    _press(editor_client, change, "proofreading-dismiss", django_capture_on_commit_callbacks)
    assert "name_variant" not in _kinds(story)

    other = _story("市民文化节开幕")  # saved: the issue's variants are refreshed
    data = {
        **form_data(editor_client.get(reverse("admin:articles_article_change", args=[other.pk]))),
        "subheadline": "为期一个月",
    }
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(reverse("admin:articles_article_change", args=[other.pk]), data)

    assert Article.objects.get(pk=other.pk).subheadline == "为期一个月"
    assert "name_variant" not in _kinds(story)
    assert "name_variant" in _kinds(_story("菜价保持平稳"))


def test_the_proofread_command_says_each_issue_s_proofreading_progress(
    editor_client, page, django_capture_on_commit_callbacks
):
    assert "云岭晚报 2026-11-22 校对进度：未校对（3 篇）" in call_command_found(
        ["--date", "2026-11-22"]
    )
    story = _story("雪后路面结冰")
    _press(
        editor_client,
        reverse("admin:articles_article_change", args=[story.pk]),
        "proofread-done",
        django_capture_on_commit_callbacks,
    )

    assert "校对进度：已校对 1/3 篇" in call_command_found(["--date", "2026-11-22"])
    import json
    from io import StringIO

    out = StringIO()
    with contextlib.suppress(CommandError):
        call_command("proofread", "--date", "2026-11-22", "--json", stdout=out)
    (progress,) = json.loads(out.getvalue())["proofread"]
    assert (progress["stories"], progress["proofread"], progress["changed_since"]) == (3, 1, 0)
