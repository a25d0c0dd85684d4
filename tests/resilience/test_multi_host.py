"""Several processes (on several hosts) share one cache and may read from a replica."""

import shutil
import socket
import subprocess
import time

import pytest
from django.db import connections
from django.test.utils import CaptureQueriesContext

from articles.models import Article, Issue
from tests.factories import import_seed
from tests.resilience.conftest import ROOT, manage


@pytest.fixture
def redis_url(tmp_path):
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("Debian's redis-server is not installed (apt-get install redis-server)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp_path),
        ],
        stdout=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    server.terminate()
    server.wait(10)


def in_process(url, redis, code):
    """Run ``code`` in a separate Django process (as another gunicorn host would) and return its
    last output line."""
    out = manage(url, "shell", "--no-imports", "-c", code, redis=redis).stdout
    return out.strip().splitlines()[-1]


@pytest.mark.django_db
def test_two_processes_share_the_redis_cache_and_publishing_invalidates_it(
    scratch_database, redis_url
):
    read_version = "from articles.caching import content_version; print(content_version())"
    in_process(
        scratch_database,
        redis_url,
        "from django.core.cache import cache; cache.set('probe', 'from-A', 60); print('ok')",
    )
    assert (
        in_process(
            scratch_database,
            redis_url,
            "from django.core.cache import cache; print(cache.get('probe'))",
        )
        == "from-A"
    )

    manage(scratch_database, "import_pages", str(ROOT / "seeds"), redis=redis_url)
    get_issue = (
        "from django.test import Client; "
        "print(Client(HTTP_HOST='localhost').get('/nantong-daily/2020-07-09/').status_code)"
    )
    before = in_process(scratch_database, redis_url, read_version)
    assert in_process(scratch_database, redis_url, get_issue) == "404"  # a draft is not public
    manage(
        scratch_database,
        "publish_issue",
        "--paper",
        "nantong-daily",
        "--date",
        "2020-07-09",
        "--acknowledge-broken",
        redis=redis_url,
    )
    assert in_process(scratch_database, redis_url, read_version) != before
    assert in_process(scratch_database, redis_url, get_issue) == "200"  # no stale 404 anywhere


@pytest.mark.django_db(transaction=True, databases=["default", "replica"])
def test_public_pages_read_from_the_replica_and_the_admin_from_the_primary(client, settings):
    settings.NEWSROOM_REPLICA_ALIAS = "replica"
    import_seed()
    Issue.objects.update(status="published")
    Article.objects.update(status="published")
    article = Article.objects.select_related("issue__publication").first()
    with (
        CaptureQueriesContext(connections["replica"]) as replica,
        CaptureQueriesContext(connections["default"]) as primary,
    ):
        assert client.get(article.get_absolute_url()).status_code == 200
    assert len(replica.captured_queries) > 0
    # The primary is only asked how many content changes it has committed (to know the replica
    # is not behind, see articles/caching.py); the page itself comes from the replica.
    assert [
        q["sql"]
        for q in primary.captured_queries
        if q["sql"].lstrip().upper().startswith("SELECT")
        and "articles_contentchangecounter" not in q["sql"]
    ] == []

    from django.contrib.auth.models import User

    User.objects.create_superuser("chief", "chief@example.org", "pw")
    client.login(username="chief", password="pw")
    with CaptureQueriesContext(connections["replica"]) as replica:
        assert client.get("/admin/articles/article/").status_code == 200
    assert replica.captured_queries == []
