"""One way to say "content changed" (articles/changes.py): every save reaches it, nothing else
listens to content models' signals (but a deleted photo's files, which are storage, not content:
articles/photofiles.py), and it both invalidates the cache and re-indexes."""

import pytest
from django.db.models.signals import post_delete, post_save

from articles.caching import content_version
from articles.changes import CONTENT_MODELS, row_changed
from articles.models import Article, Photo
from articles.photofiles import photo_deleted
from search.models import SearchEntry
from tests.factories import import_seed

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("signal", [post_save, post_delete], ids=["save", "delete"])
def test_the_one_receiver_is_the_only_listener_of_content_models(signal):
    for model in CONTENT_MODELS:
        ours = [
            r
            for r in signal._live_receivers(model)[0]
            if getattr(r, "__module__", "").split(".")[0] in ("articles", "search", "newsroom")
        ]  # django-simple-history's own receivers record history; they are not ours
        # A photo's deletion also removes its files once committed: storage, not content (it
        # changes no page, story or index: row_changed does that for the same deletion).
        files = [photo_deleted] if model is Photo and signal is post_delete else []
        assert ours == [row_changed, *files], model.__name__


def test_a_single_save_bumps_the_cache_and_reindexes_the_story(django_capture_on_commit_callbacks):
    import_seed()
    story = Article.objects.get(position=4)
    before = content_version()
    with django_capture_on_commit_callbacks(execute=True):
        story.headline = "千企联千村换了新标题"
        story.save()
    assert content_version() != before
    assert "新标题" in SearchEntry.objects.get(article=story).title
