"""A briefs column (简讯) whose items carry a run-in head (``■城东新建三座口袋公园　本报讯（记者王刚）…``)
is imported as one story headlined ``简讯``, its items as paragraphs, and no reporter credited.

INPUT.md: each dateline form (``本报讯（记者…）``) opens a story, and a column label is not a
headline. The same briefs with their heads on lines of their own, or without heads, are three
stories today, each credited; with the head run in before the dateline (the usual 简讯 setting:
a bold lead-in, a full-width space, the dateline) the column label becomes a story's headline,
three reporters go uncredited and readers get one story made of three.
"""

from tests.parsing.helpers import parse


def test_run_in_headed_briefs_are_separate_stories():
    parsed = parse(
        "简讯",
        "",
        "■城东新建三座口袋公园　本报讯（记者王刚）城东区今年新建的三座口袋公园日前向市民开放。",
        "",
        "■市区新增公交线路两条　本报讯（记者李明）市公交集团昨天宣布，新开两条公交线路。",
        "",
        "■老街改造完成　本报讯（记者陈立）老街改造工程昨日全部完成，沿街商铺陆续开业。",
    )
    assert [a.reporters for a in parsed.articles] == [("王刚",), ("李明",), ("陈立",)]
    assert "简讯" not in [a.headline for a in parsed.articles]
