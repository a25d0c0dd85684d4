"""The site when its shared cache (Redis) is down: public pages are rendered from the database,
desk saves, imports and publishing complete (search index included) and say so once, and a
cache that comes back with its old entries never serves a page an edit made stale."""

import logging
import sqlite3
import time
from io import StringIO

import pytest
import redis.exceptions
from django.core.cache.backends.locmem import LocMemCache
from django.core.management import call_command
from django.urls import reverse

from articles import cachehealth
from articles.models import Article, Issue
from articles.publishing import issue_publish
from search.models import SearchEntry
from tests.admin.conftest import form_data

pytestmark = pytest.mark.django_db

ERRORS = {
    "redis": redis.exceptions.ConnectionError("Error 111 connecting to localhost:6379."),
    "file cache": PermissionError(13, "Permission denied"),
    "one-host cache": sqlite3.OperationalError("disk I/O error"),
}


def _failing(name: str):
    def call(self, *args, **kwargs):
        if FlakyCache.error is not None:
            raise FlakyCache.error
        return getattr(LocMemCache, name)(self, *args, **kwargs)

    return call


class FlakyCache(LocMemCache):
    """The test cache, which raises :attr:`error` on every call while it is set, and keeps what
    it held (a Redis restarted from its saved copy, or back after a network blip)."""

    error: BaseException | None = None
    get, get_many, set, add, delete = map(_failing, ("get", "get_many", "set", "add", "delete"))


@pytest.fixture
def flaky(settings, monkeypatch):
    settings.CACHES = {"default": {"BACKEND": f"{__name__}.FlakyCache", "LOCATION": "flaky"}}
    settings.NEWSROOM_CACHE_RETRY_SECONDS = 0  # back as soon as the cache is
    settings.NEWSROOM_CACHE_CHECK_SECONDS = 1.0  # production's
    monkeypatch.setattr(cachehealth, "health", cachehealth._Health())
    monkeypatch.setattr(cachehealth, "_trust", cachehealth._Trust())
    FlakyCache.error = None
    yield FlakyCache
    FlakyCache.error = None
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def published(seed, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    return Article.objects.order_by("pk").first()


def edit_headline(client, story, headline, capture=None):
    """Change the story's 主题 on the desk and press 保存 (``capture``: run the commit's hooks
    after the request, in a test whose transaction never commits)."""
    url = reverse("admin:articles_article_change", args=[story.pk])
    data = form_data(client.get(url))
    if capture is None:
        return client.post(url, {**data, "headline": headline, "_save": "1"}, follow=True)
    with capture(execute=True):
        return client.post(url, {**data, "headline": headline, "_save": "1"}, follow=True)


@pytest.mark.parametrize("error", ERRORS.values(), ids=ERRORS.keys())
def test_public_pages_are_rendered_from_the_database_while_the_cache_fails(
    flaky, published, client, error
):
    flaky.error = error
    for url in ("/", published.get_absolute_url(), "/search/?q=南通", "/feed.xml"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.get("X-Cache", "miss") == "miss"
    assert client.get(published.get_absolute_url()).get("X-Cache", "miss") == "miss"


@pytest.mark.django_db(transaction=True)  # the save commits inside the request, as deployed
@pytest.mark.parametrize("error", ERRORS.values(), ids=ERRORS.keys())
def test_a_desk_edit_while_the_cache_fails_saves_indexes_and_says_so_once(
    flaky, published, editor_client, error, caplog
):
    flaky.error = error
    with caplog.at_level(logging.WARNING, logger="articles.cachehealth"):
        response = edit_headline(editor_client, published, "缓存停了照样改好的标题")
    assert response.status_code == 200
    page = response.content.decode()
    assert "缓存服务（Redis）连不上" in page and page.count("缓存服务") == 1
    published.refresh_from_db()
    assert published.headline == "缓存停了照样改好的标题"
    assert "缓存停了照样改好的标题" in SearchEntry.objects.get(article=published).title
    assert [r.levelno for r in caplog.records] == [logging.WARNING]
    assert "缓存服务（Redis）连不上" in caplog.records[0].getMessage()


def test_import_and_publish_commands_finish_with_one_warning_while_the_cache_fails(
    flaky, tmp_path, caplog, django_capture_on_commit_callbacks
):
    flaky.error = ERRORS["redis"]
    (tmp_path / "1.txt").write_text(
        "第1版\n\n缓存停了照样导入\n\n本报讯 这一版在缓存停的时候导入。\n", encoding="utf-8"
    )
    flags = ("--paper", "清溪日报", "--date", "2024-03-05")
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        call_command("import_pages", str(tmp_path), *flags, "--workers", "0", stdout=StringIO())
        call_command("publish_issue", *flags, "--acknowledge-broken", stdout=StringIO())
    issue = Issue.objects.get()
    assert issue.pages.count() == 1 and issue.status == "published"
    warnings = [r for r in caplog.records if r.name == "articles.cachehealth"]
    assert len(warnings) == 1 and "内容照常保存" in warnings[0].getMessage()


def test_a_cache_back_with_its_old_pages_never_serves_an_edit_stale(
    flaky, published, editor_client, client, django_capture_on_commit_callbacks
):
    url = published.get_absolute_url()
    old = published.headline
    client.get(url)
    assert client.get(url)["X-Cache"] == "hit"
    flaky.error = ERRORS["redis"]
    edit_headline(
        editor_client, published, "缓存回来也不显示旧标题", django_capture_on_commit_callbacks
    )
    flaky.error = None  # back, with every page it held
    page = client.get(url).content.decode()
    assert "缓存回来也不显示旧标题" in page and old not in page
    assert client.get(url)["X-Cache"] == "hit"  # and caching again


def test_a_worker_that_did_not_see_the_failure_learns_of_it_from_the_database(
    flaky, published, editor_client, client, django_capture_on_commit_callbacks
):
    """A network blip that lost only the editor's invalidation: another worker, whose cache
    never failed, stops serving the old page once its check is due (1 s)."""
    url = published.get_absolute_url()
    client.get(url)
    assert client.get(url)["X-Cache"] == "hit"
    flaky.error = ERRORS["redis"]
    edit_headline(
        editor_client, published, "另一个进程也看到的新标题", django_capture_on_commit_callbacks
    )
    flaky.error = None
    # Another worker: no failure seen, its last check less than a second ago …
    cachehealth._trust.failures_seen = cachehealth.health.failures
    cachehealth._trust.checked_at = time.monotonic() - 1.5  # … until a second has passed
    assert "另一个进程也看到的新标题" in client.get(url).content.decode()
