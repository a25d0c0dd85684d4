"""HTTP caching: ETags and 304s, a server-side page cache keyed on the content version, and an
edit that shows at once (no restart, no purge)."""

from __future__ import annotations

import pytest

from articles.caching import content_version
from articles.models import Issue
from tests.factories import import_text
from tests.public.conftest import A2_TEXT, DAY, ISSUE_URL, LEAD, PAPER, PARTY, publish_everything

PAGE = f"/{PAPER}/{DAY}/A1/"


@pytest.mark.parametrize(
    "url",
    [
        "/",
        ISSUE_URL,
        PAGE,
        f"/{PAPER}/{DAY}.json",
        f"/{PAPER}/2020/07/",
        f"/{PAPER}/feed.xml",
        "/sitemap.xml",
        "/news-sitemap.xml",
        "/people/",
    ],
)
def test_public_responses_carry_an_etag_and_revalidate(client, edition, url):
    first = client.get(url)
    assert first.status_code == 200
    etag = first["ETag"]
    assert etag.startswith('"') and etag.endswith('"')
    assert "no-cache" in first["Cache-Control"] and "public" in first["Cache-Control"]
    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again["ETag"] == etag
    assert again.content == b""


def test_a_cached_page_costs_no_query(client, edition, django_assert_num_queries):
    url = edition.url(PARTY)
    first = client.get(url)
    assert first["X-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get(url)
        not_modified = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert second["X-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert not_modified.status_code == 304


def test_without_a_replica_a_rendered_page_costs_no_extra_query(client, edition):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = edition.url(PARTY)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url)["X-Cache"] == "miss"
    # the replica's lag is only checked when a replica is configured (articles/caching.py)
    assert not [q for q in captured.captured_queries if "contentchangecounter" in q["sql"]]


def test_an_edit_shows_at_once(client, edition, django_capture_on_commit_callbacks):
    article = edition.article(LEAD)
    before = client.get(article.get_absolute_url())
    page_before = client.get(PAGE)
    assert client.get(PAGE)["X-Cache"] == "hit"
    version = content_version()
    with django_capture_on_commit_callbacks(execute=True):
        article.headline = "编辑改过的主题"
        article.save()  # what the admin does; the post_save signal bumps the content version
    assert content_version() != version
    after = client.get(article.get_absolute_url())
    assert after["X-Cache"] == "miss"
    assert "编辑改过的主题" in after.content.decode()
    assert after["ETag"] != before["ETag"]
    # the old ETag no longer matches: the reader gets the new page, not a 304
    assert (
        client.get(article.get_absolute_url(), HTTP_IF_NONE_MATCH=before["ETag"]).status_code == 200
    )
    page_after = client.get(PAGE)
    assert "编辑改过的主题" in page_after.content.decode()
    assert page_after["ETag"] != page_before["ETag"]


def test_publishing_shows_at_once(client, draft_edition):
    assert client.get(ISSUE_URL).status_code == 404
    publish_everything()  # the publish service bumps the version
    assert client.get(ISSUE_URL).status_code == 200


def test_an_import_shows_at_once(client, db, django_capture_on_commit_callbacks):
    from tests.factories import import_seed

    with django_capture_on_commit_callbacks(execute=True):
        import_seed()
    publish_everything()
    assert client.get(f"/{PAPER}/{DAY}/A2/").status_code == 404
    assert client.get(ISSUE_URL)["X-Cache"] == "miss"
    assert client.get(ISSUE_URL)["X-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        import_text(A2_TEXT, "A2")  # the import service bumps the version when it commits
    response = client.get(ISSUE_URL)
    assert response["X-Cache"] == "miss"
    assert f"/{PAPER}/{DAY}/A2/" in response.content.decode()


def test_unpublishing_hides_at_once(client, edition, django_capture_on_commit_callbacks):
    assert client.get(ISSUE_URL).status_code == 200
    issue = Issue.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        issue.status = "draft"
        issue.save()
    assert client.get(ISSUE_URL).status_code == 404
    assert client.get(edition.url(PARTY)).status_code == 404


def test_unknown_query_parameters_share_the_cached_page(client, edition):
    client.get(ISSUE_URL)
    tracked = client.get(ISSUE_URL + "?utm_source=wechat")
    assert tracked["X-Cache"] == "hit"


def test_pagination_is_part_of_the_key(client, edition):
    first = client.get("/people/%E9%87%91%E5%B8%85/")
    assert first.status_code == 200
    assert client.get("/people/%E9%87%91%E5%B8%85/?page=2").status_code == 404


def test_errors_and_redirects_are_not_cached(client, edition):
    assert client.get(f"/{PAPER}/2020-07-10/").status_code == 404
    assert "ETag" not in client.get(f"/{PAPER}/2020-07-10/")
    assert "ETag" not in client.get(f"/{PAPER}/{DAY}/a1/")


def test_the_server_cache_can_be_turned_off(client, edition, settings):
    settings.NEWSROOM_PUBLIC_CACHE_SECONDS = 0
    client.get(ISSUE_URL)
    second = client.get(ISSUE_URL)
    assert second["X-Cache"] == "miss"
    assert client.get(ISSUE_URL, HTTP_IF_NONE_MATCH=second["ETag"]).status_code == 304


def test_a_browser_max_age_can_be_set(client, edition, settings):
    settings.NEWSROOM_PUBLIC_MAX_AGE = 60
    assert "max-age=60" in client.get(ISSUE_URL)["Cache-Control"]
