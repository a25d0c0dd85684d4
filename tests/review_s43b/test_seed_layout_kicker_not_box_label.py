"""In the seed's own layout — a 引题 alone in its block, a blank line, then a two-line 主题 —
a short kicker (six characters or less) over the page's first story is now set aside as a
``box-label`` whenever a second story with a two-line deck follows; the 主题's first line is
then taken as the kicker.

Rule: boxlabels.py ``_label_over_decked_stories`` (today's "a box label over two stories set
aside", 鹭洲热线). The seed prints its first story's kicker exactly so (kicker / blank / two
deck lines); a kicker that names what its own story says (重大项目推进 over a story on the
重大项目推进会, not over the boat race after it) is that story's 引题. INPUT.md "Headlines":
引题 / 主题 / 副题 decks; "a headline may be printed on two lines". Before today (18b353c) the
kicker was kept.
"""

from tests.parsing.helpers import parse, reasons

PAGE = (
    "重大项目推进",
    "",
    "以重大项目支撑",
    "全市高质量发展走在前列",
    "",
    "本报讯（记者 陆文）昨日上午，全市重大项目推进会召开，会议通报了上半年重大项目建设情况。",
    "",
    "会议要求，各地要紧盯目标任务，加快重大项目建设进度。",
    "",
    "城南队勇夺龙舟赛冠军",
    "男女混合组竞争激烈",
    "",
    "本报讯（记者 唐林）昨天，首届龙舟赛决赛在城东举行，城南队夺得冠军。",
    "",
    "比赛吸引了上万名市民观看。",
)


def test_short_kicker_alone_in_its_block_stays_the_first_storys_kicker():
    parsed = parse(*PAGE)
    first, second = parsed.articles
    assert first.kicker == "重大项目推进"
    assert "全市高质量发展走在前列" in first.headline
    assert "以重大项目支撑" in first.headline
    assert "重大项目推进" not in reasons(parsed)
    assert second.headline == "城南队勇夺龙舟赛冠军"
