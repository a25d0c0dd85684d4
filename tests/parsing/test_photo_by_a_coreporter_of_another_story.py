"""A photo whose credit names a reporter of the story printed right before it goes with that
story, also when the same reporter is one of the reporters of another story of the page (the
lead's ``记者 韩松 林可``): a reporter takes the pictures of their own story, and a name shared
with a story elsewhere says nothing of where the picture goes (photolinks)."""

import pytest

from tests.parsing.helpers import parse

LEAD = (
    "秋粮收购全面启动",
    "",
    "本报讯（记者 韩松 林可 通讯员 马骏）昨日，全县秋粮收购工作全面启动，三十六个收购网点同时"
    "开秤，预计收购量比去年增加一成。",
    "",
    "县粮食局负责人介绍，今年各网点均配备了快速检测设备，农民售粮排队时间明显缩短。",
    "",
)
MARKET = (
    "城南菜市场改造完工",
    "",
    "本报讯（记者 林可）经过三个月施工，城南菜市场改造工程近日完工，新增摊位八十个，地面和排水"
    "系统全部翻新。",
    "",
    "市场管理方表示，改造后的市场将实行统一标价，并设置公平秤。",
    "",
)
# a caption sharing no words with either story: only its credit says whose it is
PHOTO = ("昨日，顾客在挑选新鲜蔬菜。", "", "本报记者 林可摄", "")
LIBRARY = ("图书馆延长开放时间", "", "本报讯（记者 方圆）市图书馆自下月起延长开放时间至晚上九点。")
TEASER = ("■B2 社会新闻 老街区迎来新业态",)


@pytest.mark.parametrize("after", [(), TEASER, LIBRARY], ids=["page-end", "teaser", "story"])
def test_a_photo_credited_to_a_coreporter_of_the_lead_goes_with_the_story_before_it(after):
    parsed = parse(*LEAD, *MARKET, *PHOTO, *after)
    market = parsed.articles[1]
    assert market.title == "城南菜市场改造完工"
    assert [(p.caption, p.article_position) for p in parsed.photos] == [
        ("昨日，顾客在挑选新鲜蔬菜。", market.position)
    ]


def test_a_photo_after_a_story_by_someone_else_stays_unlinked_whoever_else_its_credit_names():
    # 林可 reports the lead and the market story; the picture stands after 方圆's story, the
    # caption speaks of none of them: no story next to it is credited, so it goes with none
    parsed = parse(*LEAD, *MARKET, *LIBRARY, "", *PHOTO)
    assert [p.article_position for p in parsed.photos] == [None]
