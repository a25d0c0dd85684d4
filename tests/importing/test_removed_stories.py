"""A re-import whose text no longer has some stories removes them: stories printed whole on the
page go in one delete, with everything that hangs on them, and their history says so."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.importing import PageInput
from articles.importing.pipeline import page_import_parsed
from articles.models import Article, Byline
from search.models import Keyword, SearchEntry

pytestmark = pytest.mark.django_db

OLD = [
    "渡口新添两艘电动渡船\n本报讯（记者顾晓岚）江心渡口昨天新添两艘电动渡船，单程缩短到六分钟。\n",
    "社区卫生站开设夜间门诊\n本报讯（记者程一帆）城北社区卫生站每晚开设夜间门诊，到九点结束。\n",
    "早市搬进新建的菜场大棚\n本报讯（记者沈立）东门早市昨天整体搬进新建的菜场大棚，摊位一百二十个。\n",
]
NEW = "老街路灯全部换成节能灯\n本报讯（记者陆远）老街两侧的路灯上周全部换成节能灯，亮度提高一倍。\n"


def _import(text: str):
    item = PageInput(
        paper_name="湖滨日报",
        issue_date=date(2024, 3, 5),
        label="1",
        data=text.encode("utf-8"),
        source_name="1.txt",
        replace_unrelated=True,  # (a text sharing none of the page's stories, on purpose)
    )
    return page_import_parsed(item)[0]


def test_stories_the_new_text_lost_go_together_with_their_rows_and_leave_history():
    _import("\n".join(OLD))
    old_ids = set(Article.objects.values_list("pk", flat=True))
    assert len(old_ids) == 3
    with CaptureQueriesContext(connection) as queries:
        report = _import(NEW)
    assert report.action == "updated"
    story_deletes = [
        q["sql"] for q in queries if q["sql"].startswith('DELETE FROM "articles_article" ')
    ]
    assert len(story_deletes) == 1  # one delete for the three stories, not one each
    assert list(Article.objects.values_list("headline", flat=True)) == ["老街路灯全部换成节能灯"]
    assert not Byline.objects.filter(article_id__in=old_ids).exists()
    assert not SearchEntry.objects.filter(article_id__in=old_ids).exists()
    assert not Keyword.objects.filter(article_id__in=old_ids).exists()
    removed = Article.history.filter(history_type="-").values_list("id", flat=True)
    assert set(removed) == old_ids
