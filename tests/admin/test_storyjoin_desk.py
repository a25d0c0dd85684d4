"""合并到上一篇 and 从这里拆开 on the desk: reached from the story's form and from the page's 请先核对
warning that asks for it, a confirmation that says what will happen, then the change; posting
what the rendered page sends. Viewers never; a stale confirmation writes nothing."""

import pytest
from django.contrib.admin.models import LogEntry
from django.test import Client
from django.urls import reverse

from articles.models import Article, Page, Publication, Status
from tests.admin.conftest import form_data
from tests.admin.test_storyjoin import GLUED, JOINED, page_of, story, texts

pytestmark = pytest.mark.django_db


def merge_url(article):
    return reverse("admin:articles_article_merge", args=[article.pk])


def split_url(article):
    return reverse("admin:articles_article_split", args=[article.pk])


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def logged_in(user) -> Client:
    """A browser of its own (``editor_client`` and ``viewer_client`` share one)."""
    client = Client()
    client.force_login(user)
    return client


def test_the_story_form_offers_merge_and_split_to_editors_only(editor_client, viewer):
    page_of(GLUED)
    later = story("夜市人气在哪里")
    page = editor_client.get(change_url(later)).content.decode()
    assert f'href="{merge_url(later)}"' in page and "合并到上一篇" in page
    assert f'href="{split_url(later)}"' in page
    shown = logged_in(viewer).get(change_url(later)).content.decode()
    assert merge_url(later) not in shown and split_url(later) not in shown


def test_the_page_warning_that_asks_for_a_merge_links_to_it(editor_client, viewer):
    page = page_of(GLUED)
    later = story("夜市人气在哪里")
    address = reverse("admin:articles_page_change", args=[page.pk])
    html = editor_client.get(address).content.decode()
    assert "请把两篇合并" in html
    assert f'<a href="{merge_url(later)}" class="parser-flag-action">合并到上一篇…</a>' in html
    assert merge_url(later) not in logged_in(viewer).get(address).content.decode()


def test_the_page_warning_that_asks_for_a_split_links_to_its_paragraph(editor_client):
    page = page_of(JOINED)
    tokyo = story("东京举行防灾演习")
    html = editor_client.get(reverse("admin:articles_page_change", args=[page.pk])).content.decode()
    assert "请拆开" in html
    assert f'href="{split_url(tokyo)}?at=1"' in html


def test_merging_from_the_desk_says_what_happens_then_does_it(editor_client, editor):
    page_of(GLUED)
    earlier, later = story("西门菜场改造完成"), story("夜市人气在哪里")
    shown = editor_client.get(merge_url(later))
    html = shown.content.decode()
    assert "A3版“夜市人气在哪里”的标题（夜市人气在哪里）成为A3版“西门菜场改造完成”" in html
    assert "它的网址转到" in html
    assert Article.objects.filter(pk=later.pk).exists()  # nothing done on a GET
    data = {**form_data(shown, "merge-form"), "confirm": "确认合并"}
    assert data["title_as"] == "crosshead"
    response = editor_client.post(merge_url(later), data)
    assert response.status_code == 302 and response["Location"] == change_url(earlier)
    assert not Article.objects.filter(pk=later.pk).exists()
    assert texts(earlier)[3] == ("crosshead", "夜市人气在哪里")
    entry = LogEntry.objects.get(object_id=str(earlier.pk))
    assert entry.user == editor and "合并到上一篇" in entry.change_message


def test_viewers_may_not_merge_or_split(viewer_client):
    page_of(GLUED)
    later = story("夜市人气在哪里")
    assert viewer_client.get(merge_url(later)).status_code == 403
    assert viewer_client.post(merge_url(later), {"confirm": "1"}).status_code == 403
    assert viewer_client.post(split_url(later), {"at": "1"}).status_code == 403
    assert Article.objects.filter(pk=later.pk).exists()


