"""A table of figures beside the stories printed under its own title line (``前十月客流居前的车站``
/ ``站名　　客流（万人次）`` / rows / ``数据来源：…``), after a story's last paragraph and a blank
line: the title is the table's, set aside with its heads and rows as a data box, never the
story's last paragraph. Near misses: a line of the story's text right under its paragraph (no
blank line between: a cut line) stays text; a full sentence over the table stays text."""

from tests.parsing.helpers import parse, reasons

STORY = (
    "地铁客流创新高",
    "",
    "本报记者 田小满",
    "",
    "　　市轨道交通集团昨日发布数据，前十个月全线网客运量同比增长一成半。",
)
TABLE = (
    "站名　　客流（万人次）",
    "南湖站　　816.2",
    "北站　　702.5",
    "大学城站　　655.9",
    "数据来源：市轨道交通集团",
)


def test_a_table_title_after_a_blank_line_is_set_aside_with_the_table():
    parsed = parse(*STORY, "", "前十月客流居前的车站", *TABLE)
    [story] = parsed.articles
    assert story.paragraphs == (STORY[-1].strip(),)
    got = reasons(parsed)
    assert got["前十月客流居前的车站"] == "data-box"
    assert got["站名　　客流（万人次）"] == "data-box"


def test_near_miss_a_sentence_over_the_table_stays_text():
    line = "　　客流居前的车站见下表。"
    parsed = parse(*STORY, "", line, *TABLE)
    assert parsed.articles[0].paragraphs[-1] == line.strip()
