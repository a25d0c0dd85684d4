"""A price list whose figures are printed in Chinese numerals (``上等白米（每擔）　六〇〇元``,
``一號煙膠　每擔　二百四十五盾``) is a table of figures as one printed in digits: set aside as a box
beside the stories, not read as a headline of its rows.

INPUT.md ("Encoding and layout"): OCR output of old pages; ("Page furniture that is not a story").
"""

from tests.parsing.helpers import parse, reasons

ROWS = [
    "上等白米（每擔）　　六〇〇元",
    "中等白米（每擔）　　五六〇元",
    "白糖（每公斤）　　　二十二元",
    "黃金（每兩）　　　　九千二百元",
]


def test_a_price_box_in_chinese_numerals_is_set_aside():
    parsed = parse(
        "煤價回落",
        "【本報訊】本市煤價本週回落，每擔跌二十元。",
        "",
        "本市昨日行情",
        *ROWS,
        "",
        "碼頭擴建工程開工",
        "【本報訊】港口碼頭擴建工程昨日開工，預定明年完成。",
    )
    assert [a.headline for a in parsed.articles] == ["煤價回落", "碼頭擴建工程開工"]
    assert all(reasons(parsed)[row] == "data-box" for row in ROWS)


def test_a_line_of_words_with_no_figure_is_no_row():
    parsed = parse(
        "僑校聯合",
        "運動會下月舉行",
        "",
        "【本報訊】各僑校聯合運動會定於下月十五日舉行。",
    )
    assert ["".join(a.title_lines) for a in parsed.articles] == ["僑校聯合運動會下月舉行"]


def test_rows_in_chinese_numerals_under_a_lead_in_stay_rows_of_the_story():
    rows = ["甲級咖啡　每擔　一百八十盾", "乙級咖啡　每擔　一百六十五盾", "咖啡粉　　每擔　二百盾"]
    parsed = parse(
        "咖啡價格上升",
        "",
        "【本報訊】本埠咖啡市場本週上升。茲將昨日行情錄下：",
        *rows,
        "商人認為，外銷暢旺，價格仍將上升。",
    )
    [story] = parsed.articles
    assert story.paragraphs[1:] == (*rows, "商人認為，外銷暢旺，價格仍將上升。")
