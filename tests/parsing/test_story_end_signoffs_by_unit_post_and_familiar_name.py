"""Sign-offs at a story's end that name the writer with more than a name: a familiar pen name
(``（老陈）``), the writer's department (``（厂工会宣传科　吴振华）``), a corps of student reporters
(``（学生记者团　韩　雪）``), a post in an association (``（校友会副会长　唐景文）`` on its own line).
Each signs the story it closes; the last is never the next story's headline.

INPUT.md ("Bylines, datelines, credits"): a byline sometimes stands at the END; pen names and
signatures on their own line belong to the story before them, not to the headline after them.
"""

from tests.parsing.helpers import parse

NEXT = ["", "城南新开一家书店", "", "本报讯　城南新华书店分店昨日开业，店内有图书三千余种。"]


def test_a_familiar_pen_name_glued_to_the_end_signs_the_brief():
    parsed = parse(
        "河西菜场增设早市",
        "",
        "本报讯　河西菜场从下周一起增设早市，每天清晨五点开门，方便上早班的职工买菜。（老陈）",
        *NEXT,
    )
    assert [a.reporters for a in parsed.articles] == [("老陈",), ()]


def test_a_familiar_name_the_story_speaks_of_is_no_sign_off():
    parsed = parse(
        "河西菜场增设早市",
        "",
        "本报讯　河西菜场从下周一起增设早市。菜场的老陈说，早市每天清晨五点开门。（老陈）",
        *NEXT,
    )
    assert parsed.articles[0].reporters == ()


def test_a_department_and_name_glued_to_the_end_sign_the_story():
    parsed = parse(
        "红星车间质量月见成效",
        "",
        "　　本报讯　红星车间开展质量月活动，产品一次合格率提高到百分之九十八。（厂工会宣传科　吴振华）",
        *NEXT,
    )
    assert parsed.articles[0].reporters == ("吴振华",)


def test_a_student_reporters_corps_and_a_spaced_name_sign_the_story():
    parsed = parse(
        "学生志愿者走进社区",
        "",
        "本报讯　二十名学生志愿者昨日走进南湖社区，为老人义诊、理发。（学生记者团　韩　雪）",
        *NEXT,
    )
    assert parsed.articles[0].reporters == ("韩雪",)


def test_a_post_and_name_in_brackets_under_a_column_close_it_not_the_next_story():
    parsed = parse(
        "毕业寄语",
        "",
        "四年时光转瞬即逝。无论走到哪里，都请记得母校的那片银杏林。欢迎大家常回来看看。",
        "",
        "（校友会副会长　唐景文）",
        *NEXT,
    )
    column, shop = parsed.articles
    assert column.reporters == ("唐景文",)
    assert (shop.kicker, shop.headline, shop.subheadline) == ("", "城南新开一家书店", "")
