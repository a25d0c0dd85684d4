"""A ``本期导读`` box whose items name their pages on the line under each title
(``◆城东新建三座口袋公园`` / ``■A4看青石·要闻``) is now set aside whole as ``contents``: the
front page loses its teasers and their links to A4 and A6. Before today (18b353c) both were
read as teasers; without the 本期导读 label they still are.

Rule: teasers.py ``contents_items`` (today's "contents boxes without page pointers set aside")
counts ``■A4看青石·要闻`` as one more bulleted title (■ is one of its item marks) and only
looks for a page pointer inside each item's own line. INPUT.md "Teasers (导读)": title lines
then ``■A4看南通·要闻`` (target page A4) — teasers that link to the article on the target page.
"""

from tests.parsing.helpers import parse


def test_contents_box_with_pointer_lines_gives_teasers():
    parsed = parse(
        "本期导读",
        "◆城东新建三座口袋公园",
        "■A4看青石·要闻",
        "◆首届龙舟赛城南队夺冠",
        "■A6看青石·体育",
        "",
        "全市重大项目推进会召开",
        "本报讯（记者 陆文）昨日上午，全市重大项目推进会召开，会议通报了上半年重大项目建设情况。",
    )
    assert [(teaser.target_label, teaser.target_section) for teaser in parsed.teasers] == [
        ("A4", "看青石·要闻"),
        ("A6", "看青石·体育"),
    ]
    assert [article.headline for article in parsed.articles] == ["全市重大项目推进会召开"]
