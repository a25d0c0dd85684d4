"""A reporter whose surname is a real but less common one (屠, 郁, 赖, 洪, 胥, 栗, 冼, 阚 …) is read
after a role word as any other (INPUT.md, "Bylines, datelines, credits": ``本报讯（记者金帅）``,
an end credit, ``记者 X 通讯员 Y``; articles/parsing/surnames.py). Before, a story signed at its
end ``（记者 屠晓岚）`` or ``（实习生 郁文 记者 陆平）`` credited nobody, and a letter's ``读者 洪明远``
was set aside unplaced. Pages written for these tests."""

import pytest

from tests.parsing.helpers import parse

HEAD = "老街路灯全部换新"
TEXT = "老街二百多盏路灯日前全部换成节能灯，亮度提高一倍，电费却省下四成。"


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("（记者 屠晓岚）", ("屠晓岚",)),
        ("（实习生 郁文 记者 陆平）", ("郁文", "陆平")),
        ("（记者 赖志强 通讯员 胥红）", ("赖志强", "胥红")),
        ("（记者 冼冬梅）", ("冼冬梅",)),
    ],
)
def test_a_story_signed_at_its_end_credits_them(credit, names):
    (story,) = parse(HEAD, "", TEXT + credit).articles
    assert story.reporters == names
    assert story.byline == credit.strip("（）")


def test_a_letter_signed_by_its_reader_credits_them():
    parsed = parse(
        "为社区义诊点赞",
        "",
        "编辑同志：",
        "",
        "上周六，社区卫生服务站的医生来到我们小区义诊，给老人量血压、测血糖，还讲了冬季防病知识。",
        "",
        "我觉得，这样的好事值得多办。",
        "",
        "读者 洪明远",
    )
    (letter,) = parsed.articles
    assert letter.reporters == ("洪明远",)
    assert "读者 洪明远" not in [item.text for item in parsed.set_aside]
