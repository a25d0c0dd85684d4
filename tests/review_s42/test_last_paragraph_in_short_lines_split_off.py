"""A story's last paragraph printed in short column lines, its last line only a word or two
(``了。``), is split off as a story of its own headlined with the paragraph's first line.

INPUT.md: text cut into short lines (PDF text layers, narrow columns) is joined into paragraphs,
"a short line is not a headline because it is short". Today the paragraph ``居民张大爷说，老`` /
``街又热闹起来`` / ``了。`` becomes a new story headlined ``居民张大爷说，老`` (a comma in a
headline), subheadline ``街又热闹起来``, text ``了。``: readers get a broken story and a scrap.
"""

from tests.parsing.helpers import parse


def test_a_last_paragraph_in_short_lines_stays_in_its_story():
    parsed = parse(
        "老街改造完成",
        "本报讯（记者陈立）老街改造工程",
        "昨日全部完成，沿街",
        "商铺陆续开业。",
        "居民张大爷说，老",
        "街又热闹起来",
        "了。",
        "新建图书馆开放",
        "本报讯（记者李明）市图书馆",
        "新馆昨天开放。",
    )
    assert [a.headline for a in parsed.articles] == ["老街改造完成", "新建图书馆开放"]
    assert parsed.articles[0].blocks[-1].text == "居民张大爷说，老街又热闹起来了。"
