"""Kinds a blind set (holdout43: an overseas Chinese weekly's e-paper, a 1990s radio and TV weekly
typed by OCR, a 1980s prefecture paper from microfilm) showed, on pages written for these tests:

- an e-paper reader's ``本版文章：`` line and the list of the page's titles under it are the
  site's chrome, never a story's deck;
- a page number between dashes at a page's foot under a box of bulleted briefs (``—3—``) is the
  page's label, never a headline;
- a teaser row opened by a bullet and pointing with 详见 (``▶ title　详见第5版``) is a teaser.
"""

from __future__ import annotations

from tests.parsing.helpers import decks, parse, reasons


def test_an_epaper_readers_list_of_the_pages_titles_is_site_chrome():
    parsed = parse(
        "南洲侨报电子版",
        "首页 | 往期回顾 | 版面导航",
        "2019年5月9日　星期四　　上一版　下一版",
        "第03版：社区",
        "本版文章：",
        "唐人街夜市本周末开张",
        "侨校举办母亲节游园会",
        "社区简讯",
        "",
        "唐人街夜市本周末开张",
        "",
        "　　【本报讯】唐人街商会宣布，夜市将于本周六晚开张，每周末营业至午夜。",
        "",
        "侨校举办母亲节游园会",
        "",
        "　　【本报讯】南洲中文学校上周日举办母亲节游园会，三百多名学生和家长参加。",
    )
    assert decks(parsed) == [
        ("", "唐人街夜市本周末开张", ""),
        ("", "侨校举办母亲节游园会", ""),
    ]
    assert reasons(parsed)["本版文章："] == "navigation"
    assert reasons(parsed)["社区简讯"] == "navigation"


def test_a_folio_under_a_box_of_bulleted_briefs_is_the_pages_label():
    parsed = parse(
        "桐川广播电视报",
        "",
        "县台新闻节目改版",
        "",
        "　　本报讯　县电视台《桐川新闻》从下周起改为每晚七点半播出，时长延至二十分钟。",
        "",
        "电视简讯",
        "",
        "■西乡建成差转台　西",
        "乡电视差转台日前建成，",
        "山区群众可以收看两套节目。",
        "■少儿节目获奖　县台",
        "少儿节目在市评比中获",
        "三等奖。",
        "",
        "—3—",
    )
    made = decks(parsed)
    assert ("", "—3—", "") not in made
    assert reasons(parsed)["—3—"] == "page-label"


def test_a_bulleted_teaser_row_pointing_with_xiangjian_is_a_teaser():
    parsed = parse(
        "南洲侨报",
        "2019年5月9日　星期四",
        "",
        "本期导读",
        "▶ 侨校新学期招生火爆　详见第4版",
        "▶ 夏令时调整提醒　详见第11版",
        "",
        "唐人街夜市本周末开张",
        "",
        "　　【本报讯】唐人街商会宣布，夜市将于本周六晚开张，每周末营业至午夜。",
    )
    assert [(t.title_lines, t.target_label) for t in parsed.teasers] == [
        (("侨校新学期招生火爆",), "4"),
        (("夏令时调整提醒",), "11"),
    ]
    assert decks(parsed) == [("", "唐人街夜市本周末开张", "")]
