"""A paper's short notice printed after a story under a two-to-four-character heading (``更正``,
``严正声明``) is glued into the story before it: the heading becomes a crosshead and the notice a
paragraph of that story (the same notice under ``征稿启事`` is split off rightly).

Corrections and statements are printed this way in every decade (a boxed 更正 on page 2, a
声明 against people using the paper's name). An editor reading the bus-fare story would find the
correction of another day's story inside it. INPUT.md ("Headlines"): a one-line headline before
a story that opens without a dateline is still a new story. Invented paper and people.
"""

import pytest

from tests.parsing.helpers import parse

STORY = (
    "巴士加价引起市民不满",
    "本报讯（记者 何平）东湾巴士公司昨日宣布，下月起车费平均加价百分之八。",
    "多个团体批评加价幅度过大，要求政府介入。",
    "",
)


@pytest.mark.parametrize(
    ("heading", "notice"),
    [
        ("更正", "本报3月2日第五版《新港码头启用》一文中，码头泊位数目应为四个，特此更正。"),
        (
            "严正声明",
            "近日有人冒用本报名义在社会上招揽广告，本报从未授权任何个人或机构代理此类业务，"
            "请广大读者提高警惕。",
        ),
        ("郑重声明", "本报从未在任何网络平台开设收费订阅账号，请读者认准本报官方渠道。"),
    ],
)
def test_notice_after_a_story_is_its_own_item(heading, notice):
    parsed = parse(*STORY, heading, notice)
    assert [a.headline for a in parsed.articles] == ["巴士加价引起市民不满", heading]
    bus, item = parsed.articles
    assert bus.paragraphs == (
        "本报讯（记者 何平）东湾巴士公司昨日宣布，下月起车费平均加价百分之八。",
        "多个团体批评加价幅度过大，要求政府介入。",
    )
    assert bus.crossheads == ()
    assert item.paragraphs == (notice,)
