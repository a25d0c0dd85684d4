"""A text line opening with 本站 ("this station": a factory broadcasting station's notice) and a
clause a comma ends is the notice's text, not a website's navigation (本站 as a site's link:
``本站首页``), so no text is lost. Invented factory tabloid, short OCR lines."""

from tests.parsing.helpers import parse, reasons

STORY = (
    "食堂延长夜班供餐时间",
    "",
    "本报讯  厂第一食堂从本月起，把夜",
    "班供餐时间延长到凌晨两点，方便三",
    "班工人吃上热饭热菜。食堂还设立",
    "了意见簿，每星期开一次座谈会，",
    "听取工人对伙食的意见，及时改进。",
    "",
)


def _text(parsed) -> str:
    return "".join(p for a in parsed.articles for p in a.paragraphs)


def test_station_line_with_a_clause_is_text():
    parsed = parse(
        *STORY,
        "广播站通知",
        "",
        "  本站从下月一日起，每天中午增",
        "加一次新闻广播，时间为十二点至",
        "十二点半。欢迎各车间投稿。",
    )
    assert "本站从下月一日起，每天中午增" not in reasons(parsed)
    assert "本站从下月一日起，每天中午增加一次新闻广播" in _text(parsed)


def test_station_line_in_traditional_comma_variant_is_text():
    parsed = parse(*STORY, "广播站通知", "", "本站自十月起,每晚加播一次", "革命歌曲。")
    assert "本站自十月起,每晚加播一次" not in reasons(parsed)


def test_site_navigation_naming_this_site_is_still_navigation():
    parsed = parse("本站首页  上一版  下一版", "", *STORY)
    assert reasons(parsed)["本站首页  上一版  下一版"] == "navigation"
    parsed = parse("欢迎访问本站", "", *STORY)
    assert reasons(parsed).get("欢迎访问本站") == "navigation"
