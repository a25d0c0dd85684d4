"""A dateline cut by a line break right after its agency's name (``新华社`` / ``北京6月13日电…``):
the name is the dateline's head, no photo credit over a caption (INPUT.md, "Encoding and
layout": text cut into short lines must be joined)."""

import pytest

from tests.parsing.helpers import parse

_TEXT = "记者从有关部门获悉，今年夏粮收购进度已经过半，各地收购工作进展顺利。"


@pytest.mark.parametrize(
    ("lines", "dateline"),
    [
        # right under the headline, no blank line between
        (("夏粮收购进度过半", "新华社", f"北京6月13日电　{_TEXT}"), "新华社北京6月13日电"),
        # the dateline's place left out
        (("夏粮收购进度过半", "", "新华社", f"6月13日电　{_TEXT}"), "新华社6月13日电"),
    ],
)
def test_agency_name_cut_off_its_dateline_heads_the_story(lines, dateline):
    parsed = parse(*lines)
    assert [(a.headline, a.dateline) for a in parsed.articles] == [("夏粮收购进度过半", dateline)]
    assert not parsed.photos
