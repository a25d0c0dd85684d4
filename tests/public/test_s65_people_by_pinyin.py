"""``/people/`` lists names by pinyin as a Chinese reader expects (何 林 卢 周 朱), not by code
point (何 卢 周 朱 林); a name in letters among them by its letters; namesakes by their
区分说明."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from articles.models import Person
from articles.nameorder import name_order
from tests.public.dom import parse
from tests.public.people_feeds import credited_story

pytestmark = pytest.mark.django_db


def test_names_sort_by_pinyin_then_tone_then_note():
    names = ["朱文君", "周明", "卢兆欣", "林晓舟", "何晓雨", "Zoë Müller", "Anna Li", "单田芳"]
    assert sorted(names, key=name_order) == [
        "Anna Li",
        "何晓雨",
        "林晓舟",
        "卢兆欣",
        "单田芳",  # a surname read shan, not dan
        "周明",
        "朱文君",
        "Zoë Müller",
    ]
    assert sorted([("王明", "体育部"), ("王明", "时政部")], key=lambda p: name_order(*p)) == [
        ("王明", "时政部"),
        ("王明", "体育部"),
    ]


def test_the_people_page_lists_names_by_pinyin(client):
    for n, name in enumerate(["朱文君", "周明", "卢兆欣", "林晓舟", "何晓雨"]):
        credited_story(f"第{n}篇稿件", date(2021, 3, 1 + n), reporters=(name,))
    Person.objects.create(name="王明", note="体育部")
    Person.objects.create(name="王明", note="时政部")
    for n, note in enumerate(["体育部", "时政部"]):
        story = credited_story(f"王明的第{n}篇", date(2021, 4, 1 + n))
        story.bylines.create(person=Person.objects.get(name="王明", note=note), order=0)
    doc = parse(client.get(reverse("articles:people")))
    items = doc.find("ul", cls="plain").find_all("li")
    listed = ["".join(li.text.split()[:2]).split("稿件")[0] for li in items]
    assert listed == [
        "何晓雨",
        "林晓舟",
        "卢兆欣",
        "王明（时政部）",
        "王明（体育部）",
        "周明",
        "朱文君",
    ]
