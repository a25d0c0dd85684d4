"""A photographer's gallery on /people/<name>/ names the paper of each picture as the same
person's stories do (``晴川日报 · 2026年11月22日 · A1版``: templates/articles/person_detail.html),
not the date and page alone."""

from __future__ import annotations

import re
from datetime import date

import pytest

from articles.public import person_url
from tests.public.people_feeds import credited_story, photo_alone

pytestmark = pytest.mark.django_db


def plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


def test_a_photo_names_its_paper_as_a_story_does(client):
    photo = photo_alone("市民在公园里散步。", date(2026, 11, 22), "孙明")
    story = credited_story("运河公园开园迎客", date(2026, 11, 21), reporters=("孙明",))
    html = client.get(person_url("孙明")).content.decode()
    shown = plain(html)
    paper = photo.page.issue.publication.name
    assert f"{story.issue.publication.name} · 2026年11月21日 · {story.page.label}版" in shown
    assert f"{paper} · 2026年11月22日 · A1版" in shown
    assert f'href="{photo.page.issue.get_absolute_url()}"' in html
