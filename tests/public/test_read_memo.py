"""What a process reads of the cache is reused while ``last`` keeps its version
(articles/readmemo.py), and never once a change has finished: a change made by another process
(another handle on the same cache) is seen by the next request, with or without the page cache."""

from __future__ import annotations

import pytest
from django.core.cache import cache, caches

from articles import caching, readmemo
from tests.public.conftest import PARTY


@pytest.fixture
def kept_on(settings):
    settings.NEWSROOM_KEPT_SECONDS = 3600


@pytest.fixture
def another_process(monkeypatch):
    """Run a block as another process would: its own handle on the shared cache (and none of
    this process's memo)."""

    class Other:
        def __enter__(self):
            monkeypatch.setattr(caching, "cache", caches.create_connection("default"))

        def __exit__(self, *exc):
            monkeypatch.setattr(caching, "cache", cache)

    return Other()


def render_reads(tag: str) -> str:
    """What a render that starts now reads as ``tag``'s version."""
    mark, last = caching.render_marks()
    with caching.collecting(mark, last):
        return caching.tag_versions([tag])[tag]


def test_a_change_bumps_any_first_its_tags_next_and_last_last_on_the_key_of_any(
    db, monkeypatch, django_capture_on_commit_callbacks
):
    caching.tag_versions([caching.story(1)])  # held, so the change writes it
    written: list[str] = []
    set_, set_many = cache.set, cache.set_many
    monkeypatch.setattr(
        cache, "set", lambda key, *a, **k: (written.append(key), set_(key, *a, **k))
    )
    monkeypatch.setattr(
        cache, "set_many", lambda data, *a, **k: (written.extend(data), set_many(data, *a, **k))
    )
    with django_capture_on_commit_callbacks(execute=True):
        caching.bump_content_version([caching.story(1)])
    tag = caching.TAG_PREFIX
    order = [k for i, k in enumerate(written) if i == 0 or written[i - 1] != k]  # set_many's set
    assert order == [tag + caching.ANY, tag + caching.story(1), caching.LAST_KEY]
    assert tag + caching.ANY == caching.LAST_KEY  # ``last``: ``any`` written again, one read


def test_any_takes_a_new_version_on_each_of_a_changes_two_writes(
    db, monkeypatch, django_capture_on_commit_callbacks
):
    before = caching.change_mark()
    versions: list[str] = []
    set_ = cache.set

    def recorded(key, value, *args, **kwargs):
        if key == caching.LAST_KEY:
            versions.append(value)
        return set_(key, value, *args, **kwargs)

    monkeypatch.setattr(cache, "set", recorded)
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            caching.bump_content_version([caching.story(1)])
    # never an old version: a render that read any of them sees every later write as a change
    assert len(versions) == 4 and len({before, *versions}) == 5


def test_a_version_read_while_a_change_was_being_bumped_is_not_used_once_it_finished(db, kept_on):
    tag = caching.story(1)
    old = caching.tag_versions([tag])[tag]
    # a change under way: ``any`` has its new version, the story's tag not yet
    cache.set(caching.TAG_PREFIX + caching.ANY, "a change under way", timeout=None)
    assert render_reads(tag) == old
    # the change finishes: its tag, then ``last`` (``any``'s second write); the first alone
    # could not tell
    cache.set(caching.TAG_PREFIX + tag, "changed", timeout=None)
    cache.set(caching.LAST_KEY, "the change done", timeout=None)
    assert render_reads(tag) == "changed"


def test_a_version_is_read_once_while_last_keeps_its_version(db, kept_on, monkeypatch):
    tag = caching.story(1)
    first = render_reads(tag)
    reads: list[str] = []
    get_many = cache.get_many
    monkeypatch.setattr(cache, "get_many", lambda keys, *a: (reads.extend(keys), get_many(keys))[1])
    assert render_reads(tag) == first
    assert caching.TAG_PREFIX + tag not in reads
    assert caching.LAST_KEY in reads


def test_a_kept_value_from_the_memo_is_a_copy_of_its_own(db, kept_on):
    tags = lambda value: [caching.story(1)]  # noqa: E731
    for _ in range(4):  # worked out; read from the cache (twice: remembered); from the memo
        mark, last = caching.render_marks()
        with caching.collecting(mark, last):
            value = caching.kept("list", lambda: ["kept"], tags)
            assert value == ["kept"]
            value.append("a view's own change")


def test_a_kept_value_is_worked_out_again_after_a_change_to_its_tag(
    db, kept_on, django_capture_on_commit_callbacks
):
    tags = lambda value: [caching.story(1)]  # noqa: E731
    for _ in range(2):
        mark, last = caching.render_marks()
        with caching.collecting(mark, last):
            assert caching.kept("x", lambda: "old", tags) == "old"
    with django_capture_on_commit_callbacks(execute=True):
        caching.bump_content_version([caching.story(1)])
    mark, last = caching.render_marks()
    with caching.collecting(mark, last):
        assert caching.kept("x", lambda: "new", tags) == "new"


