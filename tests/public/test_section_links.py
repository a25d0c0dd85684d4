"""Sections (版名) as readers reach them: every section the lists link to opens, and the 头版
section (a front page printed without a section name) shows an edit at once."""

from __future__ import annotations

from articles.models import Publication
from articles.public import FRONT_PAGE, section_url
from tests.public.conftest import LEAD, PAPER


def test_an_edit_to_a_front_page_story_shows_on_the_front_page_section_at_once(
    client, edition, django_capture_on_commit_callbacks
):
    assert edition.a1.section == ""  # the seed's front page prints no section name: 头版
    url = section_url(Publication.objects.get(slug=PAPER), FRONT_PAGE)
    assert LEAD in client.get(url).content.decode()
    assert client.get(url)["X-Cache"] == "hit"
    story = edition.article(LEAD)
    with django_capture_on_commit_callbacks(execute=True):
        story.headline = "编辑改过的主题"
        story.save()  # what the admin does
    assert "编辑改过的主题" in client.get(url).content.decode()
