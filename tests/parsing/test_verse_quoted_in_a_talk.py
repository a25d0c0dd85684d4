"""A verse quoted in a story's text (a gatha in a talk, a poem in a memoir): regular lines of
one length, no punctuation, one a line, right under a sentence ending with a colon that
introduces it. They are the story's paragraphs, never a headline or the next story's deck, and
the text after the verse opens a paragraph of its own (INPUT.md, "Headlines": lead-in lines
ending in ``：`` are no new articles; "Encoding and layout": a short line is no headline because
it is short)."""

import pytest

from articles.parsing.quotedverse import quoted_verse_line

from .helpers import parse

VERSE = ("春来溪水绿如蓝", "一路松风过竹庵", "莫问归程何处是", "白云深处是禅龛")
INTRO = "修行不在山中。师父在世时常念一首偈子："
AFTER = "希望大家回家以后，每天留一点时间给自己。"


@pytest.mark.parametrize("indent", ["　　", ""])
def test_verse_lines_under_a_colon_stay_in_the_talk(indent):
    parsed = parse(
        "心安即是归处",
        *(indent + line for line in ("各位居士：今天我们讲一讲安心。", INTRO, *VERSE, AFTER)),
        "斋堂新添十口大锅",
        "本刊讯　斋堂日前新添大锅十口，可供千人用斋。",
    )
    talk, news = parsed.articles
    assert talk.title_lines == ("心安即是归处",)
    assert talk.paragraphs[2:7] == (*VERSE, AFTER)
    assert news.title_lines == ("斋堂新添十口大锅",)


def test_verse_lines_on_a_page_of_blank_lines_stay_in_the_text():
    lines = []
    for paragraph in ("各位居士：今天我们讲一讲安心。", INTRO, *VERSE, AFTER):
        lines += [paragraph, ""]
    parsed = parse("心安即是归处", "", *lines)
    (talk,) = parsed.articles
    assert talk.paragraphs[2:6] == VERSE


def test_short_lines_under_a_kicker_ending_with_a_colon_are_no_verse():
    # a kicker is no sentence: the lines under it are its headline, however regular
    lines = ["老支书的嘱托：", "村里路要修好", "娃们书要读好", "本报讯　昨日，村里召开大会。"]
    assert not quoted_verse_line(lines, 2)
