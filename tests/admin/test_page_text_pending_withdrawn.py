"""A story withdrawn after publication (撤回) stays a draft when its issue is published again, and
so do its photos: a photo of it whose page text is pending is not asked about at 发布本期 (nor
the story itself), which once made the chief editor tick 已核对 for a picture readers would not
see."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article, Issue, Photo, Status
from articles.pendingtext import issues_pending
from articles.publishing import issue_publish, stories_unpublish
from tests.admin.conftest import form_data
from tests.admin.test_photo_page_text import (
    resent,  # noqa: F401 (the fixture `photo` uses)
    upload,
)
from tests.admin.test_take_page_text import edit_at_the_desk
from tests.importing.test_page_text_take import edit_its_first_paragraph
from tests.importing.test_photo_page_text_pending import PAGE, RESENT

pytestmark = pytest.mark.django_db
NAME = "A3版的图片“游客夜游濠河（图片编辑改写）。”"


@pytest.fixture
def withdrawn(request) -> Photo:
    """A3's photo kept as edited while A3 was re-sent; its issue published, its story withdrawn."""
    photo = request.getfixturevalue("resent")[0]
    issue = Issue.objects.get()
    issue_publish(issue=issue, acknowledge_broken=True)
    stories_unpublish(articles=[photo.article])
    return photo


def test_the_publish_page_leaves_out_a_withdrawn_storys_photo(chief_client, withdrawn):
    url = reverse("admin:articles_issue_publish", args=[withdrawn.page.issue_id])
    html = chief_client.get(url).content.decode()
    assert NAME not in html and 'name="acknowledge_page_text"' not in html
    chief_client.post(url, form_data(chief_client.get(url), "publish-form"))
    assert Article.objects.get(pk=withdrawn.article_id).status == Status.DRAFT  # (still down)


def test_a_withdrawn_story_is_not_asked_about_itself(editor_client):
    upload(editor_client, PAGE)
    story = edit_at_the_desk(editor_client, "濠河夜游航线开通", "濠河夜游今起开航")
    # (the editor's edit of the paragraph the page then changes: a change to what the editor never
    # touched would flow in and leave nothing pending)
    edit_its_first_paragraph(story, "每半小时一班", "每三十分钟一班")
    upload(editor_client, RESENT.replace("每半小时一班", "每二十分钟一班"))
    issue = Issue.objects.get()
    assert [p.name for p in issues_pending([issue])][:1] == ["A3版“濠河夜游今起开航”"]
    issue_publish(issue=issue, acknowledge_broken=True)
    stories_unpublish(articles=[story])
    assert issues_pending([issue]) == []
