"""A bracketed note after a story's last paragraph, saying where the reprint first ran
(``（原载《…》）``, ``（本文原载于…）``, ``（刊于…）``), that its people's names are changed
(``（应受访者要求，文中人物系化名）``) or that it speaks for its writer only
(``（本文仅代表作者个人观点）``), is the story's last line: never the next story's deck.

INPUT.md ("Bylines, datelines, credits"): author notes and end datelines belong to the story
before them, not to the headline after them.
"""

import pytest

from articles.parsing.closings import closes_story
from articles.parsing.units import Para
from tests.parsing.helpers import decks, parse

FIRST = "城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。"
NEXT = ["城西污水处理厂二期投运", "", "本报讯（记者赵明）城西污水处理厂二期工程昨日正式投入运行。"]


@pytest.mark.parametrize(
    "note",
    [
        "（本文原载于《江城日报》2023年5月6日第3版）",
        "（刊于《江城晚报》，有删节）",
        "（应受访者要求，文中人物系化名）",
        "（除署名者外，文中学生均系化名）",
        "（本文仅代表作者个人观点）",
        "（文章不代表本报立场）",
    ],
)
@pytest.mark.parametrize("gap", [[], [""]])
def test_a_closing_note_is_the_last_line_of_its_story(note, gap):
    parsed = parse("城东新建三座口袋公园", "", FIRST, *gap, note, "", *NEXT)
    assert decks(parsed) == [("", "城东新建三座口袋公园", ""), ("", "城西污水处理厂二期投运", "")]
    assert parsed.articles[0].paragraphs[-1] == note


@pytest.mark.parametrize("line", ["（化名）", "（原来如此）", "（文章代表）"])
def test_a_bracketed_line_that_is_no_such_note_closes_nothing(line):
    last = Para(1, FIRST)
    assert not closes_story(line, last, "城西污水处理厂二期投运")
