"""A bar printed before a brief's title (``▌公社办起农机修配厂``, OCR of a black bar) is an ornament
like ■ or ◆: no word of the stored headline; the printed title line keeps it."""

import pytest

from tests.parsing.helpers import parse


@pytest.mark.parametrize("bar", ["▌", "▍", "▌ "])
def test_bar_before_a_title_is_left_out_of_the_headline(bar):
    parsed = parse(
        bar + "公社办起农机修配厂",
        "",
        "本报讯  东风公社今年春天办起了农机修配厂，已修好拖拉机十二台。",
    )
    (story,) = parsed.articles
    assert story.headline == "公社办起农机修配厂"
    assert story.title_lines[0].startswith(bar.strip())


def test_bar_inside_a_title_stays():
    parsed = parse(
        "公社办起农机修配厂▌",
        "",
        "本报讯  东风公社今年春天办起了农机修配厂，已修好拖拉机十二台。",
    )
    assert parsed.articles[0].headline == "公社办起农机修配厂▌"
