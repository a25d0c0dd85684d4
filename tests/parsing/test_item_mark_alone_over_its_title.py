"""A box of briefs may print each item's mark alone on its line, over the item's title, the
text under it (``社團簡訊`` / ``▲`` / ``客屬聯誼會設中文書法班`` / text), as an overseas Chinese daily
sets its community briefs: each item is a story of its own, its title the headline, the box's
name its label; the mark opens the title as if printed on its line.

INPUT.md ("Headlines"): over-splitting a page is as wrong as missing a story; ("Page
furniture"): a box's label is no story's headline.
"""

from tests.parsing.helpers import decks, parse, reasons

BOX = (
    "社團簡訊",
    "▲",
    "同鄉會開辦粵劇班",
    "同鄉會本月二十日起開辦粵劇班，每週日下午上課，歡迎會員報名。",
    "▲",
    "國樂團赴檳城演出",
    "國樂團一行十八人將於下週赴檳城參加交流演出，為期四天。",
    "▲",
    "書法研習班結業",
    "府華文書法研習班日前結業，三十名學員獲頒證書。",
)


def test_each_title_under_a_lone_mark_heads_a_story_of_its_own():
    parsed = parse(*BOX)
    assert decks(parsed) == [
        ("", "同鄉會開辦粵劇班", ""),
        ("", "國樂團赴檳城演出", ""),
        ("", "書法研習班結業", ""),
    ]
    assert parsed.articles[1].paragraphs[0].startswith("國樂團一行十八人")
    assert reasons(parsed)["社團簡訊"] == "briefs-label"
