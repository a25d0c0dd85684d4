"""A photo printed in a story is public only with its story (``Photo.objects.public()``).

Our own page text (not a seed page): a story with a credited photo, a second story, and a photo
printed in no story. Withdrawing the first story from its form (one save, not the desk's bulk
action) hides its photo on the photographer's page, which was cached before; the photo printed
in no story stays, as its page does.
"""

import pytest

from articles.models import Article, Issue, Photo, Status
from articles.publishing import issue_publish
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = """河畔公园新添健身步道

本报讯（记者 苏明远）河畔公园新建的两公里健身步道昨天开放，沿途设有十处休息座椅。

■清晨在新步道上晨练的市民。（记者 卓一凡 摄）

公园管理处说，步道夜间照明将于下月完工。

市图书馆延长夜间开放时间

本报讯（记者 苏明远）市图书馆从本周起每天开放到晚上九点，周末照常开放。

图片新闻

■雨后初晴的城市广场上，孩子们在放风筝。（记者 卓一凡 摄）
"""
IN_STORY = "晨练的市民"
ON_PAGE = "孩子们在放风筝"


@pytest.fixture
def published(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        import_text(PAGE, "A1")
        issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    return Article.objects.get(headline="河畔公园新添健身步道")


def test_public_photos_leave_out_a_withdrawn_storys_photo_but_keep_one_in_no_story(published):
    in_story = Photo.objects.get(caption__contains=IN_STORY)
    assert in_story.article_id == published.pk
    assert Photo.objects.get(caption__contains=ON_PAGE).article_id is None
    published.status = Status.DRAFT
    published.save()
    assert [p.caption for p in Photo.objects.public()] == [
        p.caption for p in Photo.objects.filter(article__isnull=True)
    ]


def test_withdrawing_a_story_from_its_form_refreshes_its_photographers_cached_page(
    client, published, django_capture_on_commit_callbacks
):
    before = client.get("/people/卓一凡/").content.decode()
    assert IN_STORY in before and ON_PAGE in before
    with django_capture_on_commit_callbacks(execute=True):
        published.status = Status.DRAFT
        published.save()
    after = client.get("/people/卓一凡/").content.decode()
    assert IN_STORY not in after
    assert ON_PAGE in after
