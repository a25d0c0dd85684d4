"""A story withdrawn (撤回) after publication keeps its page's picture back (the picture shows
it legibly: right for a legal withdrawal), but says so: a reviewer withdrew one A2 story and
readers of A2 read ``本版版面图暂不公开：版上还有稿件未发布。`` — untrue, it was published and
withdrawn — and the desk could neither see why the other stories lost their picture nor choose.
Now the page says ``本版有稿件已撤回，版面图暂不公开。``, the page form says why and links
版面图与撤回的稿件, where the desk may show the picture anyway (a withdrawal that is no legal
one), until the story is published and withdrawn again. And 发布本期 says BEFORE the editor
confirms that the withdrawn stories stay down (it said every story would be public)."""

from __future__ import annotations

import json

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, Issue, PictureRelease, Publication
from articles.pagepictures import PICTURE_WITHDRAWN, PICTURE_WITHHELD
from tests.admin.test_spreadsheets import browser_form
from tests.public.conftest import LEAD, PARTY, make_edition
from tests.public.test_page_visibility import A1, IMAGE, picture_given, text, with_picture

pytestmark = pytest.mark.django_db

ACTION = admin.helpers.ACTION_CHECKBOX_NAME


@pytest.fixture
def edition(db):
    edition = make_edition()
    with_picture(edition.a1)
    return edition


def withdraw(client, story) -> None:
    response = client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "unpublish_selected", ACTION: [story.pk]},
    )
    assert response.status_code == 302


def republish(client, story) -> None:
    response = client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish_selected", ACTION: [story.pk]},
    )
    assert response.status_code == 302
    assert Article.objects.get(pk=story.pk).status == "published"


def release_page(client, edition):
    return client.get(reverse("admin:articles_page_picture_release", args=[edition.a1.pk]))


def release(client, edition, story=None) -> None:
    """Post A1's 版面图与撤回的稿件 form as the page renders it, ``story`` ticked (none ticked
    without one: the picture held back again)."""
    address = reverse("admin:articles_page_picture_release", args=[edition.a1.pk])
    data = browser_form(release_page(client, edition), "release")
    data.pop("release", None)
    if story is not None:
        data["release"] = [str(story.pk)]
    assert client.post(address, data).status_code == 302


def test_readers_are_told_a_story_was_withdrawn_not_unpublished(editor_client, edition):
    withdraw(editor_client, edition.article(PARTY))
    reader = Client()
    page = text(reader, A1)
    assert PICTURE_WITHDRAWN in page and PICTURE_WITHHELD not in page
    assert edition.article(LEAD).headline in page and IMAGE not in page
    data = json.loads(text(reader, A1[:-1] + ".json"))
    assert data["picture_withheld"] == PICTURE_WITHDRAWN


def test_the_page_form_says_why_and_links_the_choice(editor_client, edition):
    story = edition.article(PARTY)
    withdraw(editor_client, story)
    html = editor_client.get(reverse("admin:articles_page_change", args=[edition.a1.pk]))
    html = html.content.decode()
    assert PICTURE_WITHDRAWN in html and f"“{story}”（已撤回）" in html
    assert 'id="picture-release-link"' in html


def test_the_desk_may_show_the_picture_despite_a_withdrawal_and_take_it_back(
    editor_client, edition, django_capture_on_commit_callbacks
):
    story = edition.article(PARTY)
    withdraw(editor_client, story)
    reader = Client()
    assert not any(picture_given(reader, edition).values())
    page = release_page(editor_client, edition)
    assert page.status_code == 200 and f"“{story}”" in page.content.decode()
    address = reverse("admin:articles_page_picture_release", args=[edition.a1.pk])
    with django_capture_on_commit_callbacks(execute=True):
        data = browser_form(page, "release", release=[str(story.pk)])
        assert editor_client.post(address, data).status_code == 302
    assert PictureRelease.objects.filter(page=edition.a1, article=story).exists()
    assert all(picture_given(reader, edition).values()), picture_given(reader, edition)
    assert Article.objects.get(pk=story.pk).status != "published"  # the story stays down
    with django_capture_on_commit_callbacks(execute=True):
        data = browser_form(release_page(editor_client, edition), "release")
        data.pop("release", None)  # nothing ticked
        assert editor_client.post(address, data).status_code == 302
    assert not any(picture_given(reader, edition).values())
    assert PICTURE_WITHDRAWN in text(reader, A1)


def test_a_choice_lapses_when_the_story_is_published_and_withdrawn_again(
    editor_client, edition, django_capture_on_commit_callbacks
):
    story = edition.article(PARTY)
    withdraw(editor_client, story)
    with django_capture_on_commit_callbacks(execute=True):
        release(editor_client, edition, story)
    with django_capture_on_commit_callbacks(execute=True):
        republish(editor_client, story)
        withdraw(editor_client, story)
    reader = Client()
    assert not any(picture_given(reader, edition).values())  # decided anew
    assert PICTURE_WITHDRAWN in text(reader, A1)


def test_on_a_paper_that_requires_sign_off_only_a_chief_editor_chooses(
    editor_client, chief_client, edition
):
    story = edition.article(PARTY)
    withdraw(chief_client, story)
    Publication.objects.update(review_required=True)
    address = reverse("admin:articles_page_picture_release", args=[edition.a1.pk])
    page = release_page(editor_client, edition)
    assert 'id="picture-release-form"' not in page.content.decode()
    assert editor_client.post(address, {"release": [story.pk]}).status_code == 403
    assert not PictureRelease.objects.exists()
    page = release_page(chief_client, edition)
    data = browser_form(page, "release", release=[str(story.pk)])
    assert chief_client.post(address, data).status_code == 302
    assert PictureRelease.objects.filter(article=story).exists()


