"""The cheap character tests in front of furniture patterns let every form they read through."""

import pytest

from articles.parsing.furniture import _weather_line


@pytest.mark.parametrize(
    "line",
    [
        "晴",
        "多云",
        "阴",
        "小雨",
        "雷阵雨",
        "雨夹雪",
        "大雪",
        "雾",
        "霾",
        "扬沙",
        "今天 晴转多云",
        "18~26℃",
        "天气预报",
        "风力3级",
        "天气：多云",
        "气温18~26度",
        "东南风3~4级",
        "东南风二到三级",
        "今日天气",
        "明天天气：",
    ],
)
def test_every_weather_form_is_still_a_weather_line(line):
    assert _weather_line(line) == "weather"


def test_a_short_line_without_a_weather_word_is_no_weather_line():
    assert _weather_line("市民广场开放") is None
