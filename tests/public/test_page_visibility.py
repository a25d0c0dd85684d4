"""A page is shown to readers when its issue is public and it prints a published story, or no
story at all; its picture (image, thumbnail, PDF) only while every story printed on it is
published (``Page.objects.public()``, ``articles.querysets.picture_public``).

A late A3 imported into the published seed edition brings drafts: it is a 404 and named nowhere
(版面导航, 上一版/下一版, sections, sitemap, JSON, A1's 导读 to it) until one of its stories is
published. A1 with a picture and one story withdrawn shows its published stories, says why its
picture is missing, and links no image, thumbnail or PDF anywhere."""

from __future__ import annotations

import json

import pytest
from django.test import TestCase

from articles.models import Article, ArticlePart, PageImage, Photo, Zone
from articles.pagepictures import PICTURE_WITHHELD
from tests.factories import import_text
from tests.public.conftest import DAY, ISSUE_URL, LEAD, PAPER, PARTY, synthetic_page

pytestmark = pytest.mark.django_db

A1, A2, A3 = (f"/{PAPER}/{DAY}/{label}/" for label in ("A1", "A2", "A3"))
SECTION = "看南通·民生"
IMAGE, THUMB, PDF = "pages/cc/one.webp", "pages/cc/one-thumb.webp", "pages/cc/one.pdf"


def late_page_of_drafts() -> list[Article]:
    """A3 imported after the issue went public: its two stories are drafts."""
    import_text(synthetic_page("A3", SECTION, 2, 0), "A3")
    stories = list(Article.objects.filter(page__label="A3"))
    assert {story.status for story in stories} == {"draft"}
    return stories


