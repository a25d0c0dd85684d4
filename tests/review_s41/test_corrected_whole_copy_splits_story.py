"""A page that printed a jumped story whole, re-imported with a one-word correction, doubles it.

README (Continuations): a story an e-paper serves whole on two pages, its merged
``（下转第二版）（上接第一版）`` pair inside it, "is one story that ran on both ... readers,
search and feeds see it once", and a re-import of a page "replaces what the importer made on that
page, in place" with a report saying what changed. Page 2's copy is found only while its text
is equal to page 1's (``articles/continuations/copies.py``): when the desk re-imports page 2
with a corrected figure (四十六座 → 四十八座), the copy is no longer one story with page 1's
but a story of its own, written as new. Readers then find the same story twice (page 1 with the
old figure, page 2 with the new one, two addresses, both in search and feeds), and the report
says only ``2版：更新`` — nothing about the story that now stands twice, nor about the
correction that page 1's story (the one readers had) did not get.

Steps: import page 1 and page 2 of a paper whose e-paper printed the same merged story on both
(the report says 跨版整篇重复); correct one figure in page 2's copy and import page 2 again.
"""

from datetime import date

import pytest

from articles.models import Article
from tests.factories import import_text

pytestmark = pytest.mark.django_db

WHEN = date(2025, 6, 12)
STORY = """东林县建成山区广播网
全县九十个村实现广播全覆盖
本报讯（记者 韩小松）东林县山区应急广播网日前建成投用，全县九十个行政村实现了广播全覆盖。
过去，县里有二十多个村听不到广播，遇到暴雨和山洪，通知要靠村干部挨家挨户去送。
今年春天，县里把应急广播网列为民生实事，（下转第二版）（上接第一版）新装大喇叭四十六座，并为每个村配备了备用电源。
县应急管理局局长说，今年汛期，预警信息最快五分钟就能传到每个村。
"""
PAGE1 = (
    STORY
    + """
城关镇举办农民运动会
本报讯（记者 许晓雨）城关镇第三届农民运动会昨天开幕，来自各村的三百多名运动员参加比赛。
"""
)
PAGE2 = (
    STORY
    + """
村道养护有了新办法
本报讯（记者 韩小松）今年起，东林县在各乡镇推行村道养护责任制，每条村道都有专人负责巡查。
"""
)


def _import(text: str, label: str):
    return import_text(text, label, when=WHEN, paper="东林日报", slug="donglin")


def test_a_corrected_whole_copy_is_not_a_silent_second_story():
    _import(PAGE1, "1")
    first = _import(PAGE2, "2")
    assert first.cross_page, "the two pages should first be one story (跨版整篇重复)"
    assert Article.objects.filter(headline="东林县建成山区广播网").count() == 1

    report = _import(PAGE2.replace("四十六座", "四十八座"), "2")
    copies = Article.objects.filter(headline="东林县建成山区广播网")
    said = " ".join([*report.cross_page, *report.warnings, *report.conflicts])
    assert copies.count() == 1 or "东林县建成山区广播网" in said, (copies.count(), said)
