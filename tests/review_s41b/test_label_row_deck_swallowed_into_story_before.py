"""A story whose headline and subheadline are each ``place/topic：figure`` is swallowed into the
story before it.

Today's change reads a run of ``label：value`` lines with a figure in each (``开放时间：
9:00—17:00`` / ``咨询电话：0513-85512345``) as a table of the story above when more text of that
story follows (``articles/parsing/datarows.py``: ``label_rows``, ``story_text_after``). A paper's
economy story is headlined just so: ``南通：前三季度GDP增长6.5%`` over ``工业：增加值增长8.1%``,
then its text, with no ``本报讯`` (a feature's or a round-up's opening). Both lines are read as
rows of the story before, and the economy story's text as more of that story: the page loses a
story, and readers find the 口袋公园 story ending with the GDP report. Before today the page
read as two stories.

Steps: parse a story, a blank line, the two deck lines, a blank line, and the next story's text
opening without a dateline.
"""

from tests.parsing.helpers import decks, parse


def test_a_deck_of_two_headlines_with_a_colon_and_a_figure_opens_a_story():
    parsed = parse(
        "城东新建三座口袋公园",
        "",
        "本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。",
        "",
        "南通：前三季度GDP增长6.5%",
        "工业：增加值增长8.1%",
        "",
        "今年以来，全市经济运行稳中有进，主要指标好于预期，工业生产保持较快增长。",
    )
    assert decks(parsed) == [
        ("", "城东新建三座口袋公园", ""),
        ("", "南通：前三季度GDP增长6.5%", "工业：增加值增长8.1%"),
    ]
