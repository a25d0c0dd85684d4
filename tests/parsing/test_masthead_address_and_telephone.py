"""The masthead's line of the paper's own address and telephone, with no price beside it, as a
wartime paper prints where it has moved to (``本報社址暫遷北岸石板坡　發行部電話　三〇七一``, the
number in Chinese numerals): masthead, never the first story's kicker. A sentence saying the
paper moved stays text. Invented text.

INPUT.md ("Encoding and layout": mastheads carry prices, addresses; none of it is a story).
"""

from tests.parsing.helpers import decks, parse, reasons

TOP = ["嶺江日報", "中華民國三十年八月二日　星期六　　　每份國幣二角"]
STORY = [
    "",
    "市府疏散人口",
    "三日內辦竣",
    "【本報訊】市府為減少空襲損失，決定於三日內將市區老弱婦孺疏散至郊外。",
]


def test_the_papers_address_and_telephone_at_the_top_are_the_masthead():
    parsed = parse(*TOP, "本報社址暫遷北岸石板坡　發行部電話　三〇七一", *STORY)
    assert reasons(parsed)["本報社址暫遷北岸石板坡　發行部電話　三〇七一"] == "masthead"
    assert decks(parsed)[0][0] == ""


def test_a_sentence_about_the_papers_move_is_no_masthead():
    parsed = parse(*TOP, "本報社址暫遷北岸石板坡，電話照舊。", *STORY)
    assert "本報社址暫遷北岸石板坡，電話照舊。" not in reasons(parsed)
