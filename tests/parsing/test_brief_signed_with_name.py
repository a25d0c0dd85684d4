"""A brief signed at its end with a name alone in brackets: that person wrote it (INPUT.md: a
byline sometimes stands at the END), unless the bracket closes an answer or names someone the
story has already quoted."""

from tests.parsing.helpers import parse


def test_name_alone_closing_a_brief_is_its_reporter():
    parsed = parse(
        "城西菜市场完成改造",
        "",
        "本报讯　经过三个月施工，城西菜市场昨天重新开门迎客，摊位由原来的八十个增加到一百二十个，"
        "地面和排水沟全部翻新。（柯　蓝）",
    )
    assert parsed.articles[0].reporters == ("柯蓝",)


def test_name_glued_without_space_closing_a_tip_is_its_reporter():
    parsed = parse(
        "雨后少去河边钓鱼",
        "",
        "连日降雨后河道水位上涨，岸边泥土松软，垂钓者容易滑落。专家建议雨后三天内不要到河边垂钓，"
        "更不要带孩子去水边玩耍。（郝晴）",
    )
    assert parsed.articles[0].reporters == ("郝晴",)


def test_name_closing_an_answer_is_the_expert_not_a_reporter():
    parsed = parse(
        "桃树流胶怎么办",
        "",
        "问：我家桃树今年流胶严重，该怎么办？",
        "",
        "答：流胶多由虫伤和排水不畅引起，要及时刮除胶块，涂抹石硫合剂，雨季注意开沟排水。（冉玉林）",
    )
    assert parsed.articles[0].reporters == ()


def test_name_of_an_expert_the_story_quoted_is_not_its_reporter():
    parsed = parse(
        "夏播大豆抓紧除草",
        "",
        "本报讯　近期气温升高，田间杂草生长加快。县农技站高级农艺师邵明远提醒，豆农要抓住晴好天气"
        "及时中耕除草，防止草荒。",
        "",
        "他说，除草剂要按说明稀释，避免药害。（邵明远）",
    )
    assert parsed.articles[0].reporters == ()


def test_agency_in_brackets_closing_a_story_is_no_reporter():
    parsed = parse(
        "东港新航线开通",
        "",
        "东港至北湾的客运新航线昨天首航，每天往返四班，全程约两小时。（中央社）",
    )
    assert parsed.articles[0].reporters == ()
