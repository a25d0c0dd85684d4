"""Kinds a blind set (holdout43's 1990s radio and TV weekly typed by OCR) showed, on pages written
for these tests:

- a day's programme listing set as a table, its times in a column apart from the programmes
  (``20:05　电视连续剧：青石桥人家（3、4）``), under its channel's and day's title, is a table beside the
  stories down to its last row, never the next story's kicker; its dated title goes with it;
- a TV weekly's masthead line saying which days the issue covers (``本期节目时间：6月10日—6月16日``)
  is the masthead's, and its viewing guide (``本期导视``) a box of teasers, as 本期导读 is.
- a masthead line holding the date, the issue and an internal publication permit
  (``内部准印证（95）第021号``, blind holdout44's coal-mine paper) is the page's header.
"""

from __future__ import annotations

from tests.parsing.helpers import decks, parse, reasons


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


def test_a_tv_weeklys_masthead_span_and_its_daoshi_box_are_no_story():
    parsed = parse(
        "青川广播电视报",
        "QINGCHUAN GUANGBO DIANSHI BAO",
        "1996年6月3日　星期一　第23期　每份0.50元",
        "本期节目时间：6月10日—6月16日",
        "",
        "本期导视",
        "纪录片《青川古渡》的拍摄故事……8版",
        "荧屏小议：片头能不能短一点……2版",
        "",
        "青川电视台新闻改版",
        "",
        "本报讯（记者　钱明）青川电视台《青川新闻》从下周起改为每晚七点半播出。",
    )
    assert decks(parsed) == [("", "青川电视台新闻改版", "")]
    assert [t.target_label for t in parsed.teasers] == ["8", "2"]
    aside = reasons(parsed)
    assert aside["本期节目时间：6月10日—6月16日"] == "masthead"


def test_a_masthead_line_with_an_internal_publication_permit_is_the_page_header():
    parsed = parse(
        "                    岭  川  矿  工  报",
        "              中共岭川矿务局委员会主办",
        "    1995年3月10日  星期五  第10期（总第1240期）  内部准印证（95）第021号",
        "",
        "            二矿掘进队创月进尺新纪录",
        "",
        "    本报讯　二矿掘进一队上月掘进巷道四百二十米，创全局月进尺新纪录。",
    )
    assert decks(parsed) == [("", "二矿掘进队创月进尺新纪录", "")]
    assert parsed.metadata.date == "1995-03-10"
