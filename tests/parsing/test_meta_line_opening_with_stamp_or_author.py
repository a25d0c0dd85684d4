"""A site's meta line naming the story's source beside the day it was put up or its author, in
any order (``2020/03/05  来源：青川晚报``, ``作者：周涛  来源：青川晚报  编辑：李敏``), is set aside
under the headline: not the headline, not the text. A lone ``作者：周涛`` is the story's byline
and stays. INPUT.md ("Encoding and layout"): meta lines are furniture. Invented paper and
people."""

import pytest

from tests.parsing.helpers import parse, reasons

BODY = (
    "本报讯 城东公交二十八路昨日开通，线路全长十二公里，沿线设站十八个。",
    "首班车早上六点发车，末班车晚上十点收车。",
)


@pytest.mark.parametrize(
    "meta",
    [
        "2020/03/05  来源：青川晚报",
        "2020年3月5日 09:15  来源：青川晚报  作者：周涛",
        "作者：周涛  来源：青川晚报  编辑：李敏",
    ],
)
def test_meta_line_with_source_beside_stamp_or_author_is_set_aside(meta):
    parsed = parse("城东新开一条公交线", meta, *BODY)
    [article] = parsed.articles
    assert (article.kicker, article.headline, article.subheadline) == ("", "城东新开一条公交线", "")
    assert article.dateline == "本报讯"
    assert article.paragraphs == BODY
    assert meta in reasons(parsed)


def test_author_field_alone_under_the_headline_is_no_meta_line():
    parsed = parse("城东新开一条公交线", "作者：周涛", *BODY)
    assert "作者：周涛" not in reasons(parsed)
    [article] = parsed.articles
    assert article.headline == "城东新开一条公交线"
