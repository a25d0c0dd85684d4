"""The paper's imprint at a page's foot opened with the paper's own name (``青川晚报社址：…  邮编：…``,
``岚城日报社  社址：…  电话：…  定价：…``, ``岚城日报社出版  定价：1.50元``) is masthead matter,
never the last story's paragraph nor the next story's headline (INPUT.md, "Encoding and layout":
mastheads carry prices, barcodes, websites). A headline that names the paper's house is no
imprint. Invented papers and addresses."""

import pytest

from tests.parsing.helpers import parse, reasons

STORY = (
    "岚城冬季植树启动",
    "",
    "本报讯（记者 赵敏）昨日，岚城冬季植树活动启动。",
    "",
    "植树活动将持续到年底。",
    "",
)


@pytest.mark.parametrize(
    "imprint",
    [
        "青川晚报社址：青川市解放街十八号  邮编：620000",
        "岚城日报社  社址：岚城市中山路1号  电话：0571-88886666  定价：1.50元",
        "岚城日报社出版  定价：1.50元",
    ],
)
def test_paper_named_imprint_is_masthead_matter(imprint):
    parsed = parse(*STORY, imprint)
    [story] = parsed.articles
    assert story.paragraphs == (
        "本报讯（记者 赵敏）昨日，岚城冬季植树活动启动。",
        "植树活动将持续到年底。",
    )
    assert reasons(parsed)[imprint] == "masthead"


@pytest.mark.parametrize("headline", ["岚城日报社址变迁记", "岚城日报社地址：迁至中山路"])
def test_headline_naming_the_papers_house_stays_a_headline(headline):
    # no house number, post code or telephone: a story's headline, not the imprint
    parsed = parse(*STORY, headline, "", "本报讯（记者 周涛）岚城日报社昨日迁入新址。")
    assert [a.headline for a in parsed.articles] == ["岚城冬季植树启动", headline]
