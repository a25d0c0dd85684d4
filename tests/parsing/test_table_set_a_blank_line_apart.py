"""A table printed as an item of its own on a page that sets a blank line after every line: its
title, its period in brackets under it, its header row and its rows each a block (``全市售票排行``
/ ``（五月一日至七日　單位：元）`` / ``名次　劇目　本周　累計`` / ``1　　春江夜話　　2,150,000``): the
title is the item's headline, the period (set apart in body type), the header row and each row a
paragraph of its text, the rows' thousands separators no sentence's commas, its source line
(``資料來源：…``) its last line
(articles/parsing/titledrows.py). Near miss: a deck's two halves
set apart over a story's text are no table's rows. Invented plays and figures."""

from tests.parsing.helpers import parse

STORY = (
    "假日首日全市景区游人如织",
    "　　本报讯　五一假期首日，全市各大景区迎来客流高峰，交通总体平稳有序。",
    "　　市文旅局提醒游客错峰出行，提前预约。",
)


ROWS = ("名次　劇目　　本周　　累計", "1　　春江夜話　　2,150,000", "2　　山城舊事　　1,380,000")
NEXT = ("戲台邊", "老戲迷的新故事", "城東老戲迷周伯今年八十歲，每周都來看戲。")


def _spaced(*lines: str) -> list[str]:
    return [part for line in lines for part in ("", line)][1:]


def test_a_table_set_a_blank_line_apart_keeps_its_rows_apart_with_thousands_separators():
    period, source = "（五月一日至七日　單位：元）", "資料來源：市演藝協會"
    parsed = parse(*_spaced(STORY[0], STORY[1][2:], "全市售票排行", period, *ROWS, source, *NEXT))
    assert [a.headline for a in parsed.articles] == [STORY[0], "全市售票排行", NEXT[1]]
    assert parsed.articles[1].paragraphs == (period, *ROWS, source)
    assert parsed.articles[2].kicker != source


def test_near_miss_a_deck_of_two_halves_over_a_story_set_apart_is_no_table():
    parsed = parse(
        *STORY[:1],
        "",
        STORY[1][2:],
        "",
        "街坊邻里",
        "",
        "新风尚　　好邻居",
        "",
        "柳巷社区昨天评出十户“好邻居”，每户获颁一块铜牌。",
    )
    assert all(len(a.paragraphs) <= 1 for a in parsed.articles)
    assert "新风尚　　好邻居" not in [p for a in parsed.articles for p in a.paragraphs]
