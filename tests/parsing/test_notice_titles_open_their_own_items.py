"""A notice's title alone on its line (更正, 郑重声明, 致歉声明, 讣告, 关于…的公告) after a story
opens an item of its own; a crosshead that merely holds such a word, or a notice title under a
paragraph that announces it (…全文如下：), stays inside the story. Invented paper and people."""

import pytest

from tests.parsing.helpers import parse

STORY = (
    "青河大桥下月合龙",
    "本报讯（记者 凌秋）青河大桥主体工程进展顺利，预计下月中旬实现合龙。",
    "建设方表示，大桥通车后两岸往来时间将缩短半小时。",
    "",
)


@pytest.mark.parametrize(
    ("heading", "notice"),
    [
        ("致歉声明", "本报昨日第三版刊登的照片说明有误，谨向读者和当事人致歉。"),
        ("讣告", "本报退休编辑温子谦同志因病于本月九日逝世，享年七十九岁。特此讣告。"),
        ("本报启事", "因印刷厂设备检修，本报下周一休刊一天，敬请读者谅解。"),
        (
            "關於調整訂閱價格的公告",
            "自明年一月起，本報零售及訂閱價格作小幅調整，詳情請致電發行部。",
        ),
    ],
)
def test_notice_title_after_a_story_opens_its_own_item(heading, notice):
    parsed = parse(*STORY, heading, notice)
    assert [a.headline for a in parsed.articles] == ["青河大桥下月合龙", heading]
    bridge, item = parsed.articles
    assert bridge.crossheads == ()
    assert item.paragraphs == (notice,)


def test_crosshead_holding_a_notice_word_stays_in_the_story():
    parsed = parse(
        *STORY[:3],
        "厂方发表声明",
        "施工单位当晚发表声明，称工期不会受到雨季影响，并将增派人手。",
    )
    (article,) = parsed.articles
    assert article.crossheads == ("厂方发表声明",)


def test_notice_title_announced_by_the_story_is_quoted_inside_it():
    parsed = parse(
        "青河大桥下月合龙",
        "本报讯（记者 凌秋）青河大桥建设指挥部昨日就网传停工消息发表声明，全文如下：",
        "郑重声明",
        "近日网络流传青河大桥停工的消息不实，大桥建设一切正常，请市民勿信勿传。",
    )
    (article,) = parsed.articles
    assert article.crossheads == ("郑重声明",)
