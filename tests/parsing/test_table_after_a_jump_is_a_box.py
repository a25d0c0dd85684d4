"""A table of figures printed after a story that a jump marker ended (``…（转B2版）`` then
``今日汇市`` / ``币种　买入　卖出`` / rows / ``数据来源：…``) stands beside the story, not in it:
the story goes on on another page. Its label, heads, rows and source line are set aside as a
data box, never a headless story of their own. Near miss: the same table after a story's
finished paragraph with no marker stays that story's table. Invented paper and figures."""

from tests.parsing.helpers import parse, reasons

STORY = (
    "港口吞吐量稳步增长",
    "",
    "本报记者 葛天明 发自临江",
    "",
    "临江港务集团昨日发布数据，前十个月全港货物吞吐量同比增长百分之六。",
)
TABLE = (
    "今日汇市",
    "币种　　　　买入　　　　卖出",
    "美元　　　　712.30　　　715.28",
    "欧元　　　　774.05　　　780.31",
    "日元　　　　4.81　　　　4.85",
    "数据来源：本报数据中心",
)
NEXT = (
    "",
    "两家银行下调存款利率",
    "",
    "本报讯（记者 严小禾）两家城市商业银行昨日宣布下调定期存款利率。",
)


def test_a_table_after_a_jump_marker_is_a_data_box():
    parsed = parse(*STORY, "（转B2版）", "", *TABLE, *NEXT)
    assert [a.headline for a in parsed.articles] == ["港口吞吐量稳步增长", "两家银行下调存款利率"]
    assert parsed.articles[0].paragraphs == (STORY[-1],)
    got = reasons(parsed)
    assert all(got[line] == "data-box" for line in TABLE)


def test_a_marker_glued_to_the_text_also_ends_the_story_before_the_table():
    parsed = parse(*STORY[:-1], STORY[-1] + "（转B2版）", "", *TABLE, *NEXT)
    assert len(parsed.articles) == 2
    assert reasons(parsed)["今日汇市"] == "data-box"
    assert reasons(parsed)["数据来源：本报数据中心"] == "data-box"


def test_near_miss_a_table_after_a_finished_paragraph_stays_in_the_story():
    parsed = parse(*STORY, "", *TABLE, *NEXT)
    assert [a.headline for a in parsed.articles] == ["港口吞吐量稳步增长", "两家银行下调存款利率"]
    first = parsed.articles[0].paragraphs
    assert "今日汇市" in first and first[-1] == "数据来源：本报数据中心"
