"""Kinds a blind set (holdout43's 1990s radio and TV weekly typed by OCR) showed, on pages written
for these tests:

- a day's programme listing set as a table, its times in a column apart from the programmes
  (``20:05　电视连续剧：青石桥人家（3、4）``), under its channel's and day's title, is a table beside the
  stories down to its last row, never the next story's kicker; its dated title goes with it.
"""

from __future__ import annotations

from tests.parsing.helpers import decks, reasons, parse


def test_a_listings_rows_with_their_times_set_apart_stay_in_its_table():
    parsed = parse(
        "青川广播电视报　　第2版　　荧屏之窗　　1996年6月1日",
        "",
        "青川电视台二套（QCTV—2）　6月13日　星期一",
        "6:30　晨练",
        "12:00　午间新闻",
        "19:00　青川新闻",
        "20:05　电视连续剧：青石桥人家（3、4）",
        "21:50　戏曲大观",
        "22:40　晚间新闻",
        "",
        "观众热线",
        "“有事就打这个电话”",
        "——访《观众热线》编辑赵小梅",
        "",
        "本报记者　钱　明",
        "",
        "《观众热线》开办一年，接到观众来电两千多个。",
    )
    assert decks(parsed)[0][1:] == ("“有事就打这个电话”", "——访《观众热线》编辑赵小梅")
    aside = reasons(parsed)
    assert aside["20:05　电视连续剧：青石桥人家（3、4）"] == "data-box"
    assert aside["22:40　晚间新闻"] == "data-box"
    assert aside["青川电视台二套（QCTV—2）　6月13日　星期一"] == "data-box"
