"""A bulleted list in a story's text against a teaser box's bulleted rows (INPUT.md, "Teasers"
and "Headlines": a lead-in's list is the story's text), and an e-paper's 本版文章 list of the
page's titles: what a reviewer found the s59 rules got wrong, on pages written for these tests.

- a list announced by a line ending with a colon stays in its story, each line a paragraph,
  also when a line of it points to another page (详见第5版) and whatever its bullet;
- the line after a list's last line opens its own paragraph;
- a box of teaser rows takes any bullet or arrow (▶▶, ▷, →), and its titles lose it;
- bulleted teaser rows right under a story's last paragraph are teasers, not rows of data;
- 本版文章's last title right over its story's text is that story's headline, and a list printed
  on the label's own line is navigation.

And what a reviewer found the s60 rules still got wrong:

- a bulleted list that ends a story (a blank line or the page's end after it) stays in that
  story, never the next story's headline nor lines set aside, after a colon or a full stop;
- a check mark (√) is a list's bullet as the others are;
- bulleted rows under a story's last paragraph, not all of them pointing at a page, are the
  story's text; rows pointing at their pages with a gap and 3版 are teasers.
"""

from __future__ import annotations

import pytest

from tests.parsing.helpers import decks, parse, reasons

STORY = (
    "全县秋收秋种进度过半",
    "本报讯（记者 周立群）连日来，全县各乡镇抓住晴好天气，组织劳力抢收抢种。",
    "县农业局提醒广大农户：",
)
AFTER = "县农业局表示，今年秋粮有望再获丰收。"


def _paragraphs(parsed) -> list[str]:
    (story,) = parsed.articles
    return list(story.paragraphs)


@pytest.mark.parametrize("bullet", ["▶ ", "■", "●", "◆", "- "])
def test_a_bulleted_list_pointing_to_a_page_stays_in_its_story(bullet):
    parsed = parse(
        *STORY,
        f"{bullet}收割后及时晾晒，防止霉变　详见第5版",
        f"{bullet}秸秆不得露天焚烧",
        AFTER,
    )
    assert decks(parsed) == [("", "全县秋收秋种进度过半", "")]
    assert parsed.teasers == ()
    assert _paragraphs(parsed)[1:] == [
        "县农业局提醒广大农户：",
        f"{bullet}收割后及时晾晒，防止霉变　详见第5版",
        f"{bullet}秸秆不得露天焚烧",
        AFTER,
    ]


def test_a_list_on_a_page_parting_every_paragraph_by_a_blank_line_stays_in_its_story():
    lines = [*STORY, "▶ 收割后及时晾晒，防止霉变　详见第5版", "▶ 秸秆不得露天焚烧", AFTER]
    parsed = parse(*(part for line in lines for part in (line, "")))
    assert decks(parsed) == [("", "全县秋收秋种进度过半", "")]
    assert parsed.teasers == ()
    assert _paragraphs(parsed)[2] == "▶ 收割后及时晾晒，防止霉变　详见第5版"


def test_each_line_of_a_bulleted_list_is_its_own_paragraph():
    parsed = parse(*STORY, "▶ 收割后及时晾晒，防止霉变", "▶ 秸秆不得露天焚烧", AFTER)
    assert decks(parsed) == [("", "全县秋收秋种进度过半", "")]
    assert _paragraphs(parsed)[2:] == ["▶ 收割后及时晾晒，防止霉变", "▶ 秸秆不得露天焚烧", AFTER]


def test_teaser_rows_take_any_bullet_or_arrow_and_leave_the_lead_its_headline():
    parsed = parse(
        "▶▶县城新建三座口袋公园　详见第5版",
        "▶县城高铁站改造工程启动　详见第6版",
        "▷乡村图书馆开馆　详见第7版",
        "→春季招聘会提供岗位三千个　详见第8版",
        "",
        "全县秋收秋种进度过半",
        "本报讯（记者 周立群）连日来，全县各乡镇抓住晴好天气，组织劳力抢收抢种。",
    )
    assert [(t.title_lines, t.target_label) for t in parsed.teasers] == [
        (("县城新建三座口袋公园",), "5"),
        (("县城高铁站改造工程启动",), "6"),
        (("乡村图书馆开馆",), "7"),
        (("春季招聘会提供岗位三千个",), "8"),
    ]
    assert decks(parsed) == [("", "全县秋收秋种进度过半", "")]


