"""The tool and meta lines a scraped e-paper article page carries over its story (``【字体：大 中
小】``, ``打印本页 关闭窗口``, ``浏览次数：1234``, ``发布时间：…``, ``PDF版下载``, ``第A1版：要闻``)
become the story's kicker or headline, or a story of their own.

INPUT.md: web-archive and e-paper dumps carry their site's furniture (navigation, breadcrumbs,
meta lines such as ``作者:`` / ``版面:``); none of it is a headline. ``上一版 下一版``, ``返回目录``
and ``分享到：`` are set aside today; these equally common lines of the same pages are not:
readers see ``打印本页 关闭窗口`` over the headline, or the headline pushed down to the 副题, or
(``发布时间：…``) an untitled story holding only the time stamp.
"""

import pytest

from tests.parsing.helpers import decks, parse


@pytest.mark.xfail(strict=True, reason="article-page tool/meta lines are read as decks or a story")
@pytest.mark.parametrize(
    "furniture",
    [
        "【字体：大 中 小】",
        "打印本页 关闭窗口",
        "浏览次数：1234",
        "发布时间：2025-06-14 08:00:00",
        "PDF版下载",
        "第A1版：要闻",
    ],
)
def test_article_page_furniture_is_not_a_deck(furniture):
    parsed = parse(
        furniture,
        "",
        "城东新建三座口袋公园",
        "",
        "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，周边居民纷纷前来锻炼。",
    )
    assert decks(parsed) == [("", "城东新建三座口袋公园", "")]
