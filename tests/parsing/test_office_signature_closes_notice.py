"""The paper's own office signing a notice or a letter to readers (``本刊编辑部``,
``青川晚报社编辑部  2026年1月5日``, or ``本报编辑部`` with the date on the line under it) is that
item's last line, never the next story's kicker (INPUT.md, "Bylines, datelines, credits":
signatures on their own line belong to the story before them). A headline about the office
is still a headline. Invented papers."""

import pytest

from tests.parsing.helpers import decks, parse

LETTER = (
    "岚城冬季植树启动",
    "",
    "本报讯（记者 赵敏）昨日，岚城冬季植树活动启动。",
    "",
    "致读者",
    "",
    "新年将至，感谢广大读者一年来的支持。",
    "",
)
NEXT = ("", "城东新开一条公交线", "", "本报讯（记者 周涛）城东公交二十八路昨日开通。")


@pytest.mark.parametrize(
    "signature",
    [("本刊编辑部",), ("青川晚报社编辑部  2026年1月5日",), ("本报编辑部", "2026年1月5日")],
)
def test_office_signature_ends_the_letter(signature):
    parsed = parse(*LETTER, *signature, *NEXT)
    assert decks(parsed) == [
        ("", "岚城冬季植树启动", ""),
        ("", "致读者", ""),
        ("", "城东新开一条公交线", ""),
    ]
    assert parsed.articles[1].paragraphs[-len(signature) :] == signature
    assert not parsed.set_aside  # (the date is the letter's, not the page's)


def test_headline_about_the_office_stays_a_headline():
    parsed = parse(
        *LETTER[:4],
        "本报编辑部召开读者座谈会",
        "",
        "本报讯（记者 周涛）本报编辑部昨日召开读者座谈会。",
    )
    assert [a.headline for a in parsed.articles] == ["岚城冬季植树启动", "本报编辑部召开读者座谈会"]
