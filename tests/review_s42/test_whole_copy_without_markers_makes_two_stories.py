"""A story an e-paper serves whole on both pages it ran on, *without* the markers inside it, is
imported as two stories.

INPUT.md (Continuations): "Some sources repeat the whole, already merged story on every page it
ran on, with or without the markers inside it: the same headline and text on 01 and 04. That is
one story that ran on two pages, not two stories, in either import order." The importer joins
such copies only when one page prints the merged pair ``（下转…）（上接…）`` inside the text
(``articles/continuations/copies.py``: "equal texts without it … never guess"), so a source that
strips the markers gives readers, search and feeds the story twice.

Steps: import page 1 and page 4 of one issue, each printing the same headline over the same
text (and a story of its own), in either order.
"""

from datetime import date

import pytest

from articles.models import Article
from tests.factories import import_text

pytestmark = pytest.mark.django_db

STORY = """城东新建三座口袋公园

本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材和儿童游乐设施，周边居民纷纷前来锻炼。

据了解，明年城东区还将新建五座口袋公园，让市民出门五百米就能见到绿地。
"""

PAGES = {
    "1": STORY
    + "\n市区新增公交线路两条\n\n本报讯（记者李明）市公交集团昨天宣布，新开两条公交线路，连通城东和城西。\n",
    "4": "老街改造完成\n\n本报讯（记者陈立）老街改造工程昨日全部完成，沿街商铺陆续开业，老街又热闹起来了。\n\n"
    + STORY,
}


@pytest.mark.parametrize("order", [("1", "4"), ("4", "1")])
def test_the_same_story_served_whole_on_two_pages_is_one_story(order):
    for label in order:
        import_text(PAGES[label], label, when=date(2025, 6, 14), paper="东林日报", slug="donglin")
    [story] = Article.objects.filter(headline="城东新建三座口袋公园")
    assert sorted(story.parts.values_list("page__label", flat=True)) == ["1", "4"]
