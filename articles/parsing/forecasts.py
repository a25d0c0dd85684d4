"""A weather box printed as sentences under its label (``天气`` / ``今日天晴，气温二十至二十七度。``
/ ``明日多云，有一两阵骤雨。``), as papers from the 1950s to the 1980s print the forecast: the
page's weather, never the last paragraphs of the story above it (INPUT.md, "Page furniture that
is not a story": weather boxes are page metadata or noise). Told by :func:`forecast_end`, set
aside by :func:`take_forecast`; the label itself is set aside by
:func:`~articles.parsing.furniture.furniture_reason`.
"""

from __future__ import annotations

import re

from articles.parsing.furniture import furniture_reason
from articles.parsing.results import SetAside
from articles.text import HAN, fold

# A weather box's label alone on its line (folded): 天气, 天气预报, 本市天气, 今日天气.
_BOX_LABEL_RE = re.compile(
    r"^(?:今日|今天|明日|明天|本市|全市|本港|本地|本县|本区|本周|一周|周末)?天气(?:预报|概况)?$"
)
# A forecast's sentence: it opens with the day it is for and says the sky, the wind or the
# temperature (今日天晴，气温二十至二十七度。 明天雨止转多云。).
_FORECAST_RE = re.compile(
    r"^(?:今日|今天|明日|明天|今晚|今夜|明晨|明晚|后天|今明两?天|今明两日|本周|周末|白天|夜间)"
    r"[^。]{0,40}?(?:[晴雨云阴雪雾霾]|[东南西北]风|气温|℃|\d度|[一二三四五六七八九十]度)"
)
_FORECAST_LINES = 4  # lines a weather box's forecast holds at most
_FORECAST_LINE = 50  # characters: a forecast's line is at most this long


def forecast_end(lines: list[str], number: int) -> int | None:
    """The number (1-based) of the last line of the forecast printed in sentences under the
    weather box's label on line ``number`` of ``lines`` (:data:`_BOX_LABEL_RE`), or None when
    no forecast follows it. Each line of it opens with the day it is for and names the sky,
    wind or temperature (:data:`_FORECAST_RE`), or goes on with a sentence the line above left
    unfinished (a column cut it); at most :data:`_FORECAST_LINES` lines of at most
    :data:`_FORECAST_LINE` characters, down to a blank line or a line of anything else (a
    story's text: a travel guide's ``天气`` crosshead over ``当地…`` is no box)."""
    if not _BOX_LABEL_RE.match(fold(lines[number - 1]).strip()):
        return None
    end = None
    index = number  # (0-based: the line under the label)
    while index < len(lines) and index - number < _FORECAST_LINES:
        text = fold(lines[index]).strip()
        if not text:
            if end is not None:
                break
            index += 1
            continue
        unfinished = end is not None and not fold(lines[end - 1]).strip().endswith("。")
        if len(text) > _FORECAST_LINE or not (unfinished or _FORECAST_RE.match(text)):
            break
        index += 1
        end = index
    return end


def take_forecast(lines: list[str], number: int, set_aside: list[SetAside]) -> int:
    """Set the forecast under the weather box's label on line ``number`` aside (into
    ``set_aside``, as ``weather``: :func:`forecast_end`); returns its last line's number, or 0
    when no forecast follows the label."""
    end = forecast_end(lines, number)
    if end is None:
        return 0
    for line in range(number + 1, end + 1):
        if lines[line - 1].strip():
            set_aside.append(SetAside(line, lines[line - 1].strip(), "weather"))
    return end


# A weather box's title naming the place it is for (岚城天气, 青川天气: folded): two to four
# letters then 天气, alone on its line. Only over the box's rows (:func:`weather_title`).
_PLACE_TITLE_RE = re.compile(rf"^[{HAN}]{{2,4}}天气$")


def weather_title(lines: list[str], number: int) -> bool:
    """Line ``number`` (1-based) of ``lines`` is a weather box's title naming its place
    (:data:`_PLACE_TITLE_RE`: ``岚城天气``) over the box's rows: the next line that is not blank
    (one blank line at most between) is a weather line (``今天：多云转晴  3℃～12℃``, page
    furniture by :func:`~articles.parsing.furniture.furniture_reason`). Such a title is the
    box's, never the next story's kicker (INPUT.md, "Page furniture that is not a story"); over
    a story's text (``岚城天气`` / ``本报讯…``) it is left to the reader. Constant time."""
    printed = lines[number - 1].strip()
    if not 3 <= len(printed) <= 6 or not _PLACE_TITLE_RE.match(fold(printed)):
        return False  # (the cheap test first: every line comes here)
    for raw in lines[number : number + 2]:
        below = raw.strip()
        if below:
            return furniture_reason(below, fold(below), {}, top=False) == "weather"
    return False
