"""A story closed by the news site it came from, in brackets alone (``（人民网）``, ``（新华网）``,
``（央视新闻）``), gives that line to the next story as its 引题 or headline.

Today's rule (closings ``_OUTLET_ALONE_RE``) reads ``（新华社）``, ``（人民日报）``, ``（中国新闻网）`` alone
after a story as its source, but its closed list of endings misses the sites papers reprint from
most (人民网, 新华网, 央视新闻), so the same kind of line still reads as the next story's deck.
INPUT.md: end-of-story lines belong to the story before them, not to the headline after them.
Not a regression (missing its own kind).
"""

import pytest

from tests.parsing.helpers import decks, parse


@pytest.mark.parametrize("source", ["（人民网）", "（新华网）", "（央视新闻）"])
def test_news_site_alone_after_a_story_is_not_the_next_deck(source):
    parsed = parse(
        "全国夏粮收购进度过半",
        "",
        "记者从国家粮食和物资储备局获悉，今年夏粮收购进度已经过半，各地收购工作进展顺利。",
        "",
        source,
        "",
        "夜校报名火爆",
        "",
        "本报讯（记者李华）今年秋季市民夜校昨日开放报名，两小时内名额全部报满。",
    )
    assert decks(parsed) == [("", "全国夏粮收购进度过半", ""), ("", "夜校报名火爆", "")]
