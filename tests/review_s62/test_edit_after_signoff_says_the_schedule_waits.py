"""An editor's save that sends a signed-off story back to 待审 says that its issue's scheduled
publication will not happen until it is signed off again; the form says so before saving.

A fresh reviewer's chief editor signed off every story of an issue on a 发布须经签发 paper and set
定时发布; an editor then changed a signed-off story and saved: only ``已改回“待审”`` was said, and
at the set time the scheduled publication failed (a story not signed off refuses it: README,
Sign-off and scheduled publishing). The story spreadsheet's preview already said so; now the
story form (before and after saving) and the part form do too (``articles.signoff``)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, ArticlePart, Issue, Publication, Status
from articles.scheduling import issue_schedule
from articles.signoff import stories_sign_off
from tests.admin.conftest import form_data
from tests.factories import import_text

pytestmark = pytest.mark.django_db

STORY = "社区食堂开到家门口\n\n本报讯（记者 吴一帆）今年以来，我市新建社区食堂二十六家。\n"


@pytest.fixture
def scheduled(chief):
    import_text(STORY, "A2", paper="澜江晚报", slug="lanjiang")
    Publication.objects.update(review_required=True)
    stories_sign_off(articles=Article.objects.all(), user=chief)
    at = timezone.now() + timedelta(hours=3)
    issue_schedule(issue=Issue.objects.get(), at=at, user=chief)
    return Article.objects.get(), timezone.localtime(at).strftime("%Y-%m-%d %H:%M")


def said(response) -> str:
    return " ".join(str(m) for m in response.wsgi_request._messages)


def test_the_save_says_the_scheduled_publication_waits_for_a_new_sign_off(editor_client, scheduled):
    story, at = scheduled
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(editor_client.get(url))
    done = editor_client.post(url, {**data, "headline": "社区食堂开到了家门口", "_save": "1"})
    assert done.status_code == 302
    assert "已改回“待审”" in said(done)
    assert f"本期定于 {at} 的定时发布要等它重新签发" in said(done)
    assert "定时发布会被拒绝并取消" in said(done)


def test_the_part_forms_save_says_it_too(editor_client, scheduled):
    story, at = scheduled
    part = ArticlePart.objects.get(article=story)
    url = reverse("admin:articles_articlepart_change", args=[part.pk])
    data = form_data(editor_client.get(url))
    body = data["blocks"] + "\n补充一句。"
    done = editor_client.post(url, {**data, "blocks": body, "_save": "1"})
    assert done.status_code == 302, done.content.decode()[:2000]
    assert f"本期定于 {at} 的定时发布要等它重新签发" in said(done)


def test_the_form_says_so_before_saving(editor_client, chief_client, scheduled):
    story, at = scheduled
    url = reverse("admin:articles_article_change", args=[story.pk])
    page = editor_client.get(url).content.decode()
    note = re.search(r'<p class="errornote schedule-note" id="schedule-note">(.*?)</p>', page)
    assert note and f"本期定于 {at} 定时发布" in note.group(1) and "改回“待审”" in note.group(1)
    assert 'id="schedule-note"' not in chief_client.get(url).content.decode()


def test_a_story_not_signed_off_has_no_note(editor_client, scheduled):
    story, _ = scheduled
    Article.objects.update(status=Status.REVIEW)
    url = reverse("admin:articles_article_change", args=[story.pk])
    assert 'id="schedule-note"' not in editor_client.get(url).content.decode()
