"""Every desk form of imported content refuses a save made stale after it was opened (README: A
stale form is refused): the story form when its 状态 changed (publishing, withdrawing and
signing off write no save time), or a photo its inline edits; the page, teaser and issue forms;
a history revert when the state changed. Each refusal says what happened and leaves the newer
content as it is; a fresh form still saves."""

import pytest
from django.urls import reverse

from articles.models import Article, ArticlePart, Issue, Page, Photo, Teaser
from articles.publishing import issue_publish, stories_unpublish
from tests.admin.conftest import form_data
from tests.factories import SEED, import_seed, import_text

pytestmark = pytest.mark.django_db

CAPTION, NEW_CAPTION = "昨晚，观众在", "昨晚，许多观众在"


def reimport_with(old: str, new: str) -> None:
    import_text(SEED.read_text(encoding="utf-8").replace(old, new, 1), "A1")


def test_a_withdrawal_since_opening_names_both_states_and_what_to_do(editor_client, editor):
    import_seed()
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    story = Article.objects.get(position=1)
    url = reverse("admin:articles_article_change", args=[story.pk])
    opened = form_data(editor_client.get(url))
    stories_unpublish(articles=[story], user=editor)

    html = editor_client.post(url, {**opened, "_save": "1"}).content.decode()

    assert "状态由“已发布”改为“草稿”" in html
    assert "打开最新内容" in html and 'id="reload-fresh-form"' in html
    story.refresh_from_db()
    assert story.status == "draft"


def test_a_story_form_opened_after_the_withdrawal_saves(editor_client, editor):
    import_seed()
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    story = Article.objects.get(position=1)
    stories_unpublish(articles=[story], user=editor)
    url = reverse("admin:articles_article_change", args=[story.pk])
    fresh = form_data(editor_client.get(url))
    response = editor_client.post(url, {**fresh, "headline": "新标题", "_save": "1"})
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.headline == "新标题" and story.status == "draft"


def test_a_part_form_is_not_refused_for_a_state_it_does_not_set(editor_client, editor):
    import_seed()
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    part = Article.objects.get(position=4).parts.get()
    url = reverse("admin:articles_articlepart_change", args=[part.pk])
    opened = form_data(editor_client.get(url))
    stories_unpublish(articles=[part.article], user=editor)
    assert editor_client.post(url, {**opened, "_save": "1"}).status_code == 302


def test_a_story_form_does_not_put_back_a_reimported_photo_caption(editor_client):
    import_seed()
    story = Article.objects.get(position=4)
    Photo.objects.update(article=story)  # an editor's choice: shown in its story's form
    url = reverse("admin:articles_article_change", args=[story.pk])
    opened = form_data(editor_client.get(url))
    reimport_with(CAPTION, NEW_CAPTION)

    response = editor_client.post(url, {**opened, "headline": "编辑的新标题", "_save": "1"})

    assert response.status_code == 200 and "已被修改" in response.content.decode()
    assert Photo.objects.get().caption.startswith(NEW_CAPTION)


def test_a_stale_photo_form_is_refused_with_the_fresh_form_offered(editor_client):
    import_seed()
    photo = Photo.objects.get()
    url = reverse("admin:articles_photo_change", args=[photo.pk])
    opened = form_data(editor_client.get(url))
    assert 'name="loaded_version"' in editor_client.get(url).content.decode()
    reimport_with(CAPTION, NEW_CAPTION)

    html = editor_client.post(url, {**opened, "_save": "1"}).content.decode()

    assert "这张图片在您打开之后已被修改" in html and 'id="reload-fresh-form"' in html
    fresh = form_data(editor_client.get(url))
    assert editor_client.post(url, {**fresh, "_save": "1"}).status_code == 302


def test_a_stale_page_form_does_not_put_back_a_photo_caption(editor_client):
    import_seed()
    page = Page.objects.get()
    url = reverse("admin:articles_page_change", args=[page.pk])
    opened = form_data(editor_client.get(url))
    reimport_with(CAPTION, NEW_CAPTION)

    response = editor_client.post(url, {**opened, "section": "要闻", "_save": "1"})

    assert response.status_code == 200
    assert "这个版面在您打开之后已被修改" in response.content.decode()
    page.refresh_from_db()
    assert page.section == "" and Photo.objects.get().caption.startswith(NEW_CAPTION)
    fresh = form_data(editor_client.get(url))
    assert editor_client.post(url, {**fresh, "section": "要闻", "_save": "1"}).status_code == 302
    page.refresh_from_db()
    assert page.section == "要闻"


def test_a_stale_teaser_form_does_not_put_back_its_title_lines(editor_client):
    import_seed()
    teaser = Teaser.objects.get(target_label="A3")
    url = reverse("admin:articles_teaser_change", args=[teaser.pk])
    opened = form_data(editor_client.get(url))
    reimport_with("“小绿车”线上交易", "“小绿车”网上交易")
    teaser.refresh_from_db()
    assert "“小绿车”网上交易" in teaser.title_lines

    response = editor_client.post(url, {**opened, "target_section": "民生", "_save": "1"})

    assert response.status_code == 200
    assert "这条导读在您打开之后已被修改" in response.content.decode()
    teaser.refresh_from_db()
    assert "“小绿车”网上交易" in teaser.title_lines and teaser.target_section != "民生"


def test_a_stale_issue_form_does_not_put_back_its_number(editor_client):
    import_seed()
    issue = Issue.objects.get()
    url = reverse("admin:articles_issue_change", args=[issue.pk])
    opened = form_data(editor_client.get(url))
    Issue.objects.filter(pk=issue.pk).update(number=12345)

    response = editor_client.post(url, {**opened, "number": "12000", "_save": "1"})

    assert response.status_code == 200 and "这一期在您打开之后已被修改" in response.content.decode()
    issue.refresh_from_db()
    assert issue.number == 12345


def test_a_revert_opened_before_a_withdrawal_is_refused(editor_client, editor):
    import_seed()
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    story = Article.objects.get(position=4)
    change = reverse("admin:articles_article_change", args=[story.pk])
    editor_client.post(
        change, {**form_data(editor_client.get(change)), "headline": "改过", "_save": "1"}
    )
    first = story.history.order_by("history_id").first()
    url = reverse("admin:articles_article_simple_history", args=[story.pk, first.history_id])
    opened = form_data(editor_client.get(url))
    stories_unpublish(articles=[story], user=editor)

    html = editor_client.post(url, opened).content.decode()

    assert "状态由“已发布”改为“草稿”" in html
    story.refresh_from_db()
    assert story.status == "draft" and story.headline == "改过"
    assert ArticlePart.objects.filter(article=story).exists()
