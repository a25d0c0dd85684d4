"""A photo's 所属稿件 is a story of the photo's own issue; the story pickers name each story by
date, paper and page."""

import pytest

from articles.models import Article, Photo
from tests.admin.conftest import form_data
from tests.public.conftest import LEAD, WORKS, make_edition, next_day_story

pytestmark = pytest.mark.django_db


def _post_story(client, photo, story):
    url = f"/admin/articles/photo/{photo.pk}/change/"
    data = form_data(client.get(url), "photo_form")
    data.update(article=str(story.pk), _save="保存")
    return client.post(url, data)


def test_photo_refuses_another_days_story_saying_which_day(editor_client):
    edition = make_edition()
    other = next_day_story()
    photo = Photo.objects.get(page__issue=edition.issue)
    response = _post_story(editor_client, photo, other)
    body = response.content.decode()
    assert response.status_code == 200
    assert "刊于 2020-07-10" in body and "图片只能归入同一期里的稿件" in body
    photo.refresh_from_db()
    assert photo.article_id != other.pk


def test_photo_moves_to_another_story_of_its_issue(editor_client):
    edition = make_edition()
    photo = Photo.objects.get(page__issue=edition.issue)
    target = edition.article(WORKS)
    assert photo.article_id != target.pk
    assert _post_story(editor_client, photo, target).status_code == 302
    photo.refresh_from_db()
    assert photo.article_id == target.pk


def test_story_picker_shows_date_paper_and_page(editor_client):
    edition = make_edition()
    next_day_story()
    lead = edition.article(LEAD)
    photo = Photo.objects.get(page__issue=edition.issue)
    Photo.objects.filter(pk=photo.pk).update(article=lead)
    form = editor_client.get(f"/admin/articles/photo/{photo.pk}/change/").content.decode()
    assert f"2020-07-09 南通日报 A1版 · {lead.name_for_editors()}" in form

    found = editor_client.get(
        "/admin/autocomplete/",
        {"term": "", "app_label": "articles", "model_name": "photo", "field_name": "article"},
    ).json()["results"]
    texts = {row["id"]: row["text"] for row in found}
    assert texts[str(lead.pk)] == f"2020-07-09 南通日报 A1版 · {lead.name_for_editors()}"
    other = Article.objects.get(issue__date="2020-07-10")
    assert texts[str(other.pk)].startswith("2020-07-10 南通日报 A1版 · ")
