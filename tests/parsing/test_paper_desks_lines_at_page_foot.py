"""The paper's desks' telephone lines at a page's foot named by the desk (``本报广告部：…``,
``发行部：…``) or as a ``专线`` (``订报专线：…``), the area code perhaps in brackets before the number
(``(212) 555-0100``, as overseas papers print it), are page furniture (INPUT.md, "Encoding and
layout": mastheads, websites, …; "Page furniture that is not a story"), never the last story's
last paragraph: its end tag (``（路透）``) stays its end and gives its dateline. Before, the line
was glued to the story's text. Pages written for these tests."""

import pytest

from tests.parsing.helpers import parse, reasons

HEAD = "港区货柜量创同期新高"
TEXT = "港务局统计，今年一至四月港区货柜装卸量达一百二十万标准箱，比去年同期增加百分之八。（路透）"


@pytest.mark.parametrize(
    "foot",
    [
        "本報廣告部：(212) 555-0100  訂報專線：(212) 555-0101",
        "本报广告部：0571-85310000　订报专线：0571-85310001",
        "发行部：(021) 6234-5678",
    ],
)
def test_the_desks_lines_are_furniture_and_the_story_ends_above_them(foot):
    parsed = parse(HEAD, "", TEXT, "", foot)
    (story,) = parsed.articles
    assert story.paragraphs == (TEXT,)
    assert story.dateline == "路透"
    assert reasons(parsed)[foot] == "masthead"


def test_a_notices_own_contact_line_stays_its_text():
    notice = "报名请联系社区居委会，电话：0571-85310000。"
    (story,) = parse(
        "社区开设书法班", "", "社区将于下月开设老年书法班，每周两次，免费参加。", notice
    ).articles
    assert story.paragraphs[-1].endswith(notice)
