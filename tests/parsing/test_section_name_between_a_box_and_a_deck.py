"""An e-paper's text layer runs a page's frames together with no blank line: a weather box,
then a section's name (``國際要聞``), then the next story's deck and text. The name is the
section's, set aside, never a line of the deck under it; a line ending in 新闻 inside a story's
deck (no box's line right above it) stays the deck's.

INPUT.md ("Encoding and layout"): a section name printed alone is the page's section, not the
first story's headline.
"""

from tests.parsing.helpers import parse, reasons


def test_a_section_name_right_under_a_box_is_set_aside_over_the_deck():
    parsed = parse(
        "南湖晨報電子報",
        "2026年3月5日 星期四 A2",
        "綜合新聞",
        "河濱公園整修",
        "【本報訊】南湖市河濱公園因",
        "去年颱風造成部分步道坍塌，市",
        "府將自本週六起封閉整修，預計",
        "四月底前完工。工務局提醒民眾",
        "改走替代道路，並注意現場告示",
        "。",
        "圖書館延長開放",
        "【本報訊】南湖市立圖書館總館",
        "昨日起延長開放時間，平日",
        "晚上開放到十點，週末提早",
        "在上午八點開館。館方表示",
        "，許多上班族和學生反映晚上",
        "想找地方讀書。",
        "本週天氣",
        "東寧 多雲 14-21℃",
        "南崗 晴 16-24℃",
        "國際要聞",
        "西洲議會改選",
        "反對黨大勝",
        "西洲三日舉行議會選舉，反",
        "對黨贏得過半席次，將組成",
        "新政府。",
    )
    assert reasons(parsed)["國際要聞"] == "page-section"
    assert [a.title_lines for a in parsed.articles][-1] == ("西洲議會改選", "反對黨大勝")
