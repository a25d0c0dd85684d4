"""A price list longer than 41 rows: its last rows become the deck of a new story.

README (Importing): rows of data between a story's paragraphs (a price list ``青菜 2.5元/斤``)
"are that story's text, never a deck" when the paragraph above announces them (ends with ``：``).
datarows.rows_end looks at most ``_ROWS`` (40) rows ahead, and the rows past the bound are read as
an ordinary short-line deck: rows 42–45 become kicker/headline/subheadline of a second story that
takes the market story's closing paragraph. A weekly 农贸市场 price list, a bus timetable or a
list of exam places easily runs to fifty rows on a service page; the story is cut in two and a
phantom story with a price as its headline is published.

Steps: parse a page with a story announcing ``具体如下：`` and 45 price rows, a closing sentence,
then a second story.
"""

from tests.parsing.helpers import parse


def test_a_long_price_list_stays_in_its_story():
    rows = [f"蔬菜{i:02d} {i}.5元/斤" for i in range(1, 46)]
    parsed = parse(
        "本周蔬菜价格总体平稳",
        "",
        "本报讯 本周我市农贸市场蔬菜价格总体平稳，部分品种零售价具体如下：",
        *rows,
        "",
        "市物价部门表示，后期蔬菜价格将保持稳定。",
        "",
        "城东新建三座口袋公园",
        "",
        "本报讯 城东新建的三座口袋公园昨天向市民开放。",
    )
    headlines = [a.headline for a in parsed.articles]
    assert headlines == ["本周蔬菜价格总体平稳", "城东新建三座口袋公园"], headlines
    market = "\n".join(b.text for b in parsed.articles[0].blocks)
    assert "蔬菜45 45.5元/斤" in market
    assert "市物价部门表示，后期蔬菜价格将保持稳定。" in market