def test_publishing_the_issue_says_first_that_withdrawn_stories_stay_down(editor_client, edition):
    story = edition.article(PARTY)
    withdraw(editor_client, story)
    issue = Issue.objects.get()
    issue.status = "draft"
    issue.save()
    html = editor_client.get(reverse("admin:articles_issue_publish", args=[issue.pk]))
    html = html.content.decode()
    assert "其中 1 篇已撤回的稿件仍不公开" in html
    assert "本期和其中所有稿件对读者可见" not in html
    section = html.split('id="withdrawn-stories"')[1].split("</div>")[0]
    assert story.headline[:8] in section and "desk-editor" in section


def test_releasing_and_taking_back_a_page_picture_is_in_the_audit_export(
    editor_client, edition, django_capture_on_commit_callbacks
):
    """A lawyer asks who let a withdrawn story stay legible on the page image: both the release
    and its taking back are in the story's audit export (the admin log), by whom and for which
    page, though unticking deletes the release itself."""
    from tests.admin.test_audit_export import download

    story = edition.article(PARTY)
    withdraw(editor_client, story)
    with django_capture_on_commit_callbacks(execute=True):
        release(editor_client, edition, story)
        release(editor_client, edition)  # nothing ticked
    assert not PictureRelease.objects.exists()
    audit = reverse("admin:audit_export") + f"?object=article:{story.pk}"
    rows = [r for r in download(editor_client, audit).dict if "版面图" in (r["改动"] or "")]
    assert [("照常公开" in r["改动"], "暂不公开" in r["改动"]) for r in rows] == [
        (True, False),
        (False, True),
    ]
    assert all(f"版面 #{edition.a1.pk}" in r["改动"] and r["操作人"] for r in rows)
    assert all(r["对象编号"] == str(story.pk) and r["记录来源"] == "管理日志" for r in rows)
    by_date = download(editor_client, start=str(timezone.localdate()))
    assert sum("版面图与撤回的稿件" in (r["改动"] or "") for r in by_date.dict) == 2


def test_publishing_the_issue_says_which_withdrawn_story_the_picture_shows(
    editor_client, edition, django_capture_on_commit_callbacks
):
    """发布本期 said every withdrawn story's page picture stays hidden although the desk had
    chosen to show one: the story's line says its page's picture is public."""
    story = edition.article(PARTY)
    withdraw(editor_client, story)
    with django_capture_on_commit_callbacks(execute=True):
        release(editor_client, edition, story)
    issue = Issue.objects.get()
    issue.status = "draft"
    issue.save()
    html = editor_client.get(reverse("admin:articles_issue_publish", args=[issue.pk]))
    section = html.content.decode().split('id="withdrawn-stories"')[1].split("</div>")[0]
    line = section.split('class="withdrawn-story"')[1]
    assert f"已选择{edition.a1.label}版的版面图照常公开" in line
    assert "选择照常公开的除外" in section


def picture_log(story) -> list[str]:
    """The admin log's 版面图与撤回的稿件 messages on ``story``, oldest first."""
    from django.contrib.admin.models import LogEntry

    entries = LogEntry.objects.filter(object_id=str(story.pk), change_message__contains="版面图")
    return list(entries.order_by("action_time", "pk").values_list("change_message", flat=True))


def test_saving_the_release_form_again_unchanged_logs_nothing(
    editor_client, edition, django_capture_on_commit_callbacks
):
    """Each re-save of 版面图与撤回的稿件 with the same story ticked logged another release, so
    the audit export listed one decision once per save: only a real change is logged now, and
    the release keeps who made it and when."""
    from tests.admin.test_audit_export import download

    story = edition.article(PARTY)
    withdraw(editor_client, story)
    with django_capture_on_commit_callbacks(execute=True):
        release(editor_client, edition, story)
    made = PictureRelease.objects.get(article=story).released_at
    with django_capture_on_commit_callbacks(execute=True):
        release(editor_client, edition, story)  # saved again, nothing changed
        release(editor_client, edition, story)
    assert len(picture_log(story)) == 1
    assert PictureRelease.objects.get(article=story).released_at == made
    with django_capture_on_commit_callbacks(execute=True):
        release(editor_client, edition)  # taken back
        release(editor_client, edition)  # and saved again so
    assert [("照常公开" in m, "暂不公开" in m) for m in picture_log(story)] == [
        (True, False),
        (False, True),
    ]
    by_date = download(editor_client, start=str(timezone.localdate()))
    assert sum("版面图与撤回的稿件" in (r["改动"] or "") for r in by_date.dict) == 2


def test_a_release_form_saved_unchanged_tells_the_desk_so(editor_client, edition):
    story = edition.article(PARTY)
    withdraw(editor_client, story)
    release(editor_client, edition, story)
    address = reverse("admin:articles_page_picture_release", args=[edition.a1.pk])
    data = browser_form(release_page(editor_client, edition), "release")
    response = editor_client.post(address, data, follow=True)
    assert "没有改动：" in response.content.decode()


def test_a_lapsed_release_is_logged_only_when_given_again(
    editor_client, edition, django_capture_on_commit_callbacks
):
    """Published and withdrawn again, the story's old release holds nothing back: leaving it
    unticked is no taking back (nothing logged), ticking it again is a release given anew."""
    story = edition.article(PARTY)
    withdraw(editor_client, story)
    with django_capture_on_commit_callbacks(execute=True):
        release(editor_client, edition, story)
        republish(editor_client, story)
        withdraw(editor_client, story)
        release(editor_client, edition)  # the lapsed release left unticked
    assert len(picture_log(story)) == 1 and not PictureRelease.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        release(editor_client, edition, story)
    assert ["照常公开" in m for m in picture_log(story)] == [True, True]
    assert all(picture_given(Client(), edition).values())
