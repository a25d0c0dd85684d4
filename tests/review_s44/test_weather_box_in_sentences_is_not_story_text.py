"""A weather box printed as sentences under its label (``天氣`` / ``今日天晴，氣溫二十至二十七度。``)
after the page's last story is kept as that story's last paragraphs; only the label is set aside
(``天氣``, ``天氣預報``), or it is kept too, as a crosshead (``本市天氣``).

Weather boxes in rows (``晴转多云  18℃～26℃``) are set aside whole. Papers from the 1950s to
the 1980s print the forecast as one or two sentences under a ``天氣``/``天氣預報`` label. An editor
finds tomorrow's showers at the end of the bus-fare story. INPUT.md ("Page furniture that is not
a story"): weather boxes are page metadata or noise, never an article. Invented places.
"""

import pytest

from tests.parsing.helpers import parse

STORY = (
    "巴士加價引起市民不滿",
    "【本報訊】東灣巴士公司昨日宣佈，下月起車費平均加價百分之八。",
    "多個團體批評加價幅度過大，要求政府介入。",
)


@pytest.mark.parametrize(
    ("label", "forecast"),
    [
        ("天氣", ("今日天晴，氣溫二十至二十七度。", "明日多雲，有一兩陣驟雨。")),
        ("天氣預報", ("今天晴轉多雲，最高氣溫二十六度，最低氣溫十八度。",)),
        ("本市天氣", ("今天陰有小雨，東北風三到四級。", "明天雨止轉多雲。")),
    ],
)
def test_weather_box_in_sentences_is_set_aside(label, forecast):
    parsed = parse(*STORY, label, *forecast)
    bus = parsed.articles[0]
    assert bus.headline == "巴士加價引起市民不滿"
    assert bus.paragraphs == STORY[1:]
    for sentence in forecast:
        assert all(sentence not in a.text for a in parsed.articles)
