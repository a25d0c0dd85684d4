"""Review of the page view's splicing (session 35) through the editors' desk, on the file cache
and on Redis: an edit posted as the rendered form sends it shows on the next page served (no
cache cleared by hand), byte for byte the page rendered from nothing."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.urls import reverse

from articles.management.commands.setup_roles import ensure_groups
from articles.models import Photo
from tests.admin.conftest import form_data, staff
from tests.public.conftest import PARTY
from tests.public.test_scoped_caching import redis_server  # noqa: F401 (a fixture)
from tests.review_s35_view.test_splice_edits import _nothing_remembered as _nothing_remembered
from tests.review_s35_view.test_splice_edits import ed as ed
from tests.review_s35_view.test_splice_edits import from_nothing, served
from tests.review_s35_view.test_splice_edits import full_renders as full_renders

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["file", "redis"], autouse=True)
def backend(request, settings, tmp_path):
    if request.param == "redis":
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": request.getfixturevalue("redis_server"),
                "KEY_PREFIX": "review-s35-splice",
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
def desk(client, db, django_capture_on_commit_callbacks):
    """An editor at the desk, whose edits commit (their on-commit invalidation runs)."""
    client.force_login(staff("review-editor", ensure_groups()[0]))
    client.committed = django_capture_on_commit_callbacks
    return client


def posted(desk, url: str, **changes) -> None:
    data = form_data(desk.get(url))
    data.update(changes)
    with desk.committed(execute=True):
        response = desk.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]


@pytest.mark.parametrize(
    "field,value",
    [
        ("headline", "后台改的新题"),
        ("headline", "{% spliced x %}{{ page_shown }}<i>斜</i>&amp;"),
        ("byline", "本报记者 后台改"),
        ("kicker", "后台引题"),
    ],
)
def test_a_story_edited_in_the_admin_shows_at_once(
    desk,
    ed,
    full_renders,
    field,
    value,
):
    served(), served()
    article = ed.article(PARTY)
    posted(desk, reverse("admin:articles_article_change", args=[article.pk]), **{field: value})
    page = served()  # no cache cleared: the edit's own invalidation
    assert len(full_renders) == 1, "the edit was not spliced"
    assert page == from_nothing()
    assert page.decode().count("后台") or "斜" in page.decode()


def test_a_photo_caption_edited_in_the_admin_shows_at_once(desk, ed):
    served(), served()
    photo = Photo.objects.filter(page=ed.a1).get()
    posted(desk, reverse("admin:articles_photo_change", args=[photo.pk]), caption="后台图片说明")
    page = served()
    assert "后台图片说明" in page.decode()
    assert page == from_nothing()
