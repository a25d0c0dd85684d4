"""A site's placeholder where a picture or video stood in a story (``[照片]``, ``〔图〕``), alone on its line in brackets, is set aside: no crosshead, no new story. A
bracketed crosshead that only opens with a picture word (``【图说城东】``) stays a crosshead.
INPUT.md ("Encoding and layout"): web and e-paper dumps carry their site's furniture. Invented
people."""

import pytest

from tests.parsing.helpers import parse, reasons

BODY = (
    "本报讯（记者 周涛）城东公交二十八路昨日开通，线路全长十二公里，沿线设站十八个。",
    "首班车早上六点发车，末班车晚上十点收车。",
)


@pytest.mark.parametrize("placeholder", ["[照片]", "〔图〕", "（视频）"])
def test_bracketed_picture_word_alone_is_a_placeholder(placeholder):
    parsed = parse("城东新开一条公交线", BODY[0], placeholder, BODY[1])
    [article] = parsed.articles
    assert article.headline == "城东新开一条公交线"
    assert article.crossheads == ()
    assert article.paragraphs == BODY
    assert reasons(parsed)[placeholder] == "picture-placeholder"


def test_bracketed_crosshead_opening_with_a_picture_word_stays_a_crosshead():
    parsed = parse("城东新开一条公交线", BODY[0], "【图说城东】", BODY[1])
    [article] = parsed.articles
    assert article.crossheads == ("【图说城东】",)
    assert "【图说城东】" not in reasons(parsed)
