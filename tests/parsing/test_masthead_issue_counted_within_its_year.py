"""A quarterly's masthead line counts its issue within the year beside the count since the paper
began (``岚溪大学校友会主办　　2011年第3期（总第27期）　　2011年9月15日``, found on holdout37): a
page header, never glued to the lead's deck.

INPUT.md ("Page furniture"): mastheads are page metadata or noise, never an article.
"""

from tests.parsing.helpers import decks, parse, reasons


def test_a_quarterly_s_masthead_line_counting_its_issue_within_the_year_is_no_headline():
    masthead = "岚溪大学校友会主办　　2011年第3期（总第27期）　　2011年9月15日"
    parsed = parse(
        "岚溪校友",
        masthead,
        "",
        "千名校友共话母校发展",
        "",
        "本报讯（记者团　林小舟）9月10日，千余名校友回到母校，参加第三届校友发展论坛。",
    )
    assert decks(parsed) == [("", "千名校友共话母校发展", "")]
    assert reasons(parsed)[masthead] == "page-header"
    assert parsed.metadata.date == "2011-09-15"