def test_a_stale_merge_confirmation_changes_nothing(editor_client):
    page_of(GLUED)
    earlier, later = story("西门菜场改造完成"), story("夜市人气在哪里")
    shown = editor_client.get(merge_url(later))
    earlier.headline = "西门菜场改造完工"  # another editor, meanwhile
    earlier.save()
    response = editor_client.post(
        merge_url(later), {**form_data(shown, "merge-form"), "confirm": "确认合并"}
    )
    assert response.status_code == 200
    assert "本次什么都没有改" in response.content.decode()
    assert Article.objects.filter(pk=later.pk).exists() and len(texts(earlier)) == 3


def test_a_merge_that_cannot_be_done_says_why_and_offers_no_button(editor_client):
    page_of(GLUED)
    first = story("西门菜场改造完成")
    html = editor_client.get(merge_url(first)).content.decode()
    assert "不能合并" in html and "第一篇稿件" in html
    assert "确认合并" not in html
    response = editor_client.post(merge_url(first), {"confirm": "1"})
    assert "什么都没有改" in response.content.decode()
    assert Article.objects.count() == 3


def test_a_published_story_of_a_signoff_paper_is_not_merged_by_an_editor(editor_client):
    page_of(GLUED)
    Publication.objects.update(review_required=True)
    Article.objects.filter(headline="夜市人气在哪里").update(status=Status.PUBLISHED)
    later = story("夜市人气在哪里")
    html = editor_client.get(merge_url(later)).content.decode()
    assert "本报须经签发" in html and "确认合并" not in html


def test_splitting_from_the_desk_chooses_a_paragraph_then_asks_for_the_headline(
    editor_client, editor
):
    page_of(JOINED)
    tokyo = story("东京举行防灾演习")
    choose = editor_client.get(split_url(tokyo)).content.decode()
    assert 'href="?at=1"' in choose and 'href="?at=0"' not in choose
    shown = editor_client.get(split_url(tokyo) + "?at=1")
    html = shown.content.decode()
    assert "从第2段起的 1 段成为新稿件的正文" in html and 'name="headline"' in html
    data = {**form_data(shown, "split-form"), "headline": "演习检验地震预警系统"}
    response = editor_client.post(split_url(tokyo), {**data, "confirm": "确认拆开"})
    new = Article.objects.get(headline="演习检验地震预警系统")
    assert response.status_code == 302 and response["Location"] == change_url(new)
    assert len(texts(tokyo)) == 1 and new.status == Status.DRAFT
    assert Page.objects.get(pk=tokyo.page_id).articles.count() == 3
    entry = LogEntry.objects.get(object_id=str(tokyo.pk))
    assert entry.user == editor and "从第2段拆开" in entry.change_message


def test_a_stale_split_confirmation_changes_nothing(editor_client):
    page_of(JOINED)
    tokyo = story("东京举行防灾演习")
    shown = editor_client.get(split_url(tokyo) + "?at=1")
    tokyo.headline = "东京举行大规模防灾演习"
    tokyo.save()
    response = editor_client.post(
        split_url(tokyo), {**form_data(shown, "split-form"), "confirm": "确认拆开"}
    )
    assert "本次什么都没有改" in response.content.decode()
    assert Article.objects.count() == 2 and len(texts(tokyo)) == 2


def test_a_second_tabs_merge_confirmation_after_the_merge_says_so_and_goes_to_the_story(
    editor_client,
):
    """A reviewer confirmed the merge in one tab, then in another: a bare 404."""
    page_of(GLUED)
    earlier, later = story("西门菜场改造完成"), story("夜市人气在哪里")
    shown = editor_client.get(merge_url(later))
    data = {**form_data(shown, "merge-form"), "confirm": "确认合并"}
    assert editor_client.post(merge_url(later), data).status_code == 302
    again = editor_client.post(merge_url(later), data, follow=True)
    assert again.redirect_chain == [(change_url(earlier), 302)]
    assert "这篇稿件已经合并到“西门菜场改造完成”了" in again.content.decode()
    assert len(texts(earlier)) > 3
