"""On an e-paper article page, the story's headline printed after the site's breadcrumb and
``上一版 下一版`` line is set aside as a masthead; the story comes out untitled, or titled by the
site's ``作者：记者 赵丽`` meta line.

It happens when the site prints the story's date under its headline (``2024-05-08``): the
headline between the navigation and that date is taken for the masthead zone. An editor sees a
story with no headline (or headlined ``作者：记者 赵丽``) and the real headline among the
set-aside masthead lines. INPUT.md, "Encoding and layout": web-archive and e-paper
dumps carry navigation, breadcrumbs and meta lines (``作者:``), none of which is a headline;
the headline after them is the story's.
"""

import pytest

from tests.parsing.helpers import parse

BODY = [
    "本报讯（记者 赵丽）历时半年改造，城南老街日前重新开放，吸引大量市民游览。",
    "改造保留了原有的建筑风貌，同时增设了休闲设施。",
]


@pytest.mark.parametrize(
    "meta",
    [
        ["2024-05-08"],
        ["2024-05-08", "来源：东江晚报", "作者：记者 赵丽"],
        ["2024年05月08日  星期三"],
    ],
)
def test_headline_after_navigation_is_the_story_headline(meta):
    parsed = parse(
        "首页 > 电子报 > 2024年05月08日 > 第A03版：要闻",
        "上一版  下一版",
        "城南老街重新开放",
        *meta,
        *BODY,
        "【打印】 【关闭】 【返回顶部】",
    )
    assert len(parsed.articles) == 1
    article = parsed.articles[0]
    assert article.title_lines == ("城南老街重新开放",)
    assert article.reporters == ("赵丽",)
