"""A late-Qing paper dates its masthead and running heads by the reign (``宣統元年九月初八日``,
the Western year beside it: ``西曆一千九百零九年十月廿一日``) and names its pages 頁
(``第二頁``); its telegrams, letters and correspondents' reports open with the place and 電,
來函 or 通信 and a space, no date (``北京電　…``, ``鎮瀛來函　…``, ``青沔通信　…``), as a 1920s
tabloid's telegrams do (``東州電　…``).

INPUT.md ("Encoding and layout"): running heads and mastheads are furniture; ("Bylines,
datelines, credits"): a dateline starts a story.
"""

from tests.parsing.helpers import parse, reasons


def test_a_reign_dated_running_head_naming_its_page_is_the_pages_header():
    parsed = parse(
        "宣統二年三月初五日　　澄江時報　　第三頁",
        "",
        "城東新開學堂",
        "城東新設小學堂一所、招收學生四十名、定於下月開學。",
    )
    assert reasons(parsed)["宣統二年三月初五日　　澄江時報　　第三頁"] == "page-header"
    assert parsed.metadata.label == "3"
    assert [a.headline for a in parsed.articles] == ["城東新開學堂"]


def test_a_reign_date_with_the_western_year_beside_it_is_the_mastheads():
    line = "宣統二年三月初五日　西曆一千九百十年四月十四日　禮拜四"
    parsed = parse("澄江時報", line, "", "城東新開學堂", "城東新設小學堂一所、定於下月開學。")
    assert line in reasons(parsed)
    assert [a.headline for a in parsed.articles] == ["城東新開學堂"]


def test_a_place_and_dian_laihan_or_tongxin_before_a_space_is_the_dateline():
    parsed = parse(
        "電傳",
        "度支部會議新章",
        "北京電　度支部堂官連日會議新章、擬於明年實行。",
        "海關加徵船鈔",
        "澄瀛電　海關定於下月起加徵船鈔、各商號頗有異議。",
        "",
        "學堂風潮已平",
        "澄瀛來函　本城中學堂學生因膳費事全體罷課、現已復課。",
        "",
        "勸業會開幕",
        "青沔通信　青沔勸業會於本月初一日開幕、觀者日以萬計。",
        "",
        "全城停電",
        "停電　昨夜全城停電兩小時、居民多有不便。",
    )
    assert [(a.headline, a.dateline) for a in parsed.articles] == [
        ("度支部會議新章", "北京電"),
        ("海關加徵船鈔", "澄瀛電"),
        ("學堂風潮已平", "澄瀛來函"),
        ("勸業會開幕", "青沔通信"),
        ("全城停電", ""),  # (停電 is a word of its own: no place sent it)
    ]
