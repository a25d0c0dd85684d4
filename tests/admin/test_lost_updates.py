"""An editor saving a story that was re-imported after the form was opened loses neither change
silently: the save is refused with an explanation, the import's change stays."""

import pytest
from django.urls import reverse

from articles.models import Article
from tests.admin.conftest import form_data
from tests.factories import SEED, import_seed, import_text

pytestmark = pytest.mark.django_db


def test_a_stale_form_is_refused_after_a_reimport(editor_client):
    import_seed()
    story = Article.objects.get(position=4)
    url = reverse("admin:articles_article_change", args=[story.pk])
    opened = form_data(editor_client.get(url))  # the editor opens the story…

    changed = SEED.read_text(encoding="utf-8").replace(
        "首批18组企业村居集中签约", "首批18组企业村居签约"
    )
    import_text(changed, "A1")  # …the page is re-imported meanwhile…

    response = editor_client.post(url, {**opened, "headline": "编辑的新标题", "_save": "1"})
    assert response.status_code == 200  # …and the save is refused, with the reason
    assert "已被修改" in response.content.decode()
    story.refresh_from_db()
    assert "首批18组企业村居签约" in story.headline and not story.is_edited


def test_a_fresh_form_saves(editor_client):
    import_seed()
    story = Article.objects.get(position=4)
    url = reverse("admin:articles_article_change", args=[story.pk])
    opened = form_data(editor_client.get(url))
    response = editor_client.post(url, {**opened, "headline": "编辑的新标题", "_save": "1"})
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.headline == "编辑的新标题" and story.is_edited
