"""The paper's imprint at the page foot, opened with the paper's own name
(``岚城日报社地址：岚城市中山路1号  邮编：310000  广告许可证：…``) is appended to the last story
as its final paragraph, so readers get the paper's address and licence in the news.

The same line opened ``社址：`` or ``本报地址：`` is set aside as masthead matter today
(tests/review_s42/test_imprint_address_line_read_as_headline.py). INPUT.md ("Encoding and
layout"): mastheads carry prices, barcodes, websites; none of it is a story. Invented paper.
"""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize(
    "imprint",
    [
        "岚城日报社地址：岚城市中山路1号  邮编：310000  广告许可证：岚工商广字001号",
        "岚城日报社址：岚城市中山路1号  邮编：310000",
        "岚城晚报社  地址：岚城市中山路1号  邮编：310000  电话：0571-88886666",
    ],
)
def test_imprint_line_named_for_the_paper_is_not_story_text(imprint):
    parsed = parse(
        "岚城冬季植树启动",
        "",
        "本报讯（记者 赵敏）昨日，岚城冬季植树活动启动，全市共栽种树木一万株。",
        "",
        "植树活动将持续到年底。",
        "",
        imprint,
    )
    [story] = parsed.articles
    assert len(story.paragraphs) == 2
    assert imprint in parsed.ignored_lines