def test_teaser_rows_right_under_a_storys_last_paragraph_are_teasers():
    parsed = parse(
        "岚川日报",
        "",
        "全县秋收秋种进度过半",
        "",
        "本报讯（记者 周立群）连日来，全县各乡镇抓住晴好天气，组织劳力抢收抢种。",
        "▶ 县城新建三座口袋公园　详见第5版",
        "▶ 高铁站改造工程启动　详见第6版",
        "",
        "城西新建菜市场",
        "",
        "本报讯 城西菜市场昨日开业，设摊位一百二十个。",
    )
    assert [(t.title_lines, t.target_label) for t in parsed.teasers] == [
        (("县城新建三座口袋公园",), "5"),
        (("高铁站改造工程启动",), "6"),
    ]
    assert parsed.articles[0].paragraphs == (
        "本报讯（记者 周立群）连日来，全县各乡镇抓住晴好天气，组织劳力抢收抢种。",
    )


def test_the_listed_title_right_over_its_storys_text_is_its_headline():
    parsed = parse(
        "南洲侨报电子版",
        "第03版：社区",
        "本版文章：",
        "唐人街夜市本周末开张",
        "侨校举办母亲节游园会",
        "华人商会换届",
        "【本报讯】南洲华人商会日前举行换届大会，选举产生新一届理事会。",
    )
    assert decks(parsed) == [("", "华人商会换届", "")]
    assert reasons(parsed)["侨校举办母亲节游园会"] == "navigation"


def test_a_list_of_titles_on_the_labels_own_line_is_navigation():
    listed = "本版文章：唐人街夜市本周末开张　侨校举办母亲节游园会"
    parsed = parse(
        "南洲侨报电子版",
        "第03版：社区",
        listed,
        "",
        "唐人街夜市本周末开张",
        "",
        "【本报讯】唐人街商会宣布，夜市将于本周六晚开张。",
        "",
        "侨校举办母亲节游园会",
        "",
        "【本报讯】南洲中文学校上周日举办母亲节游园会。",
    )
    assert decks(parsed) == [
        ("", "唐人街夜市本周末开张", ""),
        ("", "侨校举办母亲节游园会", ""),
    ]
    assert reasons(parsed)[listed] == "navigation"


MASTHEAD = ("南通日报", "2020年7月15日 星期三", "", "夏粮收购启动")
NEXT = ("", "城东新建三座公园", "本报讯（记者 李华）城东三座公园昨日开工。")
OPENING = "本报讯（记者 张三）全市夏粮收购昨日启动。"


@pytest.mark.parametrize(
    ("lead", "rows"),
    [
        ("收购须知如下：", ("■ 售粮须带身份证", "■ 价格随行就市")),
        ("主要措施有三项。", ("▶ 加快建设进度", "▶ 价格随行就市")),
    ],
)
def test_a_bulleted_list_ending_a_story_stays_in_it(lead, rows):
    parsed = parse(*MASTHEAD, OPENING + lead, *rows, *NEXT)
    assert decks(parsed) == [("", "夏粮收购启动", ""), ("", "城东新建三座公园", "")]
    assert parsed.articles[0].paragraphs == (OPENING + lead, *rows)


def test_a_bulleted_list_last_on_the_page_stays_in_its_story():
    rows = ("■ 售粮须带身份证", "■ 价格随行就市")
    parsed = parse(*MASTHEAD, OPENING + "收购须知如下：", *rows)
    assert parsed.articles[0].paragraphs[1:] == rows
    assert [item.text for item in parsed.set_aside] == ["南通日报", "2020年7月15日 星期三"]


def test_a_check_mark_opens_a_line_of_a_list():
    rows = ("√ 注意防暑降温", "√ 减少户外活动")
    parsed = parse(*MASTHEAD, "本报讯 气象台提醒市民：", *rows, "请市民相互转告。")
    assert decks(parsed) == [("", "夏粮收购启动", "")]
    assert parsed.articles[0].paragraphs[1:] == (*rows, "请市民相互转告。")


def test_rows_under_a_last_paragraph_not_all_pointing_at_a_page_are_its_text():
    rows = ("▶ 收购价格保持稳定　详见第3版", "▶ 售粮农户可预约")
    parsed = parse(*MASTHEAD, OPENING, *rows, *NEXT)
    assert parsed.teasers == ()
    assert parsed.articles[0].paragraphs == (OPENING, *rows)
    assert decks(parsed)[1] == ("", "城东新建三座公园", "")


def test_double_arrowed_rows_pointing_at_pages_under_the_last_story_are_teasers():
    parsed = parse(*MASTHEAD, OPENING, "▶▶ 全市重点项目进展顺利　3版", "▶▶ 城南新区规划公示　4版")
    assert [(t.title_lines, t.target_label) for t in parsed.teasers] == [
        (("全市重点项目进展顺利",), "3"),
        (("城南新区规划公示",), "4"),
    ]
    assert parsed.articles[0].paragraphs == (OPENING,)
