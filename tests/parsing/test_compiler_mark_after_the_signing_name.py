"""A box of tips or sayings signed at its end by whoever gathered it (``…放在箱角。（凌　燕　辑）``,
``（凌燕 编）``, ``（凌燕 整理）``, glued to the last tip or on its own line): the compiler is the
item's reporter, without the mark 辑 / 编 / 整理 (INPUT.md: a byline sometimes stands at the END).
Near miss: a name that merely ends in 辑 or 编, glued to it, stays whole. Invented names."""

import pytest

from tests.parsing.helpers import parse

TIPS = (
    "晾晒被褥小常识",
    "　　１．被褥宜在上午十时至下午三时之间晾晒。",
    "　　２．晾晒时不要用力拍打，以免棉絮结块。",
)


@pytest.mark.parametrize(
    "sign", ["（苗　青　辑）", "（苗青 编）", "（苗　青　编）", "（苗青 辑录）"]
)
@pytest.mark.parametrize("glued", [True, False])
def test_the_compiler_signs_the_box_without_the_mark(sign, glued):
    lines = [*TIPS[:-1], TIPS[-1] + sign] if glued else [*TIPS, sign]
    [story] = parse(*lines).articles
    assert story.reporters == ("苗青",)


def test_near_miss_a_name_glued_to_the_character_stays_whole():
    [story] = parse(*TIPS[:-1], TIPS[-1] + "（苗青辑）").articles
    assert story.reporters == ("苗青辑",)
