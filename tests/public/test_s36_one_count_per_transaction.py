"""One content change counted and one cache bump per transaction level
(articles.caching.bump_content_version): a delete, which Django runs in a block without a
savepoint of its own, is the same level; a bump whose savepoint rolled back is not relied on."""

from __future__ import annotations

import pytest
from django.db import transaction

from articles.caching import _Bump, committed_changes
from articles.models import Article
from tests.factories import import_seed

pytestmark = pytest.mark.django_db


def bumps(callbacks) -> list[_Bump]:
    return [func for func in callbacks if isinstance(func, _Bump)]


def test_a_delete_after_an_edit_in_one_transaction_counts_once(django_capture_on_commit_callbacks):
    import_seed()
    first, second = Article.objects.order_by("pk")[:2]
    before = committed_changes("default")
    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        first.headline += "（改）"
        first.save()
        second.delete()
    assert len(bumps(callbacks)) == 1
    assert committed_changes("default") == before + 1


def test_a_change_after_a_rolled_back_savepoint_is_still_bumped(
    django_capture_on_commit_callbacks,
):
    import_seed()
    first, second = Article.objects.order_by("pk")[:2]
    before = committed_changes("default")
    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        try:
            with transaction.atomic():
                first.headline += "（改）"
                first.save()
                raise RuntimeError("rolled back")
        except RuntimeError:
            pass
        second.headline += "（改）"
        second.save()
    assert len(bumps(callbacks)) == 1  # the rolled-back one's callback is gone: a new one
    assert bumps(callbacks)[0].done
    assert committed_changes("default") == before + 1
