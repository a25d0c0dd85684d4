"""A story deleted by any path leaves its reporters' pages (cache tag ``w<person>``): the
story's bylines go before its own delete signal, so they say whose lists changed. On the file
cache (the default without Redis) and on Redis."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.cache import cache

from articles.models import Article, Person
from articles.public import person_url
from tests.factories import import_text
from tests.public.conftest import publish_everything, synthetic_page
from tests.public.test_scoped_caching import redis_server  # noqa: F401 (a fixture)

DAY = date(2021, 3, 4)
# Story 1 by 钱七, story 2 by 李四 (synthetic_page's second name).
TWO_STORIES = synthetic_page("A1", "要闻", 2, 0, by="钱七")
ONE_STORY = synthetic_page("A1", "要闻", 1, 0, by="钱七")


@pytest.fixture(params=["file", "redis"], autouse=True)
def backend(request, settings, tmp_path):
    """Every test on the file cache and on Redis shared by hosts."""
    if request.param == "redis":
        location = request.getfixturevalue("redis_server")
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": location,
                "KEY_PREFIX": "deleted-story-test",
            }
        }
    else:
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                "LOCATION": str(tmp_path / "cache"),
            }
        }
    cache.clear()
    yield request.param
    cache.clear()


@pytest.fixture
def reporter_page(db, client):
    """The two stories imported and published; 李四's page cached, listing his story."""
    import_text(TWO_STORIES, "A1", when=DAY)
    publish_everything()
    story = Article.objects.get(bylines__person__name="李四")
    url = person_url("李四")
    assert story.title in client.get(url).content.decode()
    assert client.get(url)["X-Cache"] == "hit"
    return url, story


def listed(client, url: str, story: Article) -> bool:
    response = client.get(url)
    return response.status_code == 200 and story.title in response.content.decode()


def test_a_story_a_reimport_deletes_leaves_its_reporters_page(
    client, reporter_page, django_capture_on_commit_callbacks
):
    url, story = reporter_page
    with django_capture_on_commit_callbacks(execute=True):
        import_text(ONE_STORY, "A1", when=DAY, overwrite_edited=True)
    assert not Article.objects.filter(pk=story.pk).exists()
    assert not listed(client, url, story)


def test_a_story_deleted_in_the_admin_leaves_its_reporters_page(
    client, reporter_page, django_capture_on_commit_callbacks
):
    url, story = reporter_page
    with django_capture_on_commit_callbacks(execute=True):
        story.delete()
    assert not listed(client, url, story)


def test_a_bulk_delete_of_stories_leaves_their_reporters_pages(
    client, reporter_page, django_capture_on_commit_callbacks
):
    url, story = reporter_page
    with django_capture_on_commit_callbacks(execute=True):
        Article.objects.filter(pk=story.pk).delete()
    assert not listed(client, url, story)
    assert Person.objects.filter(name="李四").exists()


def test_a_reimport_that_deletes_a_story_bumps_its_reporters_list_by_name(
    reporter_page, monkeypatch, django_capture_on_commit_callbacks
):
    """Not only through ``photos`` (which the people pages also read, and every import
    bumps): the reporter's own list, so the page stays right if that changes."""
    from articles import caching, changes

    _, story = reporter_page
    person = Person.objects.get(name="李四")
    bumped: set[str] = set()
    real = changes.bump_content_version

    def spy(tags=None, **kwargs):
        bumped.update(tags or ())
        return real(tags, **kwargs)

    monkeypatch.setattr(changes, "bump_content_version", spy)
    with django_capture_on_commit_callbacks(execute=True):
        import_text(ONE_STORY, "A1", when=DAY, overwrite_edited=True)
    assert not Article.objects.filter(pk=story.pk).exists()
    assert caching.works(person.pk) in bumped
