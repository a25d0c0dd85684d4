"""The search's 版名 filter finds a section however its pages spaced the name (``要　闻``,
``要 闻`` and ``要闻`` are one section to readers, as the section pages group them:
articles.labels.section_key), and however the reader spaced it; either script still matches."""

from datetime import date

import pytest
from django.urls import reverse

from tests.search.conftest import make_story

pytestmark = pytest.mark.django_db
URL = reverse("search:search")


def listed_pks(client, **params) -> set[int]:
    response = client.get(URL, params)
    assert response.status_code == 200
    return {story.pk for story in response.context["page_obj"]}


@pytest.fixture
def spaced(db):
    return {
        make_story("港口新泊位验收", "港口建设继续推进。", section="要　闻", label="A2").pk,
        make_story(
            "港口夜市开张", "港口夜市开张。", day=date(2021, 3, 2), section="要 闻", label="A2"
        ).pk,
        make_story(
            "港口新航线", "港口航线开通。", day=date(2021, 3, 3), section="要闻", label="A2"
        ).pk,
    }


@pytest.mark.parametrize("typed", ["要闻", "要　闻", "要 闻", "要聞"])
@pytest.mark.parametrize("query", ["港口", ""])
def test_the_section_filter_finds_every_spacing_of_the_name(client, spaced, typed, query):
    other = make_story("港口观察", "港口观察。", section="港航", label="A3").pk
    found = listed_pks(client, q=query, section=typed)
    assert found == spaced and other not in found


def test_the_section_filter_still_tells_sections_apart(client, spaced):
    assert listed_pks(client, q="港口", section="要事") == set()
