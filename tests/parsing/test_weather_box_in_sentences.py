"""A weather box printed as sentences under its label (``今日天气`` / ``今天多云转晴，`` / ``气温
十五到二十二度。``), each sentence opening with the day it is for: set aside as ``weather``, not
the last paragraphs of the story above, also when a column cut a sentence. A paragraph under a
travel guide's ``天气`` that does not open with the day (``当地四季如春…``) stays the story's.
INPUT.md ("Page furniture that is not a story"): weather boxes are never an article. Invented
places."""

import pytest

from tests.parsing.helpers import parse, reasons

STORY = (
    "城东新开一条公交线",
    "本报讯（记者 周涛）城东公交二十八路昨日开通，线路全长十二公里。",
    "沿线设站十八个，首班车早上六点发车。",
)


@pytest.mark.parametrize(
    ("label", "forecast"),
    [
        ("今日天气", ("今天多云转晴，", "气温十五到二十二度。")),
        ("天气预报", ("今夜阴有小雨，偏北风二到三级。", "明天白天雨止转多云。")),
    ],
)
def test_forecast_sentences_under_the_label_are_weather(label, forecast):
    parsed = parse(*STORY, label, *forecast)
    [article] = parsed.articles
    assert article.paragraphs == STORY[1:]
    for line in forecast:
        assert reasons(parsed)[line] == "weather"


def test_guide_paragraph_under_a_weather_crosshead_stays_in_the_story():
    guide = "当地四季如春，游客一年四季都可出行，夏季午后多阵雨，请带好雨具。"
    parsed = parse(*STORY, "天气", guide)
    assert parsed.articles[0].paragraphs[-1] == guide
    assert guide not in reasons(parsed)
