"""A line with fewer spaces than a letter-spaced one needs is not letter-spaced (answered before
its Han characters are counted), however many Han characters it holds."""

import pytest

from articles.parsing.letterspacing import _SPACED_FEWEST, letter_spaced


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        ("本 报 讯 （记 者 赵 刚） 从 下 周 一 起", True),
        ("本　报　讯　记　者　赵　刚", True),  # ideographic spaces
        ("本 报 讯 记者赵刚从下周一起", False),  # three spaces: too few
        ("本报讯记者赵刚从下周一起市区公交", False),
    ],
)
def test_letter_spacing_needs_enough_single_spaces(text, spaced):
    assert letter_spaced(text) is spaced


def test_the_fewest_spaces_follow_from_the_share_and_the_shortest_line():
    assert _SPACED_FEWEST == 4  # 0.7 of the 5 Han characters before a 6-character line's last
