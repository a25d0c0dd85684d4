"""A photo whose caption repeats a photo of a story continued on its page goes with that
continuation (articles/continuations/repeatedphotos.py): the A2 copy of the A1 photo, its
caption matching the next story about as well (``…与前后两篇稿件都对得上，没有归入任何一篇``),
is the continued story's once its continuation joins it, whichever page came first."""

from __future__ import annotations

import pytest

from articles.models import Article, Photo
from tests.photos.pages import import_pages

pytestmark = pytest.mark.django_db


def story_of(label: str) -> int | None:
    return Photo.objects.get(page__label=label).article_id


@pytest.mark.parametrize("runs", [[("A1", "A2")], [("A1",), ("A2",)], [("A2",), ("A1",)]])
def test_the_repeated_photo_goes_with_the_continued_story(runs):
    for labels in runs:
        import_pages(*labels)
    story = Article.objects.get(headline="运河公园开园迎客")
    assert [p.page.label for p in story.ordered_parts()] == ["A1", "A2"]
    assert story_of("A1") == story.pk
    assert story_of("A2") == story.pk


def test_a_photo_of_another_caption_beside_a_continuation_is_left_alone():
    import_pages("A1")
    from tests.photos import pages

    other = pages.A2.replace(pages.CAPTION, "市民在运河边的平台上散步。", 1)
    original = pages.A2
    pages.A2 = other
    try:
        import_pages("A2")
    finally:
        pages.A2 = original
    story = Article.objects.get(headline="运河公园开园迎客")
    assert Photo.objects.get(page__label="A2").article_id != story.pk


def test_the_repeated_photo_stays_with_the_story_when_its_page_is_imported_again():
    import_pages("A1", "A2")
    import_pages("A2")
    story = Article.objects.get(headline="运河公园开园迎客")
    assert story_of("A2") == story.pk


def test_the_pages_flag_says_the_photo_is_linked_now(client, django_user_model):
    from django.urls import reverse

    from articles.models import Page

    import_pages("A1", "A2")
    page = Page.objects.get(label="A2")
    assert any(flag["kind"] == "photo-either-side" for flag in page.parser_flags)
    admin = django_user_model.objects.create_superuser("chief-admin", password="pw-admin")
    client.force_login(admin)
    html = client.get(reverse("admin:articles_page_change", args=[page.pk])).content.decode()
    assert "已归入：这张图片现在归入“运河公园开园迎客”，不用再归。" in html
    assert "没有归入任何一篇" not in html
    assert "另有 1 张图片已归入稿件" in html
