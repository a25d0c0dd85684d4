"""A letter printed with its closing formula (``此致`` / ``敬礼！``), then the writer's signature
(``乘客　司马文``) and the date: the formula and signature close the letter, never the deck of
the story after it, and the writer signs the letter (a passenger, as a reader, is who the
writer is, not a name).

INPUT.md ("Bylines, datelines, credits"): signatures on their own line belong to the story
before them, not to the headline after them.
"""

from tests.parsing.helpers import parse

LETTER = [
    "售票员热心助人",
    "编辑同志：",
    "　　我是一名外地旅客，在贵站候车时突发急病，售票员孙红梅同志把我送到医院，还替我垫付了药费。",
    "　　我要向她表示衷心的感谢。",
]
NEXT = ["", "车站开通夜间售票", "　　本报讯　车站售票厅从3月起开通夜间售票窗口，方便旅客购票。"]


def test_regards_and_signature_close_the_letter_not_the_next_deck():
    parsed = parse(
        *LETTER,
        "　　　　此致",
        "敬礼！",
        "　　　　　　　　乘客　司马文",
        "　　　　　　　　1987年3月2日",
        *NEXT,
    )
    letter, news = parsed.articles
    assert letter.headline == "售票员热心助人"
    assert letter.reporters == ("司马文",)
    assert (news.kicker, news.headline, news.subheadline) == ("", "车站开通夜间售票", "")


def test_regards_on_one_line_close_the_letter_too():
    parsed = parse(*LETTER, "此致敬礼！", "　　　　　　　　乘客　司马文", *NEXT)
    assert [a.headline for a in parsed.articles] == ["售票员热心助人", "车站开通夜间售票"]
    assert parsed.articles[0].reporters == ("司马文",)
