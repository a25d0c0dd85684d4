"""A late page's new stories on a paper that requires sign-off (发布须经签发): publishing them
from the desk's upload follows the rule of every publish path. An editor who may not sign off
is not offered “确认导入并发布”, a POST asking for it is refused (nothing written), and the
link after the import submits them for sign-off; a chief editor publishes them signed off."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from articles.models import Article, Issue, Page, Publication, Status
from tests.admin.conftest import form_data
from tests.factories import import_text

pytestmark = pytest.mark.django_db
UPLOAD = "/admin/articles/page/upload/"
PUBLISH = "/admin/articles/page/upload/publish/"
PAPER, SLUG = "溪口晚报", "xikou-evening"
FIELDS = {"paper": PAPER, "issue_date": "2023-05-16", "page": "2"}
FRONT = "镇上新开一座自行车驿站\n本报讯（记者米禾）溪口镇南门外的自行车驿站今天开门，可以打气、修车、存车。\n"
LATE = (
    "老街茶馆重新挂牌\n本报讯（记者米禾）老街上关了三年的茶馆昨天重新挂牌，老茶客们一早就来了。\n"
)


def paper_issue(*, review: bool) -> None:
    """A published issue with its page 1 (stories published), the paper requiring sign-off or
    not."""
    from datetime import date

    import_text(FRONT, "1", when=date(2023, 5, 16), paper=PAPER, slug=SLUG)
    Publication.objects.filter(slug=SLUG).update(review_required=review)
    Article.objects.update(status=Status.PUBLISHED)
    Issue.objects.update(status=Status.PUBLISHED)


def preview(client):
    files = [SimpleUploadedFile("2.txt", LATE.encode(), "text/plain")]
    response = client.post(UPLOAD, {**FIELDS, "files": files})
    assert response.status_code == 200
    return response


def late_story() -> Article:
    return Article.objects.get(headline="老街茶馆重新挂牌")


def messages_of(response) -> list[str]:
    return [str(m) for m in response.wsgi_request._messages]


def test_an_editor_is_not_offered_to_publish_on_a_paper_that_requires_sign_off(editor_client):
    paper_issue(review=True)
    html = preview(editor_client).content.decode()
    assert "确认导入并发布" not in html
    assert "须经签发，只有总编辑（签发权限）可以发布" in html
    assert "提交待审这 1 篇新稿件" in html


def test_an_editor_asking_to_publish_anyway_is_refused_and_nothing_is_written(editor_client):
    paper_issue(review=True)
    response = preview(editor_client)
    refused = editor_client.post(
        UPLOAD, {**form_data(response, "confirm-form"), "confirm": "publish"}
    )
    assert refused.status_code == 200  # the preview again
    assert any("没有导入，也没有发布" in m and "须经签发" in m for m in messages_of(refused))
    assert not Page.objects.filter(label="2").exists()
    assert not Article.objects.filter(headline="老街茶馆重新挂牌").exists()


def test_an_editor_imports_and_submits_the_new_story_for_sign_off(editor_client):
    paper_issue(review=True)
    response = preview(editor_client)
    done = editor_client.post(UPLOAD, form_data(response, "confirm-form") | {"confirm": "确认导入"})
    assert late_story().status == Status.DRAFT
    link = next(m for m in messages_of(done) if "篇新稿件</a>" in m)
    assert "提交待审这 1 篇新稿件" in link
    page = editor_client.get(PUBLISH + f"?ids={late_story().pk}")
    html = page.content.decode()
    assert "发布这 1 篇新稿件" not in html and "须经签发" in html
    editor_client.post(PUBLISH, {**form_data(page, "submit-new-form"), "submit": "提交"})
    assert late_story().status == Status.REVIEW


def test_an_editor_posting_publish_on_the_publish_page_is_refused(editor_client):
    paper_issue(review=True)
    response = preview(editor_client)
    editor_client.post(UPLOAD, form_data(response, "confirm-form") | {"confirm": "确认导入"})
    refused = editor_client.post(PUBLISH, {"ids": str(late_story().pk)}, follow=True)
    assert any("没有发布任何稿件" in m for m in messages_of(refused))
    assert late_story().status == Status.DRAFT


def test_a_chief_editor_publishes_the_new_story_signed_off(chief_client, chief):
    paper_issue(review=True)
    response = preview(chief_client)
    assert "确认导入并发布 1 篇新稿件" in response.content.decode()
    done = chief_client.post(UPLOAD, {**form_data(response, "confirm-form"), "confirm": "publish"})
    story = late_story()
    assert story.status == Status.PUBLISHED
    assert story.signed_off_by == chief and story.signed_off_at is not None
    assert story.history.first().history_change_reason == "签发并发布（随补导的版面）"
    assert any("本次一并发布了 1 篇新稿件" in m for m in messages_of(done))


def test_a_chief_editor_publishes_from_the_publish_page_signed_off(chief_client, chief):
    paper_issue(review=True)
    response = preview(chief_client)
    chief_client.post(UPLOAD, form_data(response, "confirm-form") | {"confirm": "确认导入"})
    page = chief_client.get(PUBLISH + f"?ids={late_story().pk}")
    chief_client.post(PUBLISH, form_data(page, "publish-new-form"))
    story = late_story()
    assert story.status == Status.PUBLISHED and story.signed_off_by == chief


@pytest.mark.parametrize("who", ["editor", "chief"])
def test_without_sign_off_any_editor_publishes_as_before(who, editor_client, chief_client):
    client = editor_client if who == "editor" else chief_client
    paper_issue(review=False)
    response = preview(client)
    assert "确认导入并发布 1 篇新稿件" in response.content.decode()
    client.post(UPLOAD, {**form_data(response, "confirm-form"), "confirm": "publish"})
    story = late_story()
    assert story.status == Status.PUBLISHED and story.signed_off_by is None
