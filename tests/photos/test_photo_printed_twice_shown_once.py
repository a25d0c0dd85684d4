"""A photo printed twice in an issue (on A1 in its story, again on A2 beside the continuation)
is shown once to readers of the story and on the photographer's page, where it was first
printed, saying it is also on A2 (articles/samephotos.py). The pages themselves show each copy
where it is printed."""

from __future__ import annotations

import pytest

from articles.models import Article, Photo
from articles.public import person_url
from tests.photos.pages import CAPTION, import_pages

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    import_pages("A1", "A2", publish=True)
    story = Article.objects.get(headline="运河公园开园迎客")
    # (linked to the story, as the import or an editor at the desk links it)
    Photo.objects.update(article=story)
    return story


def test_the_story_page_shows_a_photo_printed_twice_once(client, story):
    html = client.get(story.get_absolute_url()).content.decode()
    assert html.count(CAPTION) == 1
    assert html.count("本报记者") == 1  # its credit once too
    assert "A2版也刊登" in html


def test_the_photographers_page_lists_a_photo_printed_twice_once(client, story):
    html = client.get(person_url("孙明")).content.decode()
    assert html.count(CAPTION) == 1
    assert "A1版" in html and "A2版也刊登" in html
    assert "摄影作品 1 幅" in html


def test_each_page_still_shows_its_own_copy(client, story):
    for page in story.issue.pages.all():
        html = client.get(page.get_absolute_url()).content.decode()
        assert html.count(CAPTION) == 1
        assert "也刊登" not in html


def test_a_photo_of_another_credit_is_another_photo(client, story):
    Photo.objects.filter(page__label="A2").update(credit_line="新华社发")
    html = client.get(story.get_absolute_url()).content.decode()
    assert html.count(CAPTION) == 2
    assert "也刊登" not in html
