"""A short poem on a literary page (title, poet's name, stanzas of short unpunctuated lines
between blank lines) printed before a news story becomes that story's kicker and headline (the
stanzas as decks), or, on its own, is left unplaced altogether: the poem is lost.

Literary pages (副刊) of every paper print poems so; INPUT.md ("Encoding and layout"): a short
line is not a headline because it is short; the poet's name under the title is the byline.
A literary page's truth (tests/data/fidelity-holdout13, 秋 夜) reads a poem so. Invented poems.
"""

from tests.parsing.helpers import parse

POEM = (
    "冬夜",
    "",
    "岚山",
    "",
    "月光落在窗前",
    "像一封没有寄出的信",
    "",
    "我把它折好",
    "放进冬天的抽屉",
)


def test_poem_before_a_news_story_is_its_own_piece():
    parsed = parse(
        *POEM,
        "",
        "岚城冬季植树启动",
        "",
        "本报讯（记者 赵敏）昨日，岚城冬季植树活动启动，全市共栽种树木一万株。",
        "",
        "植树活动将持续到年底。",
    )
    assert [a.headline for a in parsed.articles] == ["冬夜", "岚城冬季植树启动"]
    poem, story = parsed.articles
    assert "月光落在窗前" in poem.text
    assert poem.reporters == ("岚山",)
    assert story.kicker == ""
    assert story.subheadline == ""


def test_two_poems_alone_are_kept():
    parsed = parse(
        "静夜思（外一首）",
        "",
        "岚山",
        "",
        "月光落在窗前",
        "像一封没有寄出的信",
        "我把它折好",
        "放进冬天的抽屉",
        "",
        "秋晚",
        "",
        "风从河面走过",
        "芦苇弯下了腰",
    )
    assert parsed.unplaced_lines == ()
    text = "\n".join(a.text for a in parsed.articles)
    assert "月光落在窗前" in text
    assert "芦苇弯下了腰" in text
    assert parsed.articles[0].headline == "静夜思（外一首）"
