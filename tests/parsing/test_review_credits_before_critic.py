"""A review whose work's credits block (``编剧：…　导演：…`` / ``主演：…`` / ``…摄制``) is printed right
under its title, BEFORE the critic's name: the credits stay the review's text, the name under
them is its byline (as when the critic is named first, test_review_letter_lesson_lines). Near
misses: a name under credits standing inside a story's text, a title-like line under credits.
Invented films, studios and people."""

import pytest

from tests.parsing.helpers import decks, parse

TITLE = ("新片短评", "渔火照亮回家的路", "——看影片《海湾的早晨》")
CREDITS = (
    "编剧：卢青山　导演：谭一帆　摄影：严冬",
    "主演：苏小禾　柯明",
    "海东电影制片厂1983年摄制",
)
TEXT = "这部影片写一个渔家姑娘回乡办夜校的故事。情节不复杂，人物却立得住。"


@pytest.mark.parametrize("critic", ["韦　岚", "秋　声", "韦岚"])
def test_the_critic_named_under_the_credits_is_the_byline(critic):
    parsed = parse(*TITLE, *(f"　　{line}" for line in CREDITS), critic, f"　　{TEXT}")
    assert decks(parsed) == [("新片短评", "渔火照亮回家的路", "——看影片《海湾的早晨》")]
    [review] = parsed.articles
    assert review.reporters == (critic.replace("\u3000", ""),)
    assert [b.text for b in review.blocks] == [*CREDITS, TEXT]


def test_with_blank_lines_between_the_blocks_too():
    parsed = parse(*TITLE[1:], "", CREDITS[0], "", "韦　岚", "", TEXT)
    [review] = parsed.articles
    assert review.headline == "渔火照亮回家的路"
    assert review.reporters == ("韦岚",)
    assert [b.text for b in review.blocks] == [CREDITS[0], TEXT]


def test_near_miss_a_name_under_credits_inside_a_storys_text_is_not_the_byline():
    parsed = parse(
        "海东厂新片开拍",
        "",
        "本报讯　海东电影制片厂的新片昨天开拍。主创人员如下：",
        "",
        CREDITS[0],
        "",
        "韦　岚",
        "",
        "她说，这是她第一次拍渔村。",
    )
    assert [a.reporters for a in parsed.articles] == [()]


def test_near_miss_a_title_under_the_credits_is_no_byline():
    parsed = parse(*TITLE[1:], CREDITS[0], "影片的时代背景", f"　　{TEXT}")
    assert all(not a.reporters for a in parsed.articles)
