"""An English sentence printed as a paragraph ends with its full stop, as a Chinese one with
``。``: it is text, never a headline, and the next paragraph does not run on into it. English
words in headlines (no full stop) stay headlines; a full stop after an abbreviation (``Co.``)
ends nothing. Invented stories (:mod:`articles.parsing.englishtext`)."""

from articles.parsing.englishtext import english_sentence_end
from tests.parsing.helpers import parse


def test_a_quoted_english_sentence_is_a_paragraph_of_its_story():
    parsed = parse(
        "岚城科技展开幕",
        "",
        "本报讯（记者 赵敏）岚城第三届科技博览会昨日开幕。",
        "",
        "市长说：“Lancheng is open to the world.”",
        "",
        "主办方预计观展人数将达五万人次。",
    )
    (story,) = parsed.articles
    assert story.paragraphs[1] == "市长说：“Lancheng is open to the world.”"
    assert len(story.paragraphs) == 3


def test_an_english_story_ends_before_the_next_chinese_headline():
    parsed = parse(
        "Riverside Library Reopens",
        "",
        "The Riverside Library reopened on Monday after a year of repairs.",
        "",
        "See you at the library.",
        "",
        "岚城新开两家社区书屋",
        "",
        "本报讯（记者 周涛）岚城两家社区书屋昨日开放。",
    )
    assert [a.headline for a in parsed.articles] == [
        "Riverside Library Reopens",
        "岚城新开两家社区书屋",
    ]
    assert parsed.articles[0].paragraphs[-1] == "See you at the library."
    assert parsed.articles[1].kicker == parsed.articles[1].subheadline == ""


def test_english_words_in_headlines_stay_headlines():
    parsed = parse(
        "Made in Lancheng",
        "",
        "岚城制造走向世界，去年出口额增长两成。",
        "",
        "NBA总决赛今日开打",
        "",
        "本报讯（记者 周涛）NBA总决赛今日开打。",
    )
    assert [a.headline for a in parsed.articles] == ["Made in Lancheng", "NBA总决赛今日开打"]


def test_a_full_stop_after_an_abbreviation_ends_no_line():
    """The boundary: ``Co.`` at a line's end is the company's name, and the text goes on."""
    parsed = parse(
        "岚城与岚谷科技公司签约",
        "",
        "本报讯（记者 赵敏）昨日，岚城与Lanvalley Tech Co.",
        "签约，总投资五亿元。",
    )
    (story,) = parsed.articles
    assert story.paragraphs == (
        "本报讯（记者 赵敏）昨日，岚城与Lanvalley Tech Co.签约，总投资五亿元。",
    )
    assert not english_sentence_end("U.S. Team Wins in the U.S.")
    assert not english_sentence_end("Lancheng Tech Expo Opens")
    assert english_sentence_end("The expo runs until Sunday.")
