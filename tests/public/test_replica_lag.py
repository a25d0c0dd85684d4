"""A read replica that lags never makes a stale page current (issue 12, fault 3).

The ``lagging_replica`` database (newsroom/settings/test.py) is a separate database that these
tests fill by hand with what the primary held a moment ago (:func:`catch_up`), so the replica can
be made to lag and then catch up at will, on SQLite and on PostgreSQL alike.
"""

from __future__ import annotations

import threading

import pytest
from django.apps import apps
from django.db import connection, connections, transaction
from django.test.utils import CaptureQueriesContext

from articles.models import Article, Issue
from tests.public.conftest import LEAD, PARTY

REPLICA = "lagging_replica"
PAGE = "/nantong-daily/2020-07-09/A1/"

pytestmark = pytest.mark.django_db(databases=["default", REPLICA])


def catch_up() -> None:
    """The replica applies everything the primary has committed: afterwards it holds exactly the
    primary's rows of every table the public site reads."""
    models = [
        model
        for label in ("articles", "search")
        for model in apps.get_app_config(label).get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    ]
    replica = connections[REPLICA]
    with replica.cursor() as cursor:  # foreign keys are deferred: any order will do
        for model in models:
            cursor.execute(f"DELETE FROM {replica.ops.quote_name(model._meta.db_table)}")
    for model in models:
        rows = list(model._base_manager.using("default").all())
        model._base_manager.using(REPLICA).bulk_create(rows)


@pytest.fixture
def lagging(edition, settings):
    """The published seed edition on the primary and on the replica, which public pages read."""
    catch_up()
    settings.NEWSROOM_REPLICA_ALIAS = REPLICA
    return edition


def unpublish(article: Article, capture) -> None:
    """What the desk does: a save on the primary, committed (the replica has not seen it yet)."""
    with capture(execute=True):
        article.status = "draft"
        article.save()


def test_an_unpublished_story_is_gone_once_the_lagging_replica_catches_up(
    client, lagging, django_capture_on_commit_callbacks
):
    story = lagging.article(PARTY)
    url = story.get_absolute_url()
    assert client.get(url).status_code == 200
    unpublish(story, django_capture_on_commit_callbacks)
    assert Article.objects.using(REPLICA).get(pk=story.pk).status == "published"  # it lags
    client.get(url)  # a reader asks while the replica still shows the story
    catch_up()
    assert client.get(url).status_code == 404


def test_while_the_replica_lags_readers_are_served_from_the_primary(
    client, lagging, django_capture_on_commit_callbacks
):
    story = lagging.article(PARTY)
    unpublish(story, django_capture_on_commit_callbacks)
    assert client.get(story.get_absolute_url()).status_code == 404


def test_a_page_listing_an_unpublished_story_is_not_kept_under_the_new_version(
    client, lagging, django_capture_on_commit_callbacks
):
    story = lagging.article(LEAD)
    unpublish(story, django_capture_on_commit_callbacks)
    during = client.get(PAGE)
    catch_up()
    after = client.get(PAGE, HTTP_IF_NONE_MATCH=during["ETag"])
    # A 304 tells the reader that the copy it holds (``during``) is the current page.
    shown = during if after.status_code == 304 else after
    assert shown.status_code == 200
    assert story.get_absolute_url() not in shown.content.decode()


def test_a_replica_that_has_caught_up_serves_the_public_pages(
    client, lagging, django_capture_on_commit_callbacks
):
    unpublish(lagging.article(PARTY), django_capture_on_commit_callbacks)
    catch_up()
    with (
        CaptureQueriesContext(connections[REPLICA]) as replica,
        CaptureQueriesContext(connections["default"]) as primary,
    ):
        assert client.get(PAGE).status_code == 200
    assert len(replica.captured_queries) > 1
    # The primary answers one question only: how many content changes it has committed.
    assert [q["sql"] for q in primary.captured_queries] == [
        q["sql"] for q in primary.captured_queries if "articles_contentchangecounter" in q["sql"]
    ]
    assert len(primary.captured_queries) == 1


def test_each_transaction_that_changes_content_counts_once(edition):
    from articles.caching import committed_changes

    before = committed_changes("default")
    with transaction.atomic():
        for article in Article.objects.all():
            article.headline += "（改）"
            article.save()
    assert committed_changes("default") == before + 1


def test_a_bulk_publish_counts_as_a_change(draft_edition):
    from articles.caching import committed_changes
    from articles.publishing import issue_publish

    before = committed_changes("default")
    issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    assert committed_changes("default") > before


def test_a_rolled_back_change_counts_nothing(edition):
    from articles.caching import committed_changes

    before = committed_changes("default")
    with pytest.raises(RuntimeError), transaction.atomic():
        edition.article(PARTY).save()
        raise RuntimeError("the editor's save failed")
    assert committed_changes("default") == before


@pytest.mark.django_db(transaction=True)
def test_concurrent_content_transactions_do_not_queue_on_the_count():
    from articles.caching import committed_changes
    from articles.changecount import count_change

    if connection.vendor != "postgresql":
        pytest.skip("SQLite runs one writing transaction at a time")
    errors: list[Exception] = []

    def another_editor() -> None:
        try:
            with transaction.atomic():
                with connection.cursor() as cursor:  # waiting on our slot would end in an error
                    cursor.execute("SET LOCAL lock_timeout = '10s'")
                count_change()
        except Exception as exc:  # the test reports whatever went wrong
            errors.append(exc)
        finally:
            connection.close()

    with transaction.atomic():
        count_change()  # this transaction holds its slot until it commits
        editor = threading.Thread(target=another_editor)
        editor.start()
        editor.join()
    assert errors == []
    assert committed_changes("default") == 2
