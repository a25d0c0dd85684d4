"""A 零售价 line is the masthead's price only where masthead furniture can be (pages of my own).

INPUT.md ("Encoding and layout"): a masthead carries the paper's price (``零售价1.00元``), at the
head of the page; a market story prints its goods' prices (``猪肉 零售价26元/斤``) between its
paragraphs, and those stay in the story.
"""

from articles.parsing.furniture import MASTHEAD_REASONS, furniture_reason
from articles.text import fold
from tests.parsing.helpers import parse, reasons


def _reason(line: str, *, top: bool) -> str | None:
    return furniture_reason(line, fold(line), {}, top=top)


def test_the_paper_s_price_line_is_the_masthead_s_only_at_the_head_of_the_page_or_alone():
    for line in (
        "零售价1.00元",
        "零售价：人民币1.50元",
        "第28611期  零售价：1.50元",
        "东湖日报社出版  地址：东湖市人民路18号  零售价：2元",  # the imprint at a page's foot
    ):
        assert _reason(line, top=False) in MASTHEAD_REASONS, line
    assert _reason("本报今日 零售价1.00元", top=True) == "masthead"
    # inside a story's run of paragraphs, a line holding more than the price is the story's
    assert _reason("本报今日 零售价1.00元", top=False) is None
    assert _reason("中华 零售价45元", top=False) is None


def test_a_price_by_the_unit_is_a_commodity_s_never_the_paper_s_even_at_the_top():
    assert _reason("猪肉 零售价26元/斤", top=True) is None
    parsed = parse("猪肉零售价26元/斤", "", "本报讯 本周我市猪肉价格继续回落，市场供应充足。")
    assert [a.headline for a in parsed.articles] == ["猪肉零售价26元/斤"]


def test_a_sentence_quoting_a_retail_price_is_no_masthead_even_folded():
    line = "鸡蛋零售价5.2元，比上周下降0.3元。"
    assert _reason(line, top=True) is None


def test_retail_price_rows_without_a_unit_after_a_lead_in_stay_in_the_story():
    parsed = parse(
        "卷烟价格保持稳定",
        "",
        "本报讯 我市主要卷烟品牌零售价保持稳定，部分品牌价格如下：",
        "中华 零售价45元",
        "玉溪 零售价23元",
        "",
        "烟草部门将继续规范市场价格。",
    )
    [story] = parsed.articles
    assert "玉溪 零售价23元" in [b.text for b in story.blocks]
    assert "玉溪 零售价23元" not in reasons(parsed)
