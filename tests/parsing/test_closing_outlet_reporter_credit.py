"""A closing credit naming whom the reporters work for (``（光明日报记者 王刚）``, ``（路透社记者
周明）``, ``（中央人民广播电台记者 周明）``) signs the story before it, as ``（人民日报记者 王刚）``
does: never the next story's headline.

INPUT.md ("Bylines, datelines, credits"): a byline sometimes stands at the END; credits after a
story belong to it, not to the headline after them.
"""

import pytest

from articles.parsing.names import names_only
from tests.parsing.helpers import decks, parse

FIRST = "城东区今年新建的三座口袋公园日前向市民开放，每座公园都配有健身器材。"
NEXT = ["城西污水处理厂二期投运", "", "本报讯（记者赵明）城西污水处理厂二期工程昨日正式投入运行。"]


@pytest.mark.parametrize(
    "credit, reporters",
    [
        ("（路透社记者 周明）", ("周明",)),
        ("（中央人民广播电台记者 周明 钱立）", ("周明", "钱立")),
        ("（江城新闻网记者 周明）", ("周明",)),
        ("（江城晚报通讯员 钱立）", ("钱立",)),
    ],
)
@pytest.mark.parametrize("gap", [[], [""]])
def test_an_outlets_reporter_credit_signs_the_story_before_it(credit, reporters, gap):
    parsed = parse("城东新建三座口袋公园", "", FIRST, *gap, credit, "", *NEXT)
    assert decks(parsed) == [("", "城东新建三座口袋公园", ""), ("", "城西污水处理厂二期投运", "")]
    assert parsed.articles[0].reporters == reporters
    assert parsed.articles[1].reporters == ("赵明",)


def test_a_story_signed_at_its_start_keeps_its_reporter_over_an_outlets_closing_credit():
    parsed = parse(
        "城东新建三座口袋公园", "", f"本报讯（记者钱立）{FIRST}", "（光明日报记者 周明）", "", *NEXT
    )
    assert parsed.articles[0].reporters == ("钱立",)
    assert parsed.articles[1].title_lines == ("城西污水处理厂二期投运",)


@pytest.mark.parametrize(
    "inside, names",
    [
        ("光明日报记者 王刚 李明", ("王刚", "李明")),
        ("路透社记者周明", ("周明",)),
        ("江城市政府 周明", ()),
    ],
)
def test_names_only_drops_whom_the_reporter_works_for(inside, names):
    assert names_only(inside) == names
