"""A roll of names under its headline (an honours list): a lead-in sentence ending with ``：``
printed right under the headline, rows of a unit and the people named under it (one to several a
row, a note ``（女）`` after a name), then the office that issues it and the date, pushed right. All
of it is the list's text: no row is a deck, the issuer is no byline, the date is no page stamp
(articles/parsing/rolls.py, articles/parsing/signingdates.py). Near misses: a kicker ending with
``：`` over a headline stays the kicker; rows that are no names stay what they were. Invented
units and people."""

from tests.parsing.helpers import parse

STORY = (
    "河口镇春耕备耕全面展开",
    "　　本报讯　河口镇各村抢抓晴好天气，组织农机下田翻耕，目前已完成春耕面积八成。",
)
ROLL = (
    "二〇二一年度优秀志愿者名单",
    "　　经各村推荐、镇志愿者协会评议，下列同志被评为二〇二一年度优秀志愿者：",
    "　　东坝村　柯文涛　邝秋菊（女）　洪建波",
    "　　西塘村　宁晓燕（女）",
    "　　南港社区　邵志平　骆春生",
    "　　　　　　　　　　　　　　　　河口镇志愿者协会",
    "　　　　　　　　　　　　　　　　二〇二二年一月十日",
)


def test_a_roll_under_its_headline_is_the_text_of_one_story():
    parsed = parse(*STORY, *ROLL)
    assert [a.headline for a in parsed.articles] == [STORY[0], ROLL[0]]
    roll = parsed.articles[1]
    assert roll.paragraphs == tuple(line.strip() for line in ROLL[1:])
    assert roll.reporters == ()
    assert roll.byline == ""


def test_a_roll_signed_with_an_arabic_date_keeps_its_date():
    lines = [*ROLL[:-1], "　　　　　　　　　　　　　　　　2022年1月10日"]
    roll = parse(*STORY, *lines).articles[-1]
    assert roll.paragraphs[-2:] == ("河口镇志愿者协会", "2022年1月10日")
    assert roll.reporters == ()


def test_near_miss_a_kicker_ending_with_a_colon_stays_the_kicker():
    parsed = parse(
        *STORY,
        "志愿服务暖人心：",
        "河口镇表彰一批优秀志愿者",
        "　　本报讯　河口镇昨日表彰一批优秀志愿者。",
    )
    assert (parsed.articles[-1].kicker, parsed.articles[-1].headline) == (
        "志愿服务暖人心：",
        "河口镇表彰一批优秀志愿者",
    )


def test_near_miss_a_lead_in_over_a_deck_that_names_no_people_is_left_to_the_deck():
    parsed = parse(
        *STORY,
        "",
        "春耕时节，记者走访了三个村：",
        "",
        "东坝村　机耕道修到田头",
        "西塘村　育秧大棚扩了容",
        "",
        "　　本报讯　东坝村今年新修机耕道三公里，农机可直接开到田头。",
    )
    last = parsed.articles[-1]
    assert "机耕道修到田头" in last.headline
    assert last.paragraphs == ("本报讯　东坝村今年新修机耕道三公里，农机可直接开到田头。",)
