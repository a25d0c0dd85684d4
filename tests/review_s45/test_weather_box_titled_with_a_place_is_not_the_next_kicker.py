"""A weather box titled with the city's name (``岚城天气``, ``青川天气``) over its forecast rows: the
rows are set aside as weather, but the title is left behind and made the next story's kicker.

``天气预报``, ``今日天气``, ``本市天气`` and ``岚城天气预报`` are already set aside. INPUT.md ("Page
furniture that is not a story"): weather boxes are page furniture, never part of an article.
Invented places.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize("title", ["岚城天气", "青川天气"])
@pytest.mark.parametrize(
    "rows",
    [("今天：多云转晴  3℃～12℃  北风2级", "明天：晴  1℃～10℃"), ("多云转晴  3℃～12℃",)],
)
def test_weather_box_titled_with_a_place_is_not_the_next_kicker(title, rows):
    parsed = parse(
        "岚城冬季植树启动",
        "",
        "本报讯（记者 赵敏）昨日，岚城冬季植树活动启动。",
        "",
        title,
        "",
        *rows,
        "",
        "城东新开一条公交线",
        "",
        "本报讯（记者 周涛）城东公交二十八路昨日开通。",
    )
    assert [(a.kicker, a.headline, a.subheadline) for a in parsed.articles] == [
        ("", "岚城冬季植树启动", ""),
        ("", "城东新开一条公交线", ""),
    ]
    assert title in parsed.ignored_lines
