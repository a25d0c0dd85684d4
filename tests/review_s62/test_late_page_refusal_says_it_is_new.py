"""A new late page refused on a 发布须经签发 paper says it is new, not a re-import.

A fresh reviewer's editor uploaded a page new to a published issue whose text continues a
published story (A1's ``（下转A2版）``); it was refused with ``重新导入会改动读者正在看的内容``,
although nothing was imported again. The refusal now says what is true: the late page would add
to published stories at once (``articles.signoff.published_reimport_refusal``, ``new``)."""

from __future__ import annotations

import pytest

from articles.models import Article, Issue, Publication, Status
from tests.admin.conftest import JUMPS
from tests.admin.test_upload import SEED_FIELDS, page_file, preview

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(seed):
    Issue.objects.update(status=Status.PUBLISHED)
    Article.objects.update(status=Status.PUBLISHED)
    Publication.objects.update(review_required=True)


def test_a_new_late_page_continuing_published_stories_says_it_is_new(editor_client, published):
    a2 = page_file("A2.txt", (JUMPS / "A2.txt").read_bytes())
    html = preview(editor_client, [a2], **SEED_FIELDS).content.decode()
    assert "无法导入 A2.txt：A2版是已发布的一期新补的版面，印有已发布的稿件“" in html
    assert "的续文，本报须经签发：导入后读者会立即看到这些稿件接上的内容" in html
    assert "只有总编辑（签发权限）可以导入这一版" in html
    assert "重新导入" not in html.split("无法导入 A2.txt：")[1].split("</li>")[0]
