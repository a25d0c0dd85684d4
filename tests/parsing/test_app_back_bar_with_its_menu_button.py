"""An app's bar over its e-paper page, its back button first and its menu button last (``‹ 返回
沅北日报数字报  ⋯``, ``< 返回  目录  …``, ``返回 首页 更多``), is navigation (INPUT.md, "Encoding and
layout": web-archive and e-paper dumps carry their site's furniture; none of it is a headline),
as the same bar without the menu button is. Before, the dots left it a line of text that the
first story's deck was glued to. Pages written for these tests."""

import pytest

from tests.parsing.helpers import decks, parse, reasons

HEAD = "让老街重新热闹起来"
TEXT = "本报讯（记者 罗琪）老街改造完工后，二十多家老字号陆续回迁，周末客流比去年同期增加三成。"


@pytest.mark.parametrize(
    "bar", ["‹ 返回        晴川日报数字报        ⋯", "< 返回  目录  …", "返回 首页 更多", "‹返回 ⋮"]
)
def test_the_bar_is_navigation_and_the_deck_under_it_heads_the_story(bar):
    parsed = parse(bar, "2026年10月09日", HEAD, "", TEXT)
    assert reasons(parsed)[bar] == "navigation"
    assert decks(parsed) == [("", HEAD, "")]
