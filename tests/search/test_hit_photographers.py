"""Each search result's line of names gives the story's reporters and then the photographers
its photos credit (``摄影：林晓舟``), each linked to their page, each once; naming them costs a
page of results the same queries for two stories as for four."""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

import pytest
from django.urls import reverse

from articles.models import Issue, Photo
from search.indexing import index_articles
from tests.public.people_feeds import credited_story, person
from tests.public.test_untitled_briefs_named_by_their_words import _queries

pytestmark = pytest.mark.django_db

URL = reverse("search:search") + "?q=" + quote("大桥")


def bridge_stories(count: int) -> None:
    """``count`` stories about the bridge, each by 王刚 with a photo by 林晓舟 (the first also
    with a second photo by 林晓舟 and one by 苏明远), indexed; whatever was there before gone."""
    Issue.objects.all().delete()
    stories = [
        credited_story(f"跨江大桥第{n + 1}次检修", date(2021, 3, n + 1), reporters=("王刚",))
        for n in range(count)
    ]
    for story in stories:
        photo = Photo.objects.create(
            page=story.page, position=100, caption="大桥检修现场。", article=story
        )
        photo.credits.create(person=person("林晓舟"))
    first = stories[0]
    for position, name in ((101, "林晓舟"), (102, "苏明远")):
        photo = Photo.objects.create(page=first.page, position=position, article=first)
        photo.credits.create(person=person(name))
    index_articles([story.pk for story in stories], force=True)


def link(name: str) -> str:
    return f'<a href="{reverse("articles:person", kwargs={"name": name})}">{name}</a>'


def test_a_hit_names_its_reporters_then_its_photographers_each_once(client):
    bridge_stories(2)
    _, html = _queries(client, URL)
    assert f"{link('王刚')} · 摄影：{link('林晓舟')}、{link('苏明远')}</p>" in html
    assert f"{link('王刚')} · 摄影：{link('林晓舟')}</p>" in html  # the second story


def test_a_hit_whose_photos_credit_nobody_names_no_photographer(client):
    story = credited_story("跨江大桥夜景亮灯", date(2021, 3, 1), reporters=("王刚",))
    Photo.objects.create(page=story.page, position=100, credit_line="新华社发", article=story)
    index_articles([story.pk], force=True)
    _, html = _queries(client, URL)
    assert f"{link('王刚')}</p>" in html and "摄影：" not in html


def test_naming_photographers_costs_the_same_queries_for_two_hits_or_four(client):
    bridge_stories(2)
    two, _ = _queries(client, URL)
    bridge_stories(4)
    four, html = _queries(client, URL)
    assert html.count(f"摄影：{link('林晓舟')}") == 4
    assert two == four
