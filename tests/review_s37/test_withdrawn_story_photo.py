"""A withdrawn story's photo stays public.

README: withdrawing (撤回所选稿件) is how a story is hidden from readers without removing it
("读者已看不到它们"). A photo printed inside that story (``Photo.article`` is the story) stays on
the public page, in the page's JSON twin and on its photographer's page, with the caption that
describes the withdrawn story: ``Photo.objects.public()`` gates on the issue only.

Steps: import a page whose first story holds a photo with a credit; publish the issue; withdraw
the story (stories_unpublish, as the desk's action does); open /<paper>/<date>/A1/,
/<paper>/<date>/A1.json and /people/<photographer>/.
"""

import pytest

from articles.models import Article, Issue, Photo
from articles.publishing import issue_publish, stories_unpublish
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = """旧城长者重拾阅读乐趣

本报讯（记者 何晓雨）东岸一间社区中心本月起推出大字书借阅服务，首批购入三百本大字印刷的小说。

■社区中心的大字书专柜吸引不少长者借阅。（记者 林嘉文 摄）

中心负责人说，开办一个月以来，已有一百二十名长者办理借书证。

湖畔小学迎来新校舍

本报讯（记者 钱立）湖畔小学新校舍昨天投入使用，可容纳学生一千二百名。
"""
CAPTION = "大字书专柜"


@pytest.fixture
def withdrawn(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        import_text(PAGE, "A1")
        issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    story = Article.objects.get(headline="旧城长者重拾阅读乐趣")
    assert Photo.objects.get().article_id == story.pk  # the photo is the story's
    with django_capture_on_commit_callbacks(execute=True):
        stories_unpublish(articles=Article.objects.filter(pk=story.pk))
    return story


def test_the_withdrawn_storys_photo_leaves_the_page(client, withdrawn):
    page = client.get("/nantong-daily/2020-07-09/A1/").content.decode()
    assert "湖畔小学" in page  # the page itself is still public
    assert CAPTION not in page


def test_the_withdrawn_storys_photo_leaves_the_page_json(client, withdrawn):
    assert CAPTION not in client.get("/nantong-daily/2020-07-09/A1.json").content.decode()


def test_the_withdrawn_storys_photo_leaves_the_photographers_page(client, withdrawn):
    response = client.get("/people/林嘉文/")
    assert response.status_code == 404 or CAPTION not in response.content.decode()
