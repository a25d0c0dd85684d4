"""撤销本版导入 of a page holding only the continuations of published stories that start on
another page: the confirmation says those stories stay public there, shorter, each named, and
not that readers lose them (a reviewer's A2 of four A1 continuations was announced as “4 篇已发布
… 删除后读者就看不到了”, and the four stayed public on A1)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article, Issue, Page, Status
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(seed_with_a2):
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)


def undo_url(page):
    return reverse("admin:articles_page_undo_import", args=[page.pk])


def test_the_confirmation_names_the_published_stories_that_stay_shorter_and_they_do(
    editor_client, client, published
):
    a2 = Page.objects.get(label="A2")
    shown = editor_client.get(undo_url(a2))
    html = shown.content.decode()
    assert "删除后读者就看不到了" not in html and 'id="removal-published"' not in html
    warning = html.split('id="removal-shortened">')[1].split("</p>")[0]
    assert warning.startswith("4 篇已发布的稿件不删除，只删去它们在本版的续文")
    for story in Article.objects.filter(page__label="A1", parts__page__label="A2"):
        assert f"“{story.name_for_editors()}”（A1版）" in warning
    plan = html.split('id="removal-plan"')[1]
    assert plan.count("删去后读者在A1版仍看得到这篇稿件，只是少了本版这段续文") == 4
    editor_client.post(undo_url(a2), {**form_data(shown, "removal-form"), "confirm": "1"})
    stories = Article.objects.filter(page__label="A1", status=Status.PUBLISHED)
    assert stories.count() == 5
    assert client.get(stories.first().get_absolute_url()).status_code == 200


def test_undoing_the_first_page_still_says_readers_lose_the_stories(editor_client, published):
    a1 = Page.objects.get(label="A1")
    html = editor_client.get(undo_url(a1)).content.decode()
    warning = html.split('id="removal-published">')[1].split("</p>")[0]
    assert warning.startswith("其中 5 篇已发布，读者正在看：整篇删除，删除后读者就看不到了")
    assert 'id="removal-shortened"' not in html
