"""An editor saving a story that was re-imported after the form was opened loses neither change
silently: the save is refused with an explanation, the import's change stays."""

import pytest
from django.urls import reverse

from articles.models import Article, ArticlePart
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
    assert "首批18组企业村居签约" in story.subheadline and not story.is_edited


def test_a_fresh_form_saves(editor_client):
    import_seed()
    story = Article.objects.get(position=4)
    url = reverse("admin:articles_article_change", args=[story.pk])
    opened = form_data(editor_client.get(url))
    response = editor_client.post(url, {**opened, "headline": "编辑的新标题", "_save": "1"})
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.headline == "编辑的新标题" and story.is_edited


def test_the_rendered_story_form_carries_the_version_and_a_stale_save_offers_the_fresh_form(
    editor_client,
):
    import_seed()
    story = Article.objects.get(position=4)
    url = reverse("admin:articles_article_change", args=[story.pk])
    opened = editor_client.get(url)
    assert 'name="loaded_version"' in opened.content.decode()

    import_text(SEED.read_text(encoding="utf-8").replace("集中签约", "签约"), "A1")
    refused = editor_client.post(url, {**form_data(opened), "_save": "1"})
    html = refused.content.decode()
    assert refused.status_code == 200 and "已被修改" in html
    assert f'id="reload-fresh-form" href="{url}"' in html
    fresh = form_data(editor_client.get(url))
    assert editor_client.post(url, {**fresh, "_save": "1"}).status_code == 302


def test_a_story_form_without_its_version_is_refused(editor_client):
    import_seed()
    story = Article.objects.get(position=4)
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(editor_client.get(url))
    del data["loaded_version"]
    response = editor_client.post(url, {**data, "headline": "编辑的新标题", "_save": "1"})
    assert response.status_code == 200 and "缺少打开时的版本信息" in response.content.decode()
    story.refresh_from_db()
    assert story.headline != "编辑的新标题"


def test_a_stale_part_form_is_refused_after_a_reimport(editor_client):
    import_seed()
    part = Article.objects.get(position=4).parts.get()
    url = reverse("admin:articles_articlepart_change", args=[part.pk])
    opened = form_data(editor_client.get(url))

    import_text(SEED.read_text(encoding="utf-8").replace("集中签约", "签约"), "A1")
    before = ArticlePart.objects.get(pk=part.pk).title_lines
    response = editor_client.post(url, {**opened, "_save": "1"})
    assert response.status_code == 200 and "已被修改" in response.content.decode()
    assert ArticlePart.objects.get(pk=part.pk).title_lines == before
