"""An issue whose pages are pictures only (a 摄影 page, a picture supplement: photos with
captions and credits standing alone, no story) is published as an issue of stories is: by the
desk's 发布本期, by the issue list's 发布所选的期 and by ``manage.py publish_issue``. An issue
with no page, or whose pages print neither a story nor a photo, is still refused, saying what
to do (articles.publishchecks.nothing_to_publish)."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from articles.models import Issue, Page, Photo, Publication, Status
from articles.publishing import IssuePublishError, issue_publish
from tests.admin.conftest import form_data, time_ahead
from tests.factories import import_text

pytestmark = pytest.mark.django_db

DAY = date(2021, 5, 3)
PICTURES = """春日湿地里，白鹭在浅滩上觅食。

本报记者 林晓舟摄

傍晚的渔港，归来的渔船依次靠岸。

记者 苏明远摄
"""


@pytest.fixture
def pictures(db) -> Issue:
    """An issue of one page printing two photos and no story, imported as the desk imports."""
    import_text(PICTURES, "B1", when=DAY)
    issue = Issue.objects.get(date=DAY)
    assert not issue.articles.exists()
    assert Photo.objects.filter(page__issue=issue, article__isnull=True).count() == 2
    return issue


def publish_url(issue: Issue) -> str:
    return reverse("admin:articles_issue_publish", args=[issue.pk])


def publish_command(*args) -> str:
    out = StringIO()
    call_command("publish_issue", *args, stdout=out)
    return out.getvalue()


def test_an_issue_of_picture_pages_only_is_published_with_its_photos_counted(pictures):
    report = issue_publish(issue=pictures)
    pictures.refresh_from_db()
    assert pictures.status == Status.PUBLISHED and pictures.published_at is not None
    assert report.summary == "南通日报 2021-05-03 已发布：没有文字稿件，共 2 幅图片"
    assert set(Photo.objects.public()) == set(Photo.objects.all())


def test_the_desk_publishes_an_issue_of_pictures_from_its_publish_page(editor_client, pictures):
    page = editor_client.get(publish_url(pictures))
    html = page.content.decode()
    assert "没有文字稿件，2 幅图片" in html
    assert "nothing-to-publish" not in html
    done = editor_client.post(publish_url(pictures), form_data(page, "publish-form"))
    assert done.status_code == 302
    pictures.refresh_from_db()
    assert pictures.status == Status.PUBLISHED
    messages = [str(m) for m in done.wsgi_request._messages]
    assert "南通日报 2021-05-03 已发布：没有文字稿件，共 2 幅图片" in messages


def test_the_issue_list_s_action_publishes_an_issue_of_pictures(editor_client, pictures):
    changelist = reverse("admin:articles_issue_changelist")
    confirm = editor_client.post(
        changelist, {"action": "publish_selected", "_selected_action": [str(pictures.pk)]}
    )
    assert confirm.status_code == 200
    data = form_data(confirm)
    data["confirm"] = "发布这些期"  # the button the editor clicks
    done = editor_client.post(changelist, data)
    assert done.status_code == 302
    pictures.refresh_from_db()
    assert pictures.status == Status.PUBLISHED


def test_the_command_publishes_an_issue_of_pictures(pictures):
    out = publish_command("--paper", "nantong-daily", "--date", DAY.isoformat())
    assert "已发布：没有文字稿件，共 2 幅图片" in out
    assert Issue.objects.get(pk=pictures.pk).status == Status.PUBLISHED


def test_an_issue_of_pictures_can_be_set_to_publish_later(editor_client, pictures):
    page = editor_client.get(publish_url(pictures))
    data = form_data(page, "publish-form")
    data["publish_at"] = time_ahead()
    assert editor_client.post(publish_url(pictures), data).status_code == 302
    pictures.refresh_from_db()
    assert pictures.publish_at is not None and pictures.status == Status.DRAFT


# What is still refused -----------------------------------------------------------------------


@pytest.fixture
def bare_issue(db) -> Issue:
    paper = Publication.objects.create(name="测试报", slug="test")
    return Issue.objects.create(publication=paper, date=DAY)


@pytest.fixture
def furniture_only(bare_issue) -> Issue:
    """Two pages imported with neither a story nor a photo on them (say, only their masthead)."""
    Page.objects.create(issue=bare_issue, label="A1")
    Page.objects.create(issue=bare_issue, label="A2")
    return bare_issue


def test_an_issue_without_pages_is_refused_saying_to_import_them(bare_issue):
    with pytest.raises(IssuePublishError) as refused:
        issue_publish(issue=bare_issue)
    assert str(refused.value) == "测试报 2021-05-03 还没有任何版面，不能发布；请先导入本期的版面。"
    assert Issue.objects.get(pk=bare_issue.pk).status == Status.DRAFT


def test_pages_with_neither_stories_nor_photos_are_refused_saying_what_to_check(
    furniture_only,
):
    with pytest.raises(IssuePublishError) as refused:
        issue_publish(issue=furniture_only)
    message = str(refused.value)
    assert message.startswith("测试报 2021-05-03 的 2 个版面（A1版、A2版）上既没有稿件也没有图片")
    assert "不能发布" in message and "重新导入" in message
    assert Issue.objects.get(pk=furniture_only.pk).status == Status.DRAFT


def test_the_publish_page_says_why_before_the_editor_tries(editor_client, furniture_only):
    page = editor_client.get(publish_url(furniture_only))
    html = page.content.decode()
    assert 'id="nothing-to-publish"' in html and "既没有稿件也没有图片" in html
    refused = editor_client.post(publish_url(furniture_only), form_data(page, "publish-form"))
    assert refused.status_code == 200
    html = refused.content.decode()
    assert html.count("既没有稿件也没有图片") == 1  # said once, as the form's error
    assert Issue.objects.get(pk=furniture_only.pk).status == Status.DRAFT


def test_the_command_refuses_pages_with_nothing_on_them(furniture_only):
    with pytest.raises(CommandError, match="上既没有稿件也没有图片，不能发布"):
        publish_command("--paper", "test", "--date", DAY.isoformat())
    assert Issue.objects.get(pk=furniture_only.pk).status == Status.DRAFT
