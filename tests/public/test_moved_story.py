"""A continuation that was a story of its own before its jump was resolved keeps its old
addresses: each leads (301) to the same kind of address of the story it joined."""

from __future__ import annotations

import pytest

from articles.models import ArticleRedirect
from tests.public.conftest import PAPER, WORKS

pytestmark = pytest.mark.django_db

OLD_ID = 987_654  # no story has it any more: it joined WORKS


@pytest.fixture
def joined(edition):
    story = edition.article(WORKS)
    ArticleRedirect.objects.create(old_id=OLD_ID, article=story)
    return story


def test_old_page_address_leads_to_the_story_page(client, joined):
    response = client.get(f"/{PAPER}/2020-07-09/article/{OLD_ID}/")
    assert response.status_code == 301
    assert response["Location"] == joined.get_absolute_url()


def test_old_json_address_leads_to_the_story_json_twin(client, joined):
    response = client.get(f"/{PAPER}/2020-07-09/article/{OLD_ID}.json")
    assert response.status_code == 301
    assert response["Location"] == f"/{PAPER}/2020-07-09/article/{joined.pk}.json"
    assert client.get(response["Location"]).status_code == 200


def test_an_address_without_a_former_story_stays_a_404(client, joined):
    assert client.get(f"/{PAPER}/2020-07-09/article/{OLD_ID + 1}.json").status_code == 404
