"""A pen name signing a story in brackets after its role (``（特約通訊員　阿秋）``) that OCR or a
narrow column cut over two lines (``（特約通訊員`` / ``阿秋）``) signs the story as it does on one
line: the two halves are one bracketed line, and what ends the block is what follows the second.

INPUT.md ("Bylines, datelines, credits"): pen names on their own line belong to the story before
them; ("Encoding and layout"): OCR cuts lines anywhere.
"""

from tests.parsing.helpers import parse

STORY = [
    "港口漁民",
    "要求修建避風塘",
    "",
    "【本報港口通訊】",
    "港口漁民三百餘",
    "人，日前聯名向",
    "市政府請求修建",
    "避風塘，以免颱",
    "風季節損失。",
]


def test_a_pen_name_cut_after_its_role_signs_the_story():
    parsed = parse(
        *STORY,
        "（特約通訊員",
        "秋帆）",
        "",
        "新街商店",
        "今起延長營業",
        "",
        "【本報訊】新街商店今起延長營業時間至晚上十時。",
    )
    assert ["".join(a.headline.split()) for a in parsed.articles] == [
        "港口漁民要求修建避風塘",
        "新街商店今起延長營業",
    ]
    assert parsed.articles[0].reporters == ("秋帆",)
    assert not parsed.unplaced_lines


def test_the_pen_name_cut_at_the_pages_end_signs_it_too():
    parsed = parse(*STORY, "（通訊員", "秋帆）")
    assert parsed.articles[0].reporters == ("秋帆",)
