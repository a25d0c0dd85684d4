"""A name between the page's header and a story's meta line (``第B03版：文体`` / ``城东新开一条
公交线`` / ``作者：周涛  来源：青川晚报``) is the story's headline, not the page's section: the meta
line is the story's. Between the page's label and its date line (``A03`` / ``青柳`` /
``2020年3月5日 星期四``), a name is the page's section still. INPUT.md ("Encoding and layout").
Invented paper and people."""

import pytest

from tests.parsing.helpers import parse, reasons

BODY = (
    "本报讯（记者 周涛）城东公交二十八路昨日开通，线路全长十二公里，沿线设站十八个。",
    "首班车早上六点发车，末班车晚上十点收车。",
)


@pytest.mark.parametrize(
    "meta", ["作者：周涛  来源：青川晚报", "来源：青川晚报  2020-03-05 09:15", "浏览次数：1234"]
)
def test_name_over_a_story_meta_line_is_the_headline(meta):
    parsed = parse("第B03版：文体", "城东新开一条公交线", meta, *BODY)
    [article] = parsed.articles
    assert (article.kicker, article.headline) == ("", "城东新开一条公交线")
    assert (parsed.metadata.label, parsed.metadata.section) == ("B3", "文体")
    assert meta in reasons(parsed)


def test_name_over_the_page_date_line_is_the_section():
    parsed = parse("A03", "青柳", "2020年3月5日 星期四", "城东新开一条公交线", *BODY)
    assert reasons(parsed)["青柳"] == "page-section"
    assert [a.headline for a in parsed.articles] == ["城东新开一条公交线"]
