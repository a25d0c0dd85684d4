"""Edit locks: opening a story's form shows the other editors who have it open (“张三 正在编辑
（自 21:05）”), refreshed by each opening, ended by a save, expired after
NEWSROOM_EDIT_LOCK_MINUTES; a viewer's look is no lock. Nothing is refused because of a lock."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, EditLock
from tests.admin.conftest import form_data, staff

pytestmark = pytest.mark.django_db

OPENED = datetime(2020, 7, 9, 21, 5, tzinfo=ZoneInfo("Asia/Shanghai"))


@pytest.fixture
def clock(monkeypatch):
    now = {"at": OPENED}
    monkeypatch.setattr(timezone, "now", lambda: now["at"])
    return now


@pytest.fixture
def zhang(groups, client):
    user = staff("zhangsan", groups[0])
    user.last_name, user.first_name = "张", "三"
    user.save()
    return user


def test_another_editor_sees_who_has_the_form_open(seed, zhang, chief_client, client, clock):
    story = Article.objects.first()
    url = reverse("admin:articles_article_change", args=[story.pk])
    client.force_login(zhang)
    assert 'id="edit-locks"' not in client.get(url).content.decode()  # nobody else
    clock["at"] = OPENED + timedelta(minutes=3)
    html = chief_client.get(url).content.decode()
    assert "张三 正在编辑（自 21:05）" in html
    lock = EditLock.objects.get(user=zhang)
    assert lock.since == OPENED and lock.seen_at == OPENED

    clock["at"] = OPENED + timedelta(minutes=10)
    client.get(url)  # still open: refreshed, since kept
    lock.refresh_from_db()
    assert lock.since == OPENED and lock.seen_at == clock["at"]
    assert "desk-chief 正在编辑（自 21:08）" in client.get(url).content.decode()


def test_a_save_ends_the_lock(seed, zhang, chief_client, client, clock):
    story = Article.objects.first()
    url = reverse("admin:articles_article_change", args=[story.pk])
    client.force_login(zhang)
    response = client.post(url, {**form_data(client.get(url)), "headline": "新", "_save": "1"})
    assert response.status_code == 302
    assert not EditLock.objects.filter(user=zhang).exists()
    assert "正在编辑" not in chief_client.get(url).content.decode()


def test_a_lock_expires(seed, zhang, chief_client, client, clock, settings):
    settings.NEWSROOM_EDIT_LOCK_MINUTES = 15
    story = Article.objects.first()
    url = reverse("admin:articles_article_change", args=[story.pk])
    client.force_login(zhang)
    client.get(url)
    clock["at"] = OPENED + timedelta(minutes=15)
    assert "张三 正在编辑" in chief_client.get(url).content.decode()
    clock["at"] = OPENED + timedelta(minutes=15, seconds=1)
    assert "张三 正在编辑" not in chief_client.get(url).content.decode()
    client.get(url)  # opened again later: a new lock, since now
    assert EditLock.objects.get(user=zhang).since == clock["at"]


def test_a_viewer_looking_takes_no_lock(seed, viewer_client, viewer, clock):
    story = Article.objects.first()
    viewer_client.get(reverse("admin:articles_article_change", args=[story.pk]))
    assert not EditLock.objects.exists()


def test_a_lock_informs_and_never_refuses(seed, zhang, chief_client, client, clock):
    story = Article.objects.first()
    url = reverse("admin:articles_article_change", args=[story.pk])
    client.force_login(zhang)
    client.get(url)
    data = form_data(chief_client.get(url))
    chief_client.post(url, {**data, "headline": "总编辑改的标题", "_save": "1"})
    story.refresh_from_db()
    assert story.headline == "总编辑改的标题"
