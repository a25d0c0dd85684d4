"""A box of briefs under its label whose items each print their title in square brackets run
in before the text on the same line (``厂区简讯`` / ``【一车间新建更衣室】一车间新建的…。``), as a
1990s enterprise paper sets them: each item is a story of its own, its title the headline without
the brackets (set aside as the item's mark), the label the box's.

INPUT.md ("Headlines"): over-splitting a page is as wrong as missing a story; ("Page furniture"):
a box's label is no story's headline.
"""

from tests.parsing.helpers import decks, parse, reasons

ITEMS = (
    "【一车间新建更衣室】一车间新建的更衣室日前投入使用，可容纳八十人。",
    "【厂技校开办焊工班】厂技校第二期焊工培训班日前开班，学员五十名。",
    "【食堂延长供餐时间】职工食堂从本月起延长供餐时间至晚上九点。",
)


def test_each_bracketed_title_heads_a_brief_of_its_own():
    for gap in ((), ("",)):  # (the items right under the label, or a blank line between)
        parsed = parse("厂区简讯", *gap, *ITEMS)
        assert decks(parsed) == [
            ("", "一车间新建更衣室", ""),
            ("", "厂技校开办焊工班", ""),
            ("", "食堂延长供餐时间", ""),
        ]
        assert parsed.articles[2].paragraphs[0].startswith("职工食堂从本月起")
        assert reasons(parsed)["厂区简讯"] == "briefs-label"


def test_the_box_ends_the_story_before_it():
    parsed = parse(
        "厂里评出十名标兵",
        "",
        "本报讯　厂工会日前评出今年的十名生产标兵。",
        "",
        "厂区简讯",
        *ITEMS[:2],
    )
    assert [a.headline for a in parsed.articles] == [
        "厂里评出十名标兵",
        "一车间新建更衣室",
        "厂技校开办焊工班",
    ]
