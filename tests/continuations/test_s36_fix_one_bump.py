"""A transaction that resolves jumps counts one content change and bumps the cache once
(articles.caching.bump_content_version: once per transaction): the resolver's own transaction
joins its caller's instead of opening a savepoint, whose changes were counted and bumped a
second time — an import that links a continuation, publishing the head of a held link."""

from __future__ import annotations

import pytest

from articles.caching import _Bump, committed_changes
from articles.models import Article, Jump, JumpState
from articles.publishing import stories_publish
from articles.signoff import stories_sign_off
from tests.factories import import_seed, import_text
from tests.public.conftest import A2_TEXT
from tests.review_s35.test_held_published_continuation import held

pytestmark = pytest.mark.django_db


def bumps(callbacks) -> list[_Bump]:
    return [func for func in callbacks if isinstance(func, _Bump)]


def test_an_import_that_links_continuations_counts_one_change(django_capture_on_commit_callbacks):
    import_seed()
    before = committed_changes("default")
    with django_capture_on_commit_callbacks() as callbacks:
        import_text(A2_TEXT, "A2")  # the continuations join their stories on A1
    assert Jump.objects.filter(state=JumpState.LINKED).exists()
    assert len(bumps(callbacks)) == 1
    assert committed_changes("default") == before + 1


def test_publishing_the_head_of_a_held_link_counts_one_change(
    tmp_path, django_capture_on_commit_callbacks
):
    held(tmp_path)
    head = Article.objects.get(headline="老街改造完工")
    stories_sign_off(articles=[head])
    before = committed_changes("default")
    with django_capture_on_commit_callbacks() as callbacks:
        stories_publish(articles=[head])
    assert Article.objects.count() == 1  # joined
    assert len(bumps(callbacks)) == 1
    assert committed_changes("default") == before + 1
