"""A photo with no image file yet shows its caption and credit with a quiet 图片暂缺, not the red
图片新闻 pill readers took for a label (templates/includes/photo.html, person_detail.html); a
story's own photos too. Our own page text."""

import pytest

from articles.models import Article, Issue
from articles.publishing import issue_publish
from tests.factories import import_text

pytestmark = pytest.mark.django_db

PAGE = """河畔公园新添健身步道

本报讯（记者 苏明远）河畔公园新建的两公里健身步道昨天开放，沿途设有十处休息座椅。

■清晨在新步道上晨练的市民。（记者 卓一凡 摄）

公园管理处说，步道夜间照明将于下月完工。
"""


@pytest.fixture
def story(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        import_text(PAGE, "A1")
        issue_publish(issue=Issue.objects.get(), acknowledge_broken=True)
    return Article.objects.get(headline="河畔公园新添健身步道")


def _assert_quiet(html: str) -> None:
    assert "晨练的市民" in html and "卓一凡" in html  # the caption and credit
    assert '<span class="noimage">图片暂缺</span>' in html
    assert "figure.photo:has(> .noimage)" in html  # no empty frame (site.css, inlined)
    assert "图片新闻" not in html


def test_a_storys_photo_without_its_file_reads_as_missing_not_as_a_label(client, story):
    _assert_quiet(client.get(story.get_absolute_url()).content.decode())


def test_the_photographers_page_says_the_same(client, story):
    _assert_quiet(client.get("/people/卓一凡/").content.decode())


def test_the_pages_view_says_the_same(client, story):
    _assert_quiet(client.get(story.page.get_absolute_url()).content.decode())
