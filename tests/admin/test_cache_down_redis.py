"""A real Redis stopped under the site, then started again from its saved copy (its old pages
and tag versions back): pages and desk saves work while it is down, and no old page is served
once it is back. Skipped without Debian's ``redis-server``."""

import shutil
import socket
import subprocess
import time

import pytest
from django.urls import reverse

from articles import cachehealth
from articles.models import Article, Issue
from articles.publishing import issue_publish
from search.models import SearchEntry
from tests.admin.conftest import form_data

BINARY = shutil.which("redis-server")
pytestmark = [
    pytest.mark.skipif(BINARY is None, reason="needs redis-server"),
    pytest.mark.django_db(transaction=True),  # saves commit inside their requests, as deployed
]


class Redis:
    """A throwaway redis-server in ``folder`` that keeps its data on disk across a restart."""

    def __init__(self, folder) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.folder, self.process = folder, None

    def start(self) -> None:
        args = ["--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.folder)]
        self.process = subprocess.Popen([BINARY, *args, "--save", ""], stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self) -> None:
        """Stop it, its data saved to disk (``SHUTDOWN SAVE``), as a Redis with persistence."""
        subprocess.run(["redis-cli", "-p", str(self.port), "shutdown", "save"], check=False)
        self.process.wait(10)


@pytest.fixture
def redis(tmp_path, settings, monkeypatch):
    server = Redis(tmp_path)
    server.start()
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{server.port}/0",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    settings.NEWSROOM_CACHE_RETRY_SECONDS = 0
    settings.NEWSROOM_CACHE_CHECK_SECONDS = 1.0
    monkeypatch.setattr(cachehealth, "health", cachehealth._Health())
    monkeypatch.setattr(cachehealth, "_trust", cachehealth._Trust())
    yield server
    if server.process.poll() is None:
        server.process.terminate()
        server.process.wait(10)


def test_redis_stopped_then_back_with_its_old_pages(redis, seed, editor_client, client):
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    story = Article.objects.order_by("pk").first()
    url, old = story.get_absolute_url(), story.headline
    client.get(url)
    assert client.get(url)["X-Cache"] == "hit"

    redis.stop()
    for address in ("/", url, "/search/?q=南通", "/feed.xml"):
        assert client.get(address).status_code == 200, address
    change = reverse("admin:articles_article_change", args=[story.pk])
    data = {**form_data(editor_client.get(change)), "headline": "停了缓存改的标题", "_save": "1"}
    response = editor_client.post(change, data, follow=True)
    assert response.status_code == 200 and "缓存服务（Redis）连不上" in response.content.decode()
    assert "停了缓存改的标题" in SearchEntry.objects.get(article=story).title

    redis.start()  # its old entries are back: the old page, its old tag versions
    page = client.get(url).content.decode()
    assert "停了缓存改的标题" in page and old not in page
    assert client.get(url)["X-Cache"] == "hit"
