"""A review printing the work's credits between its title and its critic (articles/parsing/
filmcredits.py): the credits are the review's text and the critic its byline whether the paper
sets the credits one to a line (``导演：…`` / ``编剧：…``) or several to a line, and whether it names
the critic spaced out (``周　岚``) or by a mark (``□ 周岚``); never a deck line nor a new story's
headline. Near misses: a photo's credit ``摄影：…`` alone, a cast sentence. Invented papers and
people."""

import pytest

from articles.parsing.filmcredits import credits_line
from tests.parsing.helpers import decks, parse

_TEXT = "　　影片讲一座江边小镇里两代船工的故事，镜头朴素，人物却个个立得住。"


def _review(*head: str):
    return parse(*head, _TEXT, "　　结尾处老船工的一声号子，把全片的情绪推到了高处。")


@pytest.mark.parametrize(
    ("head", "credits"),
    [
        (("编剧：吕青　导演：韩松", "□ 周岚"), ["编剧：吕青　导演：韩松"]),
        (
            ("编剧：吕青　导演：韩松", "主演：方晓　韩冰", "□ 周岚"),
            ["编剧：吕青　导演：韩松", "主演：方晓　韩冰"],
        ),
        (("导演：韩松", "编剧：吕青", "周　岚"), ["导演：韩松", "编剧：吕青"]),
        (("导演：韩松", "编剧：吕青", "□ 周岚"), ["导演：韩松", "编剧：吕青"]),
        (("出品：江东电影制片厂", "导演：韩松", "周　岚"), ["出品：江东电影制片厂", "导演：韩松"]),
        (("导演：韩松", "□ 周岚"), ["导演：韩松"]),
    ],
)
def test_credits_under_the_title_are_text_and_the_critic_under_them_the_byline(head, credits):
    parsed = _review("江边的号子", *head)
    assert decks(parsed) == [("", "江边的号子", "")]
    story = parsed.articles[0]
    assert story.reporters == ("周岚",)
    assert [b.text for b in story.blocks][: len(credits) + 1] == [*credits, _TEXT.strip()]


def test_one_credit_a_line_under_a_review_line_leaves_the_review_line_the_subheadline():
    parsed = _review("江边的号子", "——评电影《船工》", "编剧：吕青", "导演：韩松", "周　岚")
    assert decks(parsed) == [("", "江边的号子", "——评电影《船工》")]
    story = parsed.articles[0]
    assert story.reporters == ("周岚",)
    assert [b.text for b in story.blocks][:2] == ["编剧：吕青", "导演：韩松"]


def test_near_miss_a_photos_credit_alone_is_no_credits_line():
    lines = ["摄影：韩松", "周　岚"]
    assert not credits_line(lines, 1, lines[0])
    lines = ["摄影：韩松", "摄影：吕青"]  # (two photos' credits: one role)
    assert not credits_line(lines, 1, lines[0])
    lines = ["导演：韩松", "编剧：吕青"]
    assert credits_line(lines, 1, lines[0]) and credits_line(lines, 2, lines[1])
