"""Scoped invalidation (issue 18): an edit to a story renders again the pages that show it and
leaves every other cached page cached, in one process's memory (locmem), on one host as deployed
without Redis (disk: tests/caching) and across hosts (Redis)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from datetime import date

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory

from articles import caching
from articles.httpcache import public_cache
from articles.models import Article, ArticlePart, Issue
from articles.public import person_url, section_url
from articles.publishing import issue_publish, issue_unpublish
from tests.caching import deployed_one_host_cache
from tests.factories import import_seed, import_text
from tests.public.conftest import (
    A2_TEXT,
    DAY,
    ISSUE_URL,
    LEAD,
    PAPER,
    PARTY,
    publish_everything,
    synthetic_page,
)

NEXT_DAY = date(2020, 7, 10)
NEXT_ISSUE_URL = f"/{PAPER}/{NEXT_DAY}/"
MONTH_URL = f"/{PAPER}/2020/07/"


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("Debian's redis-server is not installed (apt-get install redis-server)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        cwd=tmp_path_factory.mktemp("redis"),
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


@pytest.fixture(params=["locmem", "disk", "redis"], autouse=True)
def backend(request, settings):
    """Every test runs on one process's memory cache, on the one-host cache as deployed (SQLite
    files in a temp folder) and on Redis shared by hosts."""
    if request.param == "disk":
        folder = request.getfixturevalue("tmp_path") / "cache"
        settings.CACHES = {"default": deployed_one_host_cache(folder)}
    if request.param == "redis":
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": request.getfixturevalue("redis_server"),
                "KEY_PREFIX": "scoped-test",
            }
        }
    cache.clear()
    yield request.param
    cache.clear()


def next_day_edition() -> Article:
    """A second published issue (the next day) with one story, which shows nothing of the seed."""
    import_text(synthetic_page("A1", "要闻", 1, 0, by="金帅"), "A1", when=NEXT_DAY)
    publish_everything()
    return Article.objects.get(issue__date=NEXT_DAY)


def pages_of(article: Article) -> list[str]:
    return [part.page.get_absolute_url() for part in article.parts.select_related("page__issue")]


def warm(client, urls) -> None:
    for url in urls:
        assert client.get(url).status_code == 200, url
        assert client.get(url)["X-Cache"] == "hit", url


def assert_as_rendered_now(client, settings, urls) -> None:
    """What the cache serves for ``urls`` is what a render from scratch shows now."""
    served = {url: client.get(url).content for url in urls}
    settings.NEWSROOM_PUBLIC_CACHE_SECONDS = settings.NEWSROOM_KEPT_SECONDS = 0  # from scratch
    rendered = {url: client.get(url).content for url in urls}
    settings.NEWSROOM_PUBLIC_CACHE_SECONDS = settings.NEWSROOM_KEPT_SECONDS = 3600
    assert [url for url in urls if served[url] != rendered[url]] == []


def states(client, urls) -> dict[str, str]:
    return {url: client.get(url)["X-Cache"] for url in urls}


def test_an_edit_refreshes_every_page_with_the_story_and_no_other(
    client, edition, settings, django_capture_on_commit_callbacks
):
    other = next_day_edition()
    story = edition.article(LEAD)
    showing = [
        story.get_absolute_url(),
        *pages_of(story),
        ISSUE_URL,
        *{
            section_url(part.page.issue.publication, part.page.section)
            for part in story.parts.select_related("page__issue__publication")
            if part.page.section
        },
        *(person_url(b.person.name) for b in story.bylines.all()),
        f"/{PAPER}/feed.xml",
        "/sitemap.xml",
        "/people/",
    ]
    # the next day's issue is the latest ("/"); the list of sections names no story
    not_showing = [other.get_absolute_url(), NEXT_ISSUE_URL, "/", MONTH_URL, f"/{PAPER}/sections/"]
    warm(client, showing + not_showing)
    with django_capture_on_commit_callbacks(execute=True):
        story.headline = "编辑改过的主题"
        story.save()  # what the admin does
    assert states(client, showing) == dict.fromkeys(showing, "miss")
    assert states(client, not_showing) == dict.fromkeys(not_showing, "hit")
    for url in [story.get_absolute_url(), *pages_of(story), ISSUE_URL]:
        assert "编辑改过的主题" in client.get(url).content.decode(), url
    stories = [a.get_absolute_url() for a in Article.objects.filter(issue=edition.issue)]
    assert_as_rendered_now(client, settings, [*stories, *showing, *not_showing])


def test_a_story_edit_refreshes_the_related_stories_that_list_it(
    client, edition, django_capture_on_commit_callbacks
):
    other = next_day_edition()
    story = edition.article(LEAD)
    neighbour_pages = set(pages_of(story))
    listing = [
        a.get_absolute_url()
        for a in Article.objects.exclude(pk=story.pk)
        if LEAD in client.get(a.get_absolute_url()).content.decode()
    ]
    assert listing  # related stories, or 上一篇/下一篇 on the same page
    warm(client, [*listing, other.get_absolute_url()])
    with django_capture_on_commit_callbacks(execute=True):
        story.headline = "编辑改过的主题"
        story.save()
    for url in listing:
        assert "编辑改过的主题" in client.get(url).content.decode(), (url, neighbour_pages)
    assert client.get(other.get_absolute_url())["X-Cache"] == "hit"


def test_unpublishing_a_story_takes_it_off_every_page_and_keeps_the_rest(
    client, edition, settings, django_capture_on_commit_callbacks
):
    other = next_day_edition()
    story = edition.article(PARTY)
    url = story.get_absolute_url()
    everything = [a.get_absolute_url() for a in Article.objects.filter(issue=edition.issue)]
    everything += [edition.a1.get_absolute_url(), edition.a2.get_absolute_url(), ISSUE_URL]
    warm(client, [*everything, other.get_absolute_url()])
    with django_capture_on_commit_callbacks(execute=True):
        story.status = "draft"
        story.save()
    assert client.get(url).status_code == 404
    everything.remove(url)
    assert_as_rendered_now(client, settings, everything)  # 上一篇/下一篇 too
    for shown in [*pages_of(story), ISSUE_URL]:
        assert url not in client.get(shown).content.decode(), shown
    assert client.get(other.get_absolute_url())["X-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        story.status = "published"
        story.save()
    assert client.get(url).status_code == 200
    assert url in client.get(ISSUE_URL).content.decode()


def test_deleting_a_story_takes_it_off_every_page(
    client, edition, django_capture_on_commit_callbacks
):
    other = next_day_edition()
    story = edition.article(PARTY)
    url, printed_on = story.get_absolute_url(), pages_of(story)
    warm(client, [url, *printed_on, ISSUE_URL, other.get_absolute_url()])
    with django_capture_on_commit_callbacks(execute=True):
        story.delete()
    assert client.get(url).status_code == 404
    for shown in [*printed_on, ISSUE_URL]:
        assert url not in client.get(shown).content.decode(), shown
    assert client.get(other.get_absolute_url())["X-Cache"] == "hit"


def test_publishing_and_unpublishing_an_issue_refresh_that_issue_and_the_paper_lists(
    client, edition, django_capture_on_commit_callbacks
):
    import_text(synthetic_page("A1", "要闻", 1, 0, by="金帅"), "A1", when=NEXT_DAY)
    seed_story = edition.url(PARTY)
    warm(client, ["/", ISSUE_URL, seed_story])
    assert client.get(NEXT_ISSUE_URL).status_code == 404
    issue = Issue.objects.get(date=NEXT_DAY)
    with django_capture_on_commit_callbacks(execute=True):
        issue_publish(issue=issue, acknowledge_broken=True)
    assert client.get(NEXT_ISSUE_URL).status_code == 200
    assert NEXT_ISSUE_URL in client.get(ISSUE_URL).content.decode()  # 下一期
    assert str(NEXT_DAY) in client.get("/").content.decode()  # the latest issue
    assert client.get(seed_story)["X-Cache"] == "hit"  # another issue's story
    with django_capture_on_commit_callbacks(execute=True):
        issue_unpublish(issue=issue)
    assert client.get(NEXT_ISSUE_URL).status_code == 404
    assert NEXT_ISSUE_URL not in client.get(ISSUE_URL).content.decode()
    assert str(NEXT_DAY) not in client.get("/").content.decode()


def test_a_late_page_import_stitches_the_jump_into_the_cached_pages(
    client, db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        import_seed()
    publish_everything()
    other = next_day_edition()
    a1 = f"/{PAPER}/{DAY}/A1/"
    stories = {a.pk: a.get_absolute_url() for a in Article.objects.filter(issue__date=DAY)}
    warm(client, [*stories.values(), a1, ISSUE_URL, other.get_absolute_url()])
    with django_capture_on_commit_callbacks(execute=True):
        import_text(A2_TEXT, "A2")  # the continuations arrive late and are stitched to A1
    stitched = ArticlePart.objects.filter(page__label="A2", article_id__in=stories)
    assert stitched.exists()
    for part in stitched:
        assert f"/{PAPER}/{DAY}/A2/" in client.get(stories[part.article_id]).content.decode()
    for shown in (a1, ISSUE_URL):
        assert f"/{PAPER}/{DAY}/A2/" in client.get(shown).content.decode(), shown
    assert client.get(other.get_absolute_url())["X-Cache"] == "hit"


def test_a_part_moved_to_another_page_refreshes_the_page_it_left(
    client, edition, settings, django_capture_on_commit_callbacks
):
    other = next_day_edition()
    story = edition.article(PARTY)
    part = story.parts.get(sequence=0)
    left, url = part.page.get_absolute_url(), story.get_absolute_url()
    target = edition.a2 if part.page_id == edition.a1.pk else edition.a1
    warm(client, [left, target.get_absolute_url(), other.get_absolute_url()])
    assert url in client.get(left).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        part.page = target
        part.position = 99
        part.save()  # the admin's part form
    assert client.get(other.get_absolute_url())["X-Cache"] == "hit"
    served = {u: client.get(u).content for u in (left, target.get_absolute_url(), url)}
    settings.NEWSROOM_PUBLIC_CACHE_SECONDS = 0  # what a render from scratch shows now
    assert served == {u: client.get(u).content for u in served}


def test_a_page_rendered_while_an_edit_commits_is_neither_kept_nor_etagged(
    db, django_capture_on_commit_callbacks
):
    renders = []

    @public_cache
    def view(request):
        renders.append(1)
        if len(renders) == 1:  # an edit commits (and is bumped) while this page renders
            with django_capture_on_commit_callbacks(execute=True):
                caching.bump_content_version([caching.story(1)])
        return HttpResponse("page")

    first = view(RequestFactory().get("/x/"))
    assert first["X-Cache"] == "miss" and "ETag" not in first
    second = view(RequestFactory().get("/x/"))
    assert second["X-Cache"] == "miss" and "ETag" in second
    assert view(RequestFactory().get("/x/"))["X-Cache"] == "hit"


def test_an_evicted_tag_counts_as_changed(client, edition):
    url = edition.url(PARTY)
    warm(client, [url])
    # the cache lost the story's tag and the marker of the last change (a full Redis evicts)
    cache.delete_many([caching.TAG_PREFIX + caching.story(edition.article(PARTY).pk)])
    cache.delete(caching.LAST_KEY)
    assert client.get(url)["X-Cache"] == "miss"
    assert client.get(url)["X-Cache"] == "hit"


def die_after_the_tags(*tags: str) -> None:
    """What a change leaves when its process is killed after writing its tags (an import stopped
    mid-way): ``any``'s first write and the tags' new version, never ``last`` nor anything a
    change writes after its tags (articles/caching.py, ``_Bump``)."""
    token = caching._token()
    cache.set(caching.TAG_PREFIX + caching.ANY, token, timeout=None)
    cache.set_many({caching.TAG_PREFIX + tag: token for tag in tags}, timeout=None)


def test_a_change_whose_process_died_after_its_tags_shows_on_the_next_request(client, edition):
    # A memo told what changed only by records a change writes after its tags (a change
    # journal) would keep the story tag's old version here, and serve the stored page until the
    # process restarts: the new ``any`` alone must make it read the tags again.
    url = edition.url(PARTY)
    warm(client, [url])  # stored, and the story's tag version in this process's memo
    story = edition.article(PARTY)
    Article.objects.filter(pk=story.pk).update(headline="改过之后进程被杀的主题")  # committed
    die_after_the_tags(caching.story(story.pk))
    response = client.get(url)
    assert response["X-Cache"] == "miss"
    assert "改过之后进程被杀的主题" in response.content.decode()


def test_a_kept_value_is_worked_out_again_after_a_change_whose_process_died(db, settings):
    settings.NEWSROOM_KEPT_SECONDS = 3600
    tag = caching.story(1)

    def render(compute) -> str:
        mark, last = caching.render_marks()
        with caching.collecting(mark, last):
            return caching.kept("died", compute, lambda value: [tag])

    assert render(lambda: "old") == "old"
    assert render(lambda: "new") == "old"  # kept, the tag's version in the memo
    die_after_the_tags(tag)
    assert render(lambda: "new") == "new"


def test_a_change_writes_only_the_tags_the_cache_holds(db, django_capture_on_commit_callbacks):
    held, unread = caching.story(1), caching.story(2)
    before = caching.tag_versions([held])[held]  # a page that shows story 1 was rendered
    with django_capture_on_commit_callbacks(execute=True):
        caching.bump_content_version([held, unread])
    assert cache.get(caching.TAG_PREFIX + held) != before  # changed: pages with it render again
    assert cache.get(caching.TAG_PREFIX + unread) is None  # never read: nothing to write


def test_renaming_a_photographer_refreshes_the_pages_with_the_credit(
    client, edition, django_capture_on_commit_callbacks
):
    from articles.models import Person

    other = next_day_edition()
    warm(client, [edition.a1.get_absolute_url(), other.get_absolute_url()])
    person = Person.objects.get(name="许丛军")
    with django_capture_on_commit_callbacks(execute=True):
        person.name = "许丛军（改）"
        person.save()
    assert "许丛军（改）" in client.get(edition.a1.get_absolute_url()).content.decode()
    assert client.get(other.get_absolute_url())["X-Cache"] == "hit"