def text(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def a3_named(client) -> dict[str, bool]:
    """Where readers find A3 (its address, or its section in the sections list)."""
    return {
        "issue": A3 in text(client, ISSUE_URL),
        "issue json": "A3" in [p["label"] for p in json.loads(text(client, ISSUE_URL[:-1] + ".json"))["pages"]],
        "next of A2": A3 in text(client, A2),
        "A1 导读": A3 in text(client, A1),
        "sections": SECTION in text(client, f"/{PAPER}/sections/"),
        "sitemap": A3 in text(client, "/sitemap-pages.xml"),
    }  # fmt: skip


def test_a_late_page_of_drafts_is_named_nowhere_until_a_story_on_it_is_published(
    client, edition, django_capture_on_commit_callbacks
):
    stories = late_page_of_drafts()
    assert client.get(A3).status_code == 404
    assert client.get(A3[:-1] + ".json").status_code == 404
    assert client.get(f"/{PAPER}/{DAY}/3/").status_code == 404  # no redirect to it either
    assert not any(a3_named(client).values()), a3_named(client)
    assert "A3版" in text(client, A1)  # A1's 导读 is printed there, without its link
    with django_capture_on_commit_callbacks(execute=True):
        stories[0].status = "published"
        stories[0].save()  # the story's form
    assert all(a3_named(client).values()), a3_named(client)  # (each was cached before)
    page = text(client, A3)
    assert stories[0].headline in page and stories[1].headline not in page


def test_the_last_published_story_withdrawn_hides_its_page(
    client, edition, django_capture_on_commit_callbacks
):
    stories = late_page_of_drafts()
    Article.objects.filter(pk=stories[0].pk).update(status="published")
    assert all(a3_named(client).values())
    with django_capture_on_commit_callbacks(execute=True):
        stories[0].status = "draft"
        stories[0].save()
    assert client.get(A3).status_code == 404
    assert not any(a3_named(client).values()), a3_named(client)


def test_a_page_of_pictures_only_stays_public(client, edition):
    import_text(synthetic_page("A4", "摄影", 0, 2), "A4")
    assert not ArticlePart.objects.filter(page__label="A4").exists()
    assert Photo.objects.filter(page__label="A4").exists()
    assert client.get(f"/{PAPER}/{DAY}/A4/").status_code == 200
    assert f"/{PAPER}/{DAY}/A4/" in text(client, ISSUE_URL)
    section = text(client, f"/{PAPER}/sections/摄影/")  # listed, and says why it lists no story
    assert "本栏目的版面没有文字稿件（只有图片或广告）。" in section


def with_picture(page) -> None:
    # A picture added is a content change: its refresh runs, as at the import's commit, so a
    # later change's refresh is not folded into one that never runs in the test's transaction.
    with TestCase.captureOnCommitCallbacks(execute=True):
        PageImage.objects.create(
            page=page, pdf=PDF, pdf_checksum="c" * 64, image=IMAGE, thumbnail=THUMB,
            width=800, height=1200,
        )  # fmt: skip
        for n, part in enumerate(ArticlePart.objects.filter(page=page).order_by("position")):
            Zone.objects.create(page=page, part=part, rects=[[0.1, 0.1 * n, 0.5, 0.1 * n + 0.05]])


def picture_given(client, edition) -> dict[str, bool]:
    """Where readers get A1's image, thumbnail or PDF."""
    page_json = json.loads(text(client, A1[:-1] + ".json"))
    issue_json = json.loads(text(client, ISSUE_URL[:-1] + ".json"))
    story_json = json.loads(text(client, edition.url(LEAD)[:-1] + ".json"))
    return {
        "page": any(name in text(client, A1) for name in (IMAGE, PDF)),
        "page json": page_json["picture"] is not None,
        "issue": THUMB in text(client, ISSUE_URL),
        "issue json": issue_json["pages"][0]["thumbnail"] is not None,
        "story": THUMB in text(client, edition.url(LEAD)),
        "story json": bool(story_json["ran_on"]),
    }


def test_a_page_with_a_withdrawn_story_shows_the_others_but_not_its_picture(
    client, edition, django_capture_on_commit_callbacks
):
    with_picture(edition.a1)
    assert all(picture_given(client, edition).values())
    withdrawn = edition.article(PARTY)
    with django_capture_on_commit_callbacks(execute=True):
        withdrawn.status = "draft"
        withdrawn.save()
    assert not any(picture_given(client, edition).values()), picture_given(client, edition)
    page = text(client, A1)
    assert PICTURE_WITHHELD in page and edition.article(LEAD).headline in page
    assert withdrawn.headline not in page
    assert json.loads(text(client, A1[:-1] + ".json"))["picture_withheld"] == PICTURE_WITHHELD
    with django_capture_on_commit_callbacks(execute=True):
        withdrawn.status = "published"
        withdrawn.save()
    assert all(picture_given(client, edition).values())
    assert PICTURE_WITHHELD not in text(client, A1)


def test_a_zone_of_a_draft_story_on_the_page_withholds_its_picture(client, edition):
    with_picture(edition.a1)
    stories = late_page_of_drafts()
    part = ArticlePart.objects.filter(article=stories[0]).first()
    Zone.objects.filter(page=edition.a1).first().delete()
    Zone.objects.create(page=edition.a1, part=part, rects=[[0.6, 0.6, 0.9, 0.9]])
    assert PICTURE_WITHHELD in text(client, A1)
    assert IMAGE not in text(client, A1)


def test_the_issues_pages_are_read_in_one_query_however_many(
    client, edition, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from articles.selectors import issue_pages

    with CaptureQueriesContext(connection) as captured:
        pages = issue_pages(edition.issue)
        assert [p.label for p in pages] == ["A1", "A2"]
        assert all(p.picture_public for p in pages)
    assert len(captured.captured_queries) == 1


STANDING_ALONE = """河畔公园新添健身步道

本报讯（记者 苏明远）河畔公园新建的两公里健身步道昨天开放，沿途设有十处休息座椅。

图片新闻

■雨后初晴的城市广场上，孩子们在放风筝。（记者 卓一凡 摄）
"""


def test_a_photo_standing_alone_on_a_page_of_drafts_is_hidden_with_its_page(
    client, edition, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        import_text(STANDING_ALONE, "A3")
    photo = Photo.objects.get(page__label="A3")
    assert photo.article_id is None and not Photo.objects.public().filter(pk=photo.pk).exists()
    assert "卓一凡" not in text(client, "/people/")
    assert client.get("/people/卓一凡/").status_code == 404
    assert "雨后初晴" not in text(client, "/search/?q=放风筝")
    story = Article.objects.get(page__label="A3")
    with django_capture_on_commit_callbacks(execute=True):
        story.status = "published"
        story.save()
    assert "卓一凡" in text(client, "/people/")
    assert "放风筝" in text(client, "/people/卓一凡/")
    assert "雨后初晴" in text(client, "/search/?q=放风筝")
