"""A front page's teaser printed as one marked row with its page bare in brackets
(``■title（6）``, no 版, no box label over it): a teaser to that page where it stands among the
front page's furniture (under the masthead's lines) and the number names a page of the edition
(INPUT.md, "Teasers"). The same row in a story's text (a list item ending in a footnote's number),
over a text it heads (a serial's episode), on an inner page, or naming a page past the edition's
count, stays the page's text."""

from articles.parsing import parse_page
from tests.parsing.helpers import page, parse

MASTHEAD = ("青溪晚报", "2026年9月3日　星期四　第5120期　今日8版")
LEAD = (
    "全市秋粮收购启动",
    "",
    "本报讯 记者 杜若 昨日，全市秋粮收购工作全面启动，首批收购点已开秤。",
    "",
    "市粮食局表示，今年将新增收购点二十个。",
)


def test_row_under_the_masthead_is_a_teaser_to_its_page():
    parsed = parse(*MASTHEAD, "", "■梧桐巷的老手艺（6）", "", *LEAD)
    assert [(t.title_lines, t.target_label) for t in parsed.teasers] == [(("梧桐巷的老手艺",), "6")]
    (lead,) = parsed.articles
    assert (lead.headline, lead.subheadline) == ("全市秋粮收购启动", "")


def test_rows_one_under_another_are_teasers_each():
    parsed = parse(*MASTHEAD, "", "■梧桐巷的老手艺（6）", "▲社区食堂开到家门口（3）", "", *LEAD)
    assert [t.target_label for t in parsed.teasers] == ["6", "3"]


def test_row_naming_a_page_past_the_editions_count_is_no_teaser():
    parsed = parse(*MASTHEAD, "", "■梧桐巷的老手艺（12）", "", *LEAD)
    assert parsed.teasers == ()
    assert "梧桐巷的老手艺（12）" in " ".join(parsed.articles[0].title_lines)


def test_row_on_an_inner_page_is_no_teaser():
    parsed = parse_page(page(*MASTHEAD, "", "■梧桐巷的老手艺（6）", "", *LEAD), label="A5")
    assert parsed.teasers == ()


def test_row_over_a_text_it_heads_is_that_texts_title():
    parsed = parse(
        *MASTHEAD,
        "",
        "■梧桐巷的老手艺（6）",
        "",
        "巷口那家铜匠铺开了四十年，老师傅每天清早就生起炉子。",
        "",
        "他说，手艺要传下去，就得有人肯学。",
    )
    assert parsed.teasers == ()
    assert parsed.articles[0].headline == "梧桐巷的老手艺（6）"


def test_list_item_in_a_story_ending_with_a_footnote_number_stays_text():
    parsed = parse(
        *MASTHEAD,
        "",
        "全市推进河湖治理",
        "",
        "本报讯 今年全市将重点做好以下几项工作：",
        "",
        "■加强水源地保护（6）",
        "",
        "■推进河道清淤（7）",
        "",
        "市水利局表示，各项工作将于年底前完成。",
    )
    assert parsed.teasers == ()
    assert len(parsed.articles) == 1
    assert "加强水源地保护（6）" in parsed.articles[0].text
