"""A caption opening with 图为 and ending with its bracketed credit is a picture even when no stop
is printed before the credit (``圖為…新穀（中央社稿）``, ``圖為…（本報記者 某某攝）``), as a page of
the 1940s prints it: not a headline, not a story.

INPUT.md ("Bylines, datelines, credits"): credits at the end of the caption itself.
"""

import pytest

from tests.parsing.helpers import parse

AROUND = (
    ["鹽價回落", "", "【本報訊】本市鹽價昨日回落，每斤跌一角。", ""],
    ["", "公路搶修完成", "", "【本報訊】川黔公路搶修工程昨日完成，即日通車。"],
)


@pytest.mark.parametrize(
    "line, credit, who",
    [
        ("圖為碼頭工人搬運鹽包（本報記者 胡少川攝）", "（本報記者 胡少川攝）", ("胡少川",)),
        ("圖為江邊農民車水灌田（中央社稿）", "（中央社稿）", ()),
    ],
)
def test_a_tuwei_caption_without_a_stop_is_a_picture(line, credit, who):
    before, after = AROUND
    parsed = parse(*before, line, *after)
    [photo] = parsed.photos
    assert photo.credit_line == credit
    assert photo.photographers == who
    assert [a.headline for a in parsed.articles] == ["鹽價回落", "公路搶修完成"]