@pytest.mark.parametrize("page_cache_seconds", [0, 3600])
def test_an_edit_made_by_another_process_shows_on_the_next_request(
    client,
    edition,
    settings,
    another_process,
    django_capture_on_commit_callbacks,
    page_cache_seconds,
):
    settings.NEWSROOM_PUBLIC_CACHE_SECONDS = page_cache_seconds
    settings.NEWSROOM_KEPT_SECONDS = 3600
    url = edition.url(PARTY)
    client.get(url), client.get(url)  # kept, remembered (and stored)
    story = edition.article(PARTY)
    with another_process, django_capture_on_commit_callbacks(execute=True):
        story.headline = "另一进程改过的主题"
        story.save()
    assert "另一进程改过的主题" in client.get(url).content.decode()


def test_the_memo_starts_again_when_full(monkeypatch):
    monkeypatch.setattr(readmemo, "MAX_TAGS", 2)
    monkeypatch.setattr(readmemo, "MAX_KEPT_BYTES", 200)
    memo = readmemo.Generation("v1")
    memo.reused = True
    memo.remember_versions({"s1": "a", "s2": "b"})
    memo.remember_versions({"s3": "c"})
    assert memo.versions == {"s3": "c"}
    memo.remember_kept("small", "x" * 50)
    memo.remember_kept("other", "y" * 160)
    assert memo.kept_value("small") == (False, None)
    assert memo.kept_value("other") == (True, "y" * 160)
    memo.remember_kept("too big", "z" * 500)
    assert memo.kept_value("too big") == (False, None)


def test_a_new_version_of_last_starts_a_new_memo():
    first = readmemo.generation("v1")
    assert readmemo.generation("v1") is first
    assert readmemo.generation("v2") is not first


def kept_reads(monkeypatch) -> list[str]:
    """The kept values' keys asked of the cache from now on."""
    reads: list[str] = []
    get = cache.get

    def counted(key, *args, **kwargs):
        if key.startswith(caching.KEPT_PREFIX):
            reads.append(key)
        return get(key, *args, **kwargs)

    monkeypatch.setattr(cache, "get", counted)
    return reads


def test_a_kept_value_is_carried_past_a_change_that_left_its_tags_alone(
    db, kept_on, monkeypatch, django_capture_on_commit_callbacks
):
    tags = lambda value: [caching.story(1)]  # noqa: E731
    with caching.collecting(*caching.render_marks()):
        caching.kept("x", lambda: ["kept"], tags)  # worked out, kept in the cache and the memo
    with django_capture_on_commit_callbacks(execute=True):
        caching.bump_content_version([caching.story(2)])  # a new ``last``: a new memo
    reads = kept_reads(monkeypatch)
    for _ in range(2):
        with caching.collecting(*caching.render_marks()):
            value = caching.kept("x", lambda: ["worked out again"], tags)
            assert value == ["kept"]
            value.append("a view's own change")  # a copy of its own each time
    assert reads == []  # checked against its tag's version, not read from the cache again


def test_a_carried_value_is_not_used_once_its_tag_changed(
    db, kept_on, monkeypatch, django_capture_on_commit_callbacks
):
    tags = lambda value: [caching.story(1)]  # noqa: E731
    with caching.collecting(*caching.render_marks()):
        caching.kept("x", lambda: "old", tags)
    with django_capture_on_commit_callbacks(execute=True):
        caching.bump_content_version([caching.story(1)])
    with caching.collecting(*caching.render_marks()):
        assert caching.kept("x", lambda: "new", tags) == "new"
    assert readmemo._current[0].kept_value("x") == (True, "new")


def test_a_carried_value_is_not_used_once_expired(
    db, kept_on, monkeypatch, django_capture_on_commit_callbacks
):
    tags = lambda value: [caching.story(1)]  # noqa: E731
    with caching.collecting(*caching.render_marks()):
        caching.kept("x", lambda: "old", tags)
    with django_capture_on_commit_callbacks(execute=True):
        caching.bump_content_version([caching.story(2)])
    cache.delete(caching.KEPT_PREFIX + "x")  # as the cache's copy has expired by then
    later = caching.time.time() + 3601
    monkeypatch.setattr(caching.time, "time", lambda: later)
    with caching.collecting(*caching.render_marks()):
        assert caching.kept("x", lambda: "worked out again", tags) == "worked out again"


