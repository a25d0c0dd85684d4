"""At the top of a page, a slogan of phrases parted by a space, no punctuation
(``鼓足干劲　夺取秋收秋种全面胜利``), alone in its block under the masthead and over the lead's deck
is the masthead's slogan: set aside (and flagged), never the lead's kicker.

INPUT.md ("Page furniture"): mastheads and slogans are not stories.
"""

from tests.parsing.helpers import parse, reasons


def test_a_phrased_slogan_between_masthead_and_deck_is_set_aside():
    parsed = parse(
        "青　岗　农　垦",
        "1964年9月2日　星期三　　第208期",
        "",
        "鼓足干劲　夺取秋收秋种全面胜利",
        "",
        "东风农场秋收进度快",
        "本报讯　东风农场各生产队抢晴天收割大豆，到一日已收割两万亩。",
    )
    assert [(a.kicker, a.headline) for a in parsed.articles] == [("", "东风农场秋收进度快")]
    assert reasons(parsed)["鼓足干劲　夺取秋收秋种全面胜利"] == "slogan"
    assert any(flag.kind == "slogan" for flag in parsed.flags)


def test_two_phrases_right_on_a_headline_stay_in_the_deck():
    parsed = parse(
        "青　岗　农　垦",
        "1964年9月2日　星期三　　第208期",
        "",
        "鼓足干劲　夺取秋收秋种全面胜利",
        "东风农场秋收进度快",
        "本报讯　东风农场各生产队抢晴天收割大豆，到一日已收割两万亩。",
    )
    (story,) = parsed.articles
    assert "夺取秋收秋种全面胜利" in " ".join(story.title_lines)
    assert "鼓足干劲　夺取秋收秋种全面胜利" not in reasons(parsed)
