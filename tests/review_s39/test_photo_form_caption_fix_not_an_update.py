"""A caption corrected in the photo's own form does not update its story; the story form's does.

A published story printed with a photo. An editor fixes the caption. Through the story form's
photo rows (稿件 → 图片), the story's 更新时间 moves and its history records the version, as for
any correction: the feeds' and sitemaps' dates, the page's NewsArticle ``dateModified`` and the
desk's history follow. Through the photo's own form (图片 → the photo, the desk's other way to
the same field, and the one a photo search leads to), the same correction saves the photo only:
the story keeps its 更新时间 and no history record says its printed caption changed, so crawlers
are never told to fetch the corrected page. README (Importing) holds a story *updated for
readers whatever the correction touched (… a photo printed with it)*; the desk's two forms
disagree on it.

Steps: import a page with a photo inside a story (below), publish; open
/admin/articles/photo/<id>/change/, add to the caption, save; compare the story's 更新时间 and
history with the same edit made in /admin/articles/article/<id>/change/.
"""

import time

import pytest
from django.urls import reverse

from articles.models import Issue, Photo
from articles.publishing import issue_publish
from tests.admin.conftest import editor, editor_client, form_data, groups  # noqa: F401
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = """舊區長者重拾閱讀樂趣

本報訊 社區中心上月推出大字書借閱服務，至今已有三百多名長者登記借書。中心負責人表示，大字書專櫃每週更新，並設有閱讀小組。

■社區中心的大字書專櫃吸引不少長者借閱。（林嘉文攝）
"""


@pytest.fixture
def photo(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        import_text(PAGE, "A1")
        issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    photo = Photo.objects.get()
    assert photo.article is not None  # printed inside the story
    return photo


def corrected(client, url, field, django_capture_on_commit_callbacks):
    data = form_data(client.get(url))
    data[field] += "（右一为王伯）"
    time.sleep(0.01)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {**data, "_save": "1"})
    assert response.status_code == 302


def test_the_story_form_updates_the_story(editor_client, photo, django_capture_on_commit_callbacks):  # noqa: F811
    story = photo.article
    before = story.updated_at, story.history.count()
    url = reverse("admin:articles_article_change", args=[story.pk])
    corrected(editor_client, url, "photos-0-caption", django_capture_on_commit_callbacks)
    story.refresh_from_db()
    assert story.updated_at > before[0] and story.history.count() > before[1]


def test_the_photo_form_updates_the_story(editor_client, photo, django_capture_on_commit_callbacks):  # noqa: F811
    story = photo.article
    before = story.updated_at, story.history.count()
    url = reverse("admin:articles_photo_change", args=[photo.pk])
    corrected(editor_client, url, "caption", django_capture_on_commit_callbacks)
    photo.refresh_from_db()
    assert photo.caption.endswith("（右一为王伯）")
    story.refresh_from_db()
    assert story.updated_at > before[0]
    assert story.history.count() > before[1]