def test_a_value_kept_shared_is_given_as_it_is_and_any_other_as_a_copy(db, kept_on):
    tags = lambda value: [caching.story(1)]  # noqa: E731
    for key, shared in (("copied", False), ("shared", True)):
        with caching.collecting(*caching.render_marks()):
            caching.kept(key, lambda: ["对象"], tags, shared=shared)  # kept in the cache
    renders = []
    for _ in range(3):  # the memo's second render remembers; the others read it
        with caching.collecting(*caching.render_marks()):
            renders.append(
                {
                    key: caching.kept(key, lambda: ["worked out again"], tags, shared=shared)
                    for key, shared in (("copied", False), ("shared", True))
                }
            )
    assert all(render == {"copied": ["对象"], "shared": ["对象"]} for render in renders)
    assert renders[1]["shared"] is renders[2]["shared"]  # the same objects each render
    assert renders[1]["copied"] is not renders[2]["copied"]  # a copy of its own each render
    cache.set(caching.LAST_KEY, "a change elsewhere", timeout=None)
    with caching.collecting(*caching.render_marks()):  # a new memo: carried, checked again
        assert caching.kept("shared", lambda: ["again"], tags, shared=True) is renders[2]["shared"]
    cache.set(caching.TAG_PREFIX + caching.story(1), "a change to it", timeout=None)
    cache.set(caching.LAST_KEY, "that change done", timeout=None)
    with caching.collecting(*caching.render_marks()):  # its tag changed: worked out again
        assert caching.kept("shared", lambda: ["again"], tags, shared=True) == ["again"]


def test_a_value_kept_with_a_copy_function_is_given_as_a_copy_of_what_was_found(db, kept_on):
    from articles.models import Page
    from articles.queries import copied_rows

    tags = lambda value: [caching.story(1)]  # noqa: E731
    found = [Page(pk=1, label="A1", issue_id=1)]
    with caching.collecting(*caching.render_marks()):
        caching.kept("pages", lambda: found, tags, copy=copied_rows)  # kept in the cache
    renders = []
    for _ in range(3):  # the memo's second render remembers; the others read it
        with caching.collecting(*caching.render_marks()):
            pages = caching.kept("pages", lambda: [], tags, copy=copied_rows)
            renders.append(pages)
            pages[0].stories = ["set by this render"]  # a view sets attributes on its own
    assert [[p.label for p in pages] for pages in renders] == [["A1"]] * 3
    assert renders[1][0] is not renders[2][0]  # a copy of its own each render
    held = readmemo._current[0]._kept["pages"][0][1]
    assert held[0] is not renders[2][0] and not hasattr(held[0], "stories")  # held as found


def test_a_copied_row_has_its_own_fields_and_related_objects_cache(db):
    from articles.models import Issue, Page, Publication
    from articles.queries import copied_rows, relate

    paper = Publication(pk=1, name="报", slug="bao")
    issue, other = Issue(pk=1, publication=paper), Issue(pk=1, publication=paper)
    page = Page(pk=1, label="A1", issue_id=1)
    page.name = "头版"
    relate(page, "issue", issue)
    (copy,) = copied_rows([page])
    assert (copy.pk, copy.label, copy.name, copy.issue) == (1, "A1", "头版", issue)
    relate(copy, "issue", other)
    copy.label = "A2"
    assert page.issue is issue and copy.issue is other and page.label == "A1"
    assert copy._state is not page._state and copy._state.adding == page._state.adding


def test_a_shared_value_counts_towards_the_memos_size(monkeypatch):
    monkeypatch.setattr(readmemo, "MAX_KEPT_BYTES", 200)
    memo = readmemo.Generation("v1")
    memo.reused = True
    memo.remember_kept("shared", "x" * 150, shared=True)
    memo.remember_kept("other", "y" * 150)
    assert memo.kept_value("shared") == (False, None)
    assert memo.kept_value("other") == (True, "y" * 150)


@pytest.mark.parametrize("page", ["story", "issue"])
def test_the_story_and_issue_pages_change_nothing_they_are_given_shared_or_copied_from(
    client, edition, settings, kept_on, page
):
    import pickle

    from tests.public.conftest import ISSUE_URL

    settings.NEWSROOM_PUBLIC_CACHE_SECONDS = 0  # each request renders
    url = edition.url(PARTY) if page == "story" else ISSUE_URL
    for _ in range(3):  # kept, then remembered (the memo's second render), then read
        assert client.get(url).status_code == 200
    # Held as found: shared values, and those each render is given a copy of (the pages).
    shared = {
        key: value
        for key, ((pickled, value, _copy), _versions, _expires) in readmemo._current[
            0
        ]._kept.items()
        if not pickled
    }
    assert shared  # related stories, or the issues around the issue
    assert any(key.startswith("pages:") for key in shared)
    before = pickle.dumps(shared)
    client.get(url)
    client.get(url.rstrip("/") + ".json")
    assert pickle.dumps(shared) == before
